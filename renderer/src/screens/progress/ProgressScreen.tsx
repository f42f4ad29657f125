// Progress: slow gains made visible, without pressure. Days the next right
// thing was kept (counts, never a streak), promises kept per week, trust in the
// check-ins, how often the same question came back, support sessions, and the
// small wins. Each chart has one plain sentence and a table behind it. In a
// workbook for two, main counts only the unlocked partner's own entries (and
// those done together with them): never the other partner's.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { ProgressFigures } from '../../../../shared/contract/channels.ts';
import { formatDay, localDay } from '../../../../shared/domain/dates.ts';
import { daysKeptReading, promisesReading, questionsReading, supportReading, trustReading } from '../../../../shared/progress/readings.ts';
import { entryHeadline } from '../../../../shared/exercises/answer-schema.ts';
import { getExercise } from '../../../../shared/exercises/catalog.ts';
import { call, mend, messageOf } from '../../api.ts';
import { TrustChart } from '../../charts/TrustChart.tsx';
import { WeeklyBarChart } from '../../charts/WeeklyBarChart.tsx';
import { hrefFor } from '../../app/use-hash-route.ts';

function Panel({ id, title, reading, children }: { id: string; title: string; reading: string; children?: ReactNode }) {
  return (
    <section className="card progress-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">{title}</h2>
      <p className="progress-panel__reading">{reading}</p>
      {children}
    </section>
  );
}

/** The figures count every entry: main works them out (progress:figures) and sends only them. */
function useProgressFigures(today: string) {
  const [figures, setFigures] = useState<ProgressFigures | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call(mend().progress.figures({ today })).then(setFigures, (err) => setError(messageOf(err)));
  }, [today]);
  return { figures, error };
}

export function ProgressScreen() {
  const [today] = useState(() => localDay(new Date()));
  const { figures, error } = useProgressFigures(today);
  if (error) return <main id="main" className="page"><p role="alert">{error}</p></main>;
  if (!figures) return <main id="main" className="page" aria-busy="true" />;

  if (figures.entryCount === 0) {
    return (
      <main id="main" className="page">
        <h1>Progress</h1>
        <p className="empty-state">
          Nothing to show yet, and that is all right. As you write, this page will gather the small things that add up: days you kept your word, promises kept, how the weeks change. There is no score to reach.
        </p>
      </main>
    );
  }

  const { week, month, promises, trust, questions, support, wins } = figures;
  const smallSteps = getExercise('small-steps');

  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Progress</h1>
        <p className="lede">Change that comes slowly is the kind that lasts. Nothing here is a score.</p>
      </header>
      <Panel id="kept" title="The next right thing" reading={daysKeptReading(week, month)}>
        <dl className="kept-figures">
          <div><dt>Last 7 days</dt><dd>{week.kept}</dd></div>
          <div><dt>Last 30 days</dt><dd>{month.kept}</dd></div>
        </dl>
      </Panel>
      <Panel id="promises" title="Promises kept" reading={promisesReading(promises, today)}>
        {promises.length > 0 && <WeeklyBarChart title="Promises kept, per week" bars={promises.map((w) => ({ week: w.week, value: w.kept, outOf: w.made }))} valueName="Kept" outOfName="Due" />}
      </Panel>
      <Panel id="trust" title="Trust in the weekly check-in" reading={trustReading(trust.points, trust.names)}>
        {trust.points.length > 0 && <TrustChart title="Trust, 0 to 10" points={trust.points} names={trust.names} />}
      </Panel>
      <Panel id="questions" title="The same question again" reading={questionsReading(questions, today)}>
        {questions.length > 0 && <WeeklyBarChart title="How often it came up, per week" bars={questions.map((w) => ({ week: w.week, value: w.count }))} valueName="Times it came up" />}
      </Panel>
      <Panel id="support" title="Support" reading={supportReading(support, today)}>
        {support.length > 0 && <WeeklyBarChart title="Counseling, support groups and other support, per week" bars={support.map((w) => ({ week: w.week, value: w.counseling + w.group + w.other }))} valueName="Sessions" />}
      </Panel>
      <Panel id="wins" title="Small wins" reading={wins.length ? 'The latest small steps and gains you noted.' : 'Small steps you note in “No step too small” will gather here.'}>
        {wins.length > 0 && (
          <ol className="wins">
            {wins.map((e) => (
              <li key={e.id}>
                <span className="history__date">{formatDay(e.day)}</span>{' '}
                <a href={hrefFor.exercise('small-steps', e.id)}>{entryHeadline(smallSteps, e.answers)}</a>
              </li>
            ))}
          </ol>
        )}
      </Panel>
    </main>
  );
}
