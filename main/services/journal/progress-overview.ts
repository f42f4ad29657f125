// The progress screen's figures, computed in main from each exercise's entries
// (the journal keeps them apart), so the renderer never receives every entry
// to total them. One figure per turn of the event loop: each reads up to tens
// of thousands of entries in a large workbook. In a workbook for two they count
// the unlocked partner's own entries (shared/domain/authorship.ts).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ProgressFigures } from '../../../shared/contract/channels.ts';
import { daysKept, smallWins, supportPerWeek } from '../../../shared/progress/progress-figures.ts';
import { promisesPerWeek, questionsPerWeek, trustByPartner } from '../../../shared/summary/chart-data.ts';
import { ownOnly } from '../../../shared/domain/authorship.ts';
import { withTrustVisibleTo } from '../../../shared/progress/trust-sharing.ts';
import type { Journal } from './journal.ts';

export const WINS_SHOWN = 8;

/**
 * `today` is the renderer's calendar day; `checkpoint` throws if the workbook was locked meanwhile;
 * `me` is the unlocked partner in a workbook for two (null alone).
 */
export async function progressFigures(journal: Journal, today: string, checkpoint: () => void, me: string | null = null): Promise<ProgressFigures> {
  const entriesOf = (exerciseId: string) => ownOnly(journal.entriesOf(exerciseId), me);
  const step = async <T>(figure: () => T): Promise<T> => {
    await nextTurn();
    checkpoint();
    return figure();
  };
  const kept = entriesOf('next-right-thing');
  return {
    entryCount: journal.size,
    week: daysKept(kept, today, 7),
    month: daysKept(kept, today, 30),
    promises: await step(() => promisesPerWeek(entriesOf('promises-kept'))),
    // The partner's trust numbers only where they shared them (shared/progress/trust-sharing.ts).
    trust: await step(() => trustByPartner(entriesOf('weekly-check-in').map((e) => withTrustVisibleTo(e, me)))),
    questions: await step(() => questionsPerWeek(entriesOf('same-question-again'))),
    support: await step(() => supportPerWeek(entriesOf('support-i-lean-on'))),
    wins: await step(() => smallWins(entriesOf('small-steps')).slice(0, WINS_SHOWN)),
  };
}
