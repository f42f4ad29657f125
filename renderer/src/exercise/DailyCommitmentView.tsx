// A daily exercise: today's entry, yesterday's look back if it is still open,
// and the days before, newest first.
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { addDays, formatDay, localDay } from '../../../shared/domain/dates.ts';
import { choiceLabel, entryHeadline, isStepComplete } from '../../../shared/exercises/answer-schema.ts';
import { hrefFor } from '../app/use-hash-route.ts';
import { PrintControls } from '../print/PrintControls.tsx';
import { EntryForm } from './EntryForm.tsx';
import { useEntries } from './use-entries.ts';

export function DailyCommitmentView({ exercise }: { exercise: ExerciseDef }) {
  const today = localDay(new Date());
  const { entries, error, upsert } = useEntries(exercise.id);
  if (error) return <p role="alert">{error}</p>;
  if (!entries) return <p className="muted">Opening…</p>;

  const followUp = exercise.steps.find((s) => s.showAfter);
  const todays = entries.find((e) => e.day === today) ?? null;
  const yesterday = entries.find((e) => e.day === addDays(today, -1));
  const yesterdayOpen = yesterday && followUp && !isStepComplete(followUp, yesterday.answers);
  const pastDays = entries.filter((e) => e.day !== today);

  return (
    <>
      {yesterdayOpen && (
        <section className="card card--soft" aria-labelledby="yesterday-title">
          <h2 id="yesterday-title" className="card__title">Yesterday’s look back is still open</h2>
          <p className="muted">Yesterday you chose: “{entryHeadline(exercise, yesterday.answers)}”</p>
          <EntryForm key={yesterday.id} exercise={exercise} entry={yesterday} day={yesterday.day} onlySteps={[followUp.id]} onSaved={upsert} idPrefix="yesterday" />
        </section>
      )}
      <section className="card" aria-labelledby="today-title">
        <h2 id="today-title" className="card__title">Today · {formatDay(today)}</h2>
        <EntryForm key={`day-${today}`} exercise={exercise} entry={todays} day={today} onSaved={upsert} idPrefix="today" />
      </section>
      <PrintControls exerciseId={exercise.id} entryId={todays?.id ?? null} />
      <section aria-labelledby="past-title" className="history">
        <h2 id="past-title" className="section-title">Past days</h2>
        {pastDays.length === 0 ? (
          <p className="muted">Your earlier days will be listed here. One day at a time is enough.</p>
        ) : (
          <ul className="history__list">
            {pastDays.map((entry) => (
              <li key={entry.id}>
                <a className="history__item" href={hrefFor.exercise(exercise.id, entry.id)}>
                  <span className="history__date">{formatDay(entry.day)}</span>
                  <span className="history__text">{entryHeadline(exercise, entry.answers) || 'Nothing written'}</span>
                  <span className="history__badge">{(followUp && choiceLabel(followUp, entry.answers)) ?? 'Not looked back'}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
