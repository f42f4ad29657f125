// Whose an entry is, for what counts as someone's own progress in a workbook for
// two: what they wrote, and what was done together and carries their signature;
// never the other partner's own entries, however shared. `me === null` is a
// workbook for one: every entry is theirs.
import type { Entry } from './entry.ts';

export function countsAsOwn(entry: Pick<Entry, 'author' | 'signedBy'>, me: string | null): boolean {
  return me === null || entry.author === undefined || entry.author === me || (entry.signedBy ?? []).some((s) => s.memberId === me);
}

export const ownOnly = <E extends Pick<Entry, 'author' | 'signedBy'>>(entries: readonly E[], me: string | null): readonly E[] =>
  me === null ? entries : entries.filter((e) => countsAsOwn(e, me));
