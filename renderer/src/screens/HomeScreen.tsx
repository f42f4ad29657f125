// Home: what is waiting today, where the user left off, and the exercises.
import type { Entry } from '../../../shared/domain/entry.ts';
import { CATALOG, findExercise } from '../../../shared/exercises/catalog.ts';
import { formatDay, localDay } from '../../../shared/domain/dates.ts';
import { hrefFor } from '../app/use-hash-route.ts';
import { useEntries } from '../exercise/use-entries.ts';
import { exerciseStatus } from './exercise-status.ts';

function LeftOff({ entries }: { entries: Entry[] }) {
  const latest = [...entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const exercise = latest && findExercise(latest.exerciseId);
  if (!latest || !exercise) return null;
  return (
    <p className="left-off">
      Where you left off: <a href={hrefFor.exercise(exercise.id, latest.id)}>{exercise.title}</a>, {formatDay(latest.day)}
    </p>
  );
}

export function HomeScreen() {
  const { entries, error } = useEntries();
  const today = localDay(new Date());
  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Your workbook</h1>
        <p className="lede">One small, honest step at a time. What you write here stays encrypted on this computer.</p>
        {entries && <LeftOff entries={entries} />}
        {error && <p role="alert">{error}</p>}
      </header>
      <ul className="exercise-list" aria-label="Exercises">
        {CATALOG.map((exercise) => {
          const status = entries ? exerciseStatus(exercise, entries, today) : null;
          return (
            <li key={exercise.id} className="exercise-card">
              <a className="exercise-card__link" href={hrefFor.exercise(exercise.id)}>
                <span className="exercise-card__number" aria-hidden="true">{exercise.number}</span>
                <span className="exercise-card__body">
                  <span className="exercise-card__title">{exercise.title}</span>
                  <span className="exercise-card__summary">{exercise.summary}</span>
                  {status && <span className={`exercise-card__status${status.due ? ' is-due' : ''}`}>{status.text}</span>}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
      <p className="footnote">
        Mend is a workbook, not therapy, and it cannot promise how things turn out. If you or your partner are not safe, please contact local emergency services or a domestic-abuse helpline.
      </p>
    </main>
  );
}
