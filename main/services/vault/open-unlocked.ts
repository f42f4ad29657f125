// Opening a workbook on a connection with keys already held (after an unlock's
// slot, a restore's copy, a partner added): the header's identities checked,
// the journal opened (its records decrypted and verified), the profile and the
// partners' names read, and any manifests that opening built written with the
// partner's marker (manifest-upgrade.ts). Answers what the vault then holds.
import type { DatabaseSync } from 'node:sqlite';
import { Journal } from '../journal/journal.ts';
import type { LoadProgress } from '../journal/record-loader.ts';
import { recordKeysOf } from '../journal/record-keys.ts';
import { readPartnerNames } from '../profile/partner-names.ts';
import { ProfileStore } from '../profile/profile-store.ts';
import { ensureSchema } from './database.ts';
import { manifestMarkerOf } from './header.ts';
import type { HeaderBody } from './header.ts';
import { checkIdentities } from './identity-check.ts';
import { signerOf } from './identity-upgrade.ts';
import { writePendingManifests } from './manifest-upgrade.ts';
import type { MemberKeys } from './member-keys.ts';
import { TogetherSession } from './together-session.ts';
import type { UnlockedWorkbook } from './unlocked-workbook.ts';

export interface OpenUnlockedOptions {
  /** The workbook file (for the helper thread that decrypts a large workbook). */
  path: string;
  now: () => Date;
  checkpoint?: () => void;
  onProgress?: (progress: LoadProgress) => void;
  /** The script of the thread that helps decrypt a large workbook (journal/record-worker.ts), if any. */
  recordWorker?: URL;
  /** The copy's rows are listed in its manifests as they are (a restore; journal/space-manifests.ts). */
  acceptRows?: boolean;
}

/** The unlocked partner's manifest marker (header.ts): which of their spaces must have a manifest. */
const mySlotMarker = (header: HeaderBody, keys: MemberKeys) => {
  const slot = header.members.find((m) => m.id === keys.memberId);
  return slot ? manifestMarkerOf(header.vaultId, slot, keys.privateKey) : null;
};

export async function openUnlocked(db: DatabaseSync, header: HeaderBody, keys: MemberKeys, options: OpenUnlockedOptions): Promise<UnlockedWorkbook> {
  // Whose signatures to believe; a header whose public keys are not the ones sealed in this partner's slot is refused.
  const identities = checkIdentities(header, keys);
  ensureSchema(db);
  const vaultId = header.vaultId;
  const forTwo = header.members.length === 2;
  const { checkpoint, onProgress, recordWorker } = options;
  const journal = await Journal.open(
    {
      db,
      // The raw keys are wiped on lock; the KeyObject copies are dropped with the journal and collected.
      keys: recordKeysOf(keys, forTwo, identities.verifiers),
      signer: signerOf(keys),
      vaultId,
      memberId: keys.memberId,
      firstMemberId: header.members[0]!.id,
      forTwo,
      now: options.now,
      manifestMarker: mySlotMarker(header, keys),
      acceptRows: options.acceptRows ?? false,
    },
    {
      ...(checkpoint ? { checkpoint } : {}),
      ...(onProgress ? { onProgress } : {}),
      ...(recordWorker ? { helper: { workerUrl: recordWorker, path: options.path } } : {}),
    },
  );
  const profile = new ProfileStore({ db, privateKey: keys.privateKey, vaultId, memberId: keys.memberId });
  const names = readPartnerNames({ db, vaultId }, keys.sharedKey);
  // Manifests this opening built (a workbook of format 4, a restore) are written with the slot's marker.
  header = writePendingManifests(db, header, keys, journal);
  return { db, header, keys, journal, profile, together: new TogetherSession(), identities, names };
}
