// A list of an exercise's earlier entries, each opening in place, marked when
// shared or written by the other partner, and a button for the older ones when
// the list is loaded a page at a time.
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { formatDay } from '../../../shared/domain/dates.ts';
import { choiceLabel, entryHeadline } from '../../../shared/exercises/answer-schema.ts';
import { hrefFor } from '../app/use-hash-route.ts';
import { EntryMarks } from '../partners/EntryMarks.tsx';
import type { OlderEntries } from './use-entries.ts';

interface EntryListProps {
  exercise: ExerciseDef;
  entries: readonly Entry[];
  /** Shown when there is nothing to list. */
  empty: string;
  /** e.g. "Week of" for weekly entries. */
  datePrefix?: string;
  /** Older entries exist beyond these: shows "Show older entries". */
  older?: OlderEntries;
}

/** Loads the next, older page of a list; focus stays on it, so the keyboard can go on paging. */
export function ShowOlderButton({ older }: { older: OlderEntries }) {
  if (!older.hasOlder) return null;
  return (
    <button type="button" className="button-secondary show-older" onClick={() => older.loadingOlder || void older.loadOlder()} aria-disabled={older.loadingOlder || undefined}>
      {older.loadingOlder ? 'Loading older entries…' : 'Show older entries'}
    </button>
  );
}

export function EntryList({ exercise, entries, empty, datePrefix, older }: EntryListProps) {
  if (entries.length === 0 && !older?.hasOlder) return <p className="muted">{empty}</p>;
  // A badge from the step that looks back (e.g. "Did I?"), or else the first choice answered.
  const badgeStep = exercise.steps.find((s) => s.showAfter) ?? exercise.steps[0];
  return (
    <>
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
      {older && <ShowOlderButton older={older} />}
    </>
  );
}
