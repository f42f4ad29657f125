// Whose an entry is, in a workbook for two: what counts as someone's own
// progress (what they wrote, and what was done together and carries their
// signature; never the other partner's own entries, however shared), and whose
// name a summary or an export puts on the partner's entries. `me === null` is
// a workbook for one: every entry is theirs.
import type { Entry } from './entry.ts';

export function countsAsOwn(entry: Pick<Entry, 'author' | 'signedBy'>, me: string | null): boolean {
  return me === null || entry.author === undefined || entry.author === me || (entry.signedBy ?? []).some((s) => s.memberId === me);
}

export const ownOnly = <E extends Pick<Entry, 'author' | 'signedBy'>>(entries: readonly E[], me: string | null): readonly E[] =>
  me === null ? entries : entries.filter((e) => countsAsOwn(e, me));

/** Who exports, and both partners by name: enough to name the other partner's entries. */
export interface Attribution {
  me: string;
  partners: readonly { id: string; name: string }[];
}

/** The name of the partner who wrote an entry, or null for one's own (and always, without an attribution). */
export function otherWriter(attribution: Attribution | undefined, entry: Pick<Entry, 'author'>): string | null {
  if (!attribution || !entry.author || entry.author === attribution.me) return null;
  return attribution.partners.find((p) => p.id === entry.author)?.name ?? 'Your partner';
}
