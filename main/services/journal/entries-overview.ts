// What the home screen (and an exercise's screen) show about the entries,
// computed in main so that the renderer never receives every entry to work it
// out: per exercise its count, the entry worked on last, the current and
// previous period's entries (for what is due today) and its tallies; and the
// entry worked on last of all ("where you left off"). A few dozen entries at
// most cross to the renderer, however large the workbook. In a workbook for two
// it is about the unlocked partner's own entries (and those done together that
// carry their signature): the partner's own shared check-in does not make
// today's one done.
import type { EntriesOverview } from '../../../shared/contract/channels.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { newestFirst } from '../../../shared/domain/entry-order.ts';
import { ownOnly } from '../../../shared/domain/authorship.ts';
import { CATALOG, getExercise } from '../../../shared/exercises/catalog.ts';
import { digestOf } from '../../../shared/exercises/progress.ts';
import { countTallies } from '../../../shared/exercises/tally.ts';
import type { Journal } from './journal.ts';

/**
 * `today` is the renderer's calendar day (its time zone, its clock), as the screens have always used.
 * `me` is the unlocked partner in a workbook for two (null alone: every entry is theirs).
 */
export function entriesOverview(journal: Journal, today: string, me: string | null, exerciseId?: string): EntriesOverview {
  const exercises = (exerciseId ? [getExercise(exerciseId)] : CATALOG).map((exercise) => {
    const entries = ownOnly(journal.entriesOf(exercise.id), me);
    return { ...digestOf(exercise, entries, today), tallies: countTallies(exercise, entries) };
  });
  return { exercises, leftOff: exerciseId ? null : leftOffOf(exercises.map((d) => d.lastWorkedOn)) };
}

/**
 * The latest update of all, from each exercise's (so no list of every entry is made): among
 * equal times, the first in the journal's order, as a scan of that list would find it.
 */
function leftOffOf(latest: readonly (Entry | null)[]): Entry | null {
  let best: Entry | null = null;
  for (const entry of latest) {
    if (!entry) continue;
    if (!best || entry.updatedAt > best.updatedAt || (entry.updatedAt === best.updatedAt && newestFirst(entry, best) < 0)) best = entry;
  }
  return best;
}
