// What Mend remembers of the last summary a partner exported: its dates and
// when it was made, nothing of its content. Main keeps it sealed under that
// partner's private key (main/services/summary/last-summary-store.ts); the next
// summary marks what is new since then and offers the days after it.
import { z } from '../zod.ts';
import { addDays } from '../domain/dates.ts';
import { Day } from '../domain/entry.ts';

export const LastSummary = z.strictObject({ from: Day, to: Day, madeOn: Day, exportedAt: z.iso.datetime() });
export type LastSummary = z.infer<typeof LastSummary>;

/** The range a new summary is offered after `last`: the day after it ended, to today (or just today). */
export function rangeSince(last: LastSummary, today: string): { from: string; to: string } {
  const from = addDays(last.to, 1);
  return from <= today ? { from, to: today } : { from: today, to: today };
}

/** Begun after the last summary was made. */
export const isNewSince = (last: LastSummary | null, entry: { createdAt: string }) => last !== null && entry.createdAt > last.exportedAt;
