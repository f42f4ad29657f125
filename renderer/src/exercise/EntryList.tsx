// A list of an exercise's earlier entries, each opening in place, marked when
// shared or written by the other partner.
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { formatDay } from '../../../shared/domain/dates.ts';
import { choiceLabel, entryHeadline } from '../../../shared/exercises/answer-schema.ts';
import { hrefFor } from '../app/use-hash-route.ts';
import { EntryMarks } from '../partners/EntryMarks.tsx';

interface EntryListProps {
  exercise: ExerciseDef;
  entries: readonly Entry[];
  /** Shown when there is nothing to list. */
  empty: string;
  /** e.g. "Week of" for weekly entries. */
  datePrefix?: string;
}

export function EntryList({ exercise, entries, empty, datePrefix }: EntryListProps) {
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  // A badge from the step that looks back (e.g. "Did I?"), or else the first choice answered.
  const badgeStep = exercise.steps.find((s) => s.showAfter) ?? exercise.steps[0];
  return (
    <ul className="history__list">
      {entries.map((entry) => {
        const badge = badgeStep ? choiceLabel(badgeStep, entry.answers) : null;
        return (
          <li key={entry.id}>
            <a className="history__item" href={hrefFor.exercise(exercise.id, entry.id)}>
              <span className="history__date">{datePrefix ? `${datePrefix} ${formatDay(entry.day)}` : formatDay(entry.day)}</span>
              <span className="history__text">{entryHeadline(exercise, entry.answers) || 'Nothing written yet'}</span>
              <span className="history__marks">
                {badge && <span className="history__badge">{badge}</span>}
                <EntryMarks entry={entry} />
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
