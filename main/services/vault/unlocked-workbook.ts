// What the vault holds while a workbook is unlocked, and the one way its keys
// change in place (an identity upgrade, a key rotation) without opening the
// workbook again: the journal and the profile store take the new keys, the old
// buffers are wiped.
import type { DatabaseSync } from 'node:sqlite';
import type { Journal } from '../journal/journal.ts';
import { recordKeysOf } from '../journal/record-keys.ts';
import { ProfileStore } from '../profile/profile-store.ts';
import { readHeader } from './database.ts';
import type { HeaderBody } from './header.ts';
import { checkIdentities } from './identity-check.ts';
import type { IdentityView } from './identity-check.ts';
import { wipeKeys } from './member-keys.ts';
import type { MemberKeys } from './member-keys.ts';
import type { GuardedWorkbook } from './rollback-guard.ts';
import type { TogetherSession } from './together-session.ts';

export interface UnlockedWorkbook {
  db: DatabaseSync;
  header: HeaderBody;
  keys: MemberKeys;
  journal: Journal;
  profile: ProfileStore;
  together: TogetherSession;
  /** Whose signatures are believed (identity-check.ts). */
  identities: IdentityView;
  /** The partners' names (sealed under the shared key), read once per opening: only adding a partner or a restore changes them, and both open the workbook again. */
  names: Record<string, string>;
}

/** The open workbook's keys are now `next` (sealed into the slot already): the old ones are wiped. */
export function useKeys(open: UnlockedWorkbook, next: MemberKeys): void {
  wipeKeys(open.keys);
  open.keys = next;
  open.header = readHeader(open.db);
  open.identities = checkIdentities(open.header, next);
  open.journal.useKeys(recordKeysOf(next, open.header.members.length === 2, open.identities.verifiers));
  // The profile store held the old buffers, just wiped.
  open.profile = new ProfileStore({ db: open.db, privateKey: next.privateKey, vaultId: open.header.vaultId, memberId: next.memberId });
}

/** The open workbook as the rollback guard reads and seals its generation (rollback-guard.ts). */
export function guardedOf({ db, header, keys }: UnlockedWorkbook): GuardedWorkbook {
  return { db, vaultId: header.vaultId, sealKey: keys.sharedKey ?? keys.privateKey, readKeys: keys.sharedKey ? [keys.sharedKey, keys.privateKey] : [keys.privateKey] };
}
