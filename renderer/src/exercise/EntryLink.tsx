// One entry as a line in a list across exercises (the timeline, home's
// "shared by"): which exercise, its first words, and its marks; opens in place.
import type { Entry } from '../../../shared/domain/entry.ts';
import { formatDay } from '../../../shared/domain/dates.ts';
import { entryHeadline } from '../../../shared/exercises/answer-schema.ts';
import { findExercise } from '../../../shared/exercises/catalog.ts';
import { hrefFor } from '../app/use-hash-route.ts';
import { EntryMarks } from '../partners/EntryMarks.tsx';

export function EntryLink({ entry, withDay = false }: { entry: Entry; withDay?: boolean }) {
  const exercise = findExercise(entry.exerciseId);
  return (
    <a className="history__item" href={hrefFor.exercise(entry.exerciseId, entry.id)}>
      <span className="history__date">{exercise?.title}{withDay && `, ${formatDay(entry.day)}`}</span>
      <span className="history__text">{exercise ? entryHeadline(exercise, entry.answers) || 'Nothing written yet' : ''}</span>
      <span className="history__marks"><EntryMarks entry={entry} /></span>
    </a>
  );
}
