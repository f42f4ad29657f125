// Whose an entry is, in a workbook for two, and what the unlocked partner may
// do with it. The same rules main enforces (only an entry's author changes it;
// in a together session either partner may edit a shared entry), written here
// so the screens never offer what main would refuse. `me === null` means one
// person's workbook as far as the screen knows: every entry is theirs.
import { countsAsOwn } from '../../../shared/domain/authorship.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';

export function wroteIt(entry: Pick<Entry, 'author'>, me: string | null): boolean {
  return me === null || entry.author === undefined || entry.author === me;
}

export function signedIt(entry: Entry, me: string | null): boolean {
  return me !== null && (entry.signedBy ?? []).some((s) => s.memberId === me);
}

/**
 * The entries that are the unlocked partner's own for "what is due today", the
 * current day or week, streak-free counts and "where you left off": the ones
 * they wrote, and the ones done together that carry their signature. Never
 * the other partner's own entries, however shared.
 */
export const countsAsMine = countsAsOwn;

export const ownEntries = (entries: readonly Entry[], me: string | null) => entries.filter((e) => countsAsMine(e, me));
export const entriesFromPartner = (entries: readonly Entry[], me: string | null) => entries.filter((e) => !countsAsMine(e, me));

export type EntryAccess =
  | { kind: 'edit' }
  /** partner: the other partner's entry; together: done together, saved by the other partner. */
  | { kind: 'read'; reason: 'partner' | 'together' };

export function entryAccess(entry: Entry | null, exercise: ExerciseDef, me: string | null, togetherActive: boolean): EntryAccess {
  if (!entry || wroteIt(entry, me)) return { kind: 'edit' };
  if (togetherActive && exercise.together && entry.visibility === 'shared') return { kind: 'edit' };
  return { kind: 'read', reason: signedIt(entry, me) ? 'together' : 'partner' };
}
