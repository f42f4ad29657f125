// The counselor summary as a document: cover, how to read it, contents, one
// section per exercise with entries in date order, the charts, and what the
// writer would like to talk about next session. The export screen's preview
// and the printed PDF are this same component.
import type { SummaryModel } from '../../../shared/summary/summary-model.ts';
import { HOW_TO_READ } from '../../../shared/summary/summary-model.ts';
import { isAnswered } from '../../../shared/exercises/answer-schema.ts';
import { formatDay } from '../../../shared/domain/dates.ts';
import { SummaryChartView } from '../charts/SummaryChartView.tsx';
import { FilledAnswer } from '../print/WorksheetAnswer.tsx';

export function SummaryDocument({ model }: { model: SummaryModel }) {
  return (
    <article className="summary">
      <section className="summary__cover">
        <p className="ws-kicker">Mend</p>
        <h1>A summary for my counselor</h1>
        {model.names && <p className="summary__names">{model.names}</p>}
        <dl className="summary__facts">
          <dt>Covering</dt>
          <dd>{formatDay(model.from)} to {formatDay(model.to)}</dd>
          <dt>Made on</dt>
          <dd>{formatDay(model.madeOn)}</dd>
          <dt>Entries</dt>
          <dd>{model.entryCount}</dd>
        </dl>
        <h2>How to read this</h2>
        <p>{HOW_TO_READ}</p>
        <h2>Contents</h2>
        <ol className="summary__contents">
          {model.sections.map((s) => (
            <li key={s.exercise.id}>{s.exercise.title} <span className="muted">({s.entries.length})</span></li>
          ))}
          {model.charts.length > 0 && <li>Change over time</li>}
          <li>What I’d like to talk about next session</li>
        </ol>
      </section>
      {model.sections.map(({ exercise, entries }) => (
        <section key={exercise.id} className="summary__section">
          <h2>{exercise.number}. {exercise.title}</h2>
          {entries.map((entry) => (
            <div key={entry.id} className="summary__entry">
              <h3>{formatDay(entry.day)}</h3>
              {model.otherWriters[entry.id] && <p className="summary__writer">Written by {model.otherWriters[entry.id]}</p>}
              {exercise.steps.flatMap((s) => s.fields).filter((f) => isAnswered(entry.answers[f.id])).map((field) => (
                <div key={field.id} className="ws-field">
                  <h4>{field.label}</h4>
                  <FilledAnswer field={field} value={entry.answers[field.id]} />
                </div>
              ))}
            </div>
          ))}
        </section>
      ))}
      {model.charts.length > 0 && (
        <section className="summary__section summary__charts">
          <h2>Change over time</h2>
          {model.charts.map((chart) => <SummaryChartView key={chart.kind} chart={chart} />)}
        </section>
      )}
      <section className="summary__section summary__next">
        <h2>What I’d like to talk about next session</h2>
        {model.nextSession ? <p className="ws-answer">{model.nextSession}</p> : <p className="ws-answer ws-answer--empty">Nothing written.</p>}
      </section>
    </article>
  );
}
