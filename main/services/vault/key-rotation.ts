// Key rotation: a passphrase change gives the partner a new private key and the
// workbook a new shared key; a together session can ask for a new shared key
// alone. Old keys are retired, not just re-wrapped, so an old passphrase (or a
// key unwrapped with it from an old copy) opens nothing written since.
//
// It runs in three steps, each crash-safe on its own:
//  1. beginRotation, one transaction: the partner's slot sealed under the new
//     passphrase holding the new keys and the retiring ones (the old slot goes
//     in the same transaction), the new shared key sealed to the other partner's
//     agreement key beside their slot (shared-key-envelope.ts), and the settings
//     sealed again. From here only the new passphrase opens the slot.
//  2. settleRotation, many small transactions: every row under a retiring key is
//     sealed again under its successor (reseal-in-slices.ts), then every backup in
//     the data folder (backups/reseal-backups.ts).
//  3. the last transaction seals the slot again without the retiring keys and
//     drops any envelope taken into it.
// A kill before step 1 commits leaves the old state, opened by the old
// passphrase; after it, the new passphrase opens the workbook, and the unlock
// finishes steps 2 and 3 before anything is read (rows under retiring keys stay
// readable until then, because the slot still holds those keys).
import type { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import { deriveKey, newKdfParams } from '../crypto/kdf.ts';
import type { KdfParams } from '../crypto/kdf.ts';
import { publicsOf } from '../crypto/identity.ts';
import { inTransaction } from '../journal/private-slots.ts';
import type { LoadProgress } from '../journal/record-loader.ts';
import { resealBackups, resealCopy } from '../backups/reseal-backups.ts';
import { checkpointAndFold, readHeader, replaceHeader, rethrowStorageError } from './database.ts';
import { buildHeader, manifestMarkerOf, sealMemberSlot, slotPublics } from './header.ts';
import type { HeaderBody, MemberSlot } from './header.ts';
import { copyKeys, newKey, wipeKeys } from './member-keys.ts';
import type { MemberKeys } from './member-keys.ts';
import { movesOf, resealSettings } from './reseal-in-slices.ts';
import { resealRecordsOffThread } from './reseal-off-thread.ts';
import { markRotationStep } from './rotation-steps.ts';
import { openSharedKeyEnvelope, sealSharedKeyTo } from './shared-key-envelope.ts';

/** The passphrase a rotation seals the partner's slot under: its new KDF settings and the key they gave. */
export interface SlotSealing {
  kdf: KdfParams;
  passphraseKey: Buffer;
}

/** Runs `rotate` with the key of a new passphrase under fresh KDF settings, wiped afterwards. */
export async function withNewPassphrase(passphrase: string, rotate: (sealing: SlotSealing) => Promise<void>): Promise<void> {
  const kdf = newKdfParams();
  markRotationStep('derive');
  const passphraseKey = await deriveKey(passphrase, kdf);
  try {
    await rotate({ kdf, passphraseKey });
  } finally {
    passphraseKey.fill(0);
  }
}

/** The other partner's public keys as the unlocked partner believes them (pinned, or published before both had identities). */
const peerPublics = (body: HeaderBody, keys: MemberKeys) => keys.peer ?? slotPublics(body.members.find((m) => m.id !== keys.memberId) ?? ({} as MemberSlot));

/**
 * Step 1. With `sealing` (a passphrase change): new private and shared keys, the slot sealed under the new
 * passphrase. Without it (a together session's request): a new shared key only, sealed to each partner's
 * agreement key, the unlocked one's own too. Answers the keys now in force, with the retiring ones.
 */
export function beginRotation(db: DatabaseSync, keys: MemberKeys, sealing: SlotSealing | null): MemberKeys {
  const body = readHeader(db);
  const next = copyKeys(keys);
  const peerSlot = body.members.find((m) => m.id !== keys.memberId);
  const peer = peerSlot ? peerPublics(body, keys) : null;
  // A partner still without an identity (their slot is from before format 3) has no agreement key to seal to:
  // the shared key then stays until they have unlocked once.
  const sharedToo = !!keys.identity && !!keys.sharedKey && (!peerSlot || !!peer);
  if (!sealing && !sharedToo) {
    throw new MendError('invalid-request', 'A new shared key needs both of you to have unlocked this workbook once since it was updated. Nothing has changed.');
  }
  // Retired by an earlier rotation whose rows were all sealed again at this unlock (only its last step waited for a passphrase).
  next.retiring?.privateKey?.fill(0);
  next.retiring?.sharedKey?.fill(0);
  next.retiring = { privateKey: sealing ? next.privateKey : null, sharedKey: sharedToo ? next.sharedKey : null };
  if (sealing) next.privateKey = newKey();
  if (sharedToo) next.sharedKey = newKey();
  try {
    const me = { id: keys.memberId, seeds: keys.identity! };
    const slots = body.members.map((m): MemberSlot => {
      if (m.id === keys.memberId) {
        if (sealing) return sealMemberSlot(body.vaultId, sealing.kdf, sealing.passphraseKey, next, manifestMarkerOf(body.vaultId, m, keys.privateKey));
        return { ...m, sharedKey: sealSharedKeyTo(body.vaultId, { id: m.id, publics: publicsOf(keys.identity!) }, me, next.sharedKey!) };
      }
      return sharedToo && peer ? { ...m, sharedKey: sealSharedKeyTo(body.vaultId, { id: m.id, publics: peer }, me, next.sharedKey!) } : m;
    });
    inTransaction(db, () => {
      replaceHeader(db, buildHeader(body.vaultId, slots));
      resealSettings(db, body.vaultId, movesOf(next));
    });
    return next;
  } catch (err) {
    wipeKeys(next);
    rethrowStorageError(err);
  }
}

/**
 * At unlock: a new shared key the other partner (or a together session) sealed to this partner is taken
 * in place of the one in their slot, which is then retiring. Answers the keys to open the workbook with.
 */
export function takeSharedKey(body: HeaderBody, keys: MemberKeys): MemberKeys {
  const envelope = body.members.find((m) => m.id === keys.memberId)?.sharedKey;
  if (!envelope || !keys.identity) return keys;
  const sender = envelope.from === keys.memberId ? publicsOf(keys.identity) : peerPublics(body, keys);
  const shared = openSharedKeyEnvelope(body.vaultId, { id: keys.memberId, seeds: keys.identity }, sender, envelope);
  if (keys.sharedKey?.equals(shared)) {
    shared.fill(0);
    return keys;
  }
  const next = copyKeys(keys);
  next.retiring = { privateKey: next.retiring?.privateKey ?? null, sharedKey: next.sharedKey };
  next.sharedKey = shared;
  wipeKeys(keys);
  return next;
}

export interface SettleOptions {
  /** The partner's passphrase now, to seal their slot without the retiring keys (step 3); without it step 3 waits. */
  sealing?: SlotSealing;
  /** Where the data folder keeps its backups. */
  backupsDir: string;
  onProgress?: (progress: LoadProgress) => void;
  checkpoint?: () => void;
  /** The helper thread that seals rows again (reseal-off-thread.ts), and the workbook file it opens; without it, main does. */
  resealHelper?: { url: URL; path: string };
}

/** Whether the unlocked partner's keys or slot still carry a rotation's leftovers. */
export function rotationPending(body: HeaderBody, keys: MemberKeys): boolean {
  return !!keys.retiring || !!body.members.find((m) => m.id === keys.memberId)?.sharedKey;
}

/** Steps 2 and 3: rows and backups sealed again, then the retiring keys forgotten (in the slot, and in `keys`). */
export async function settleRotation(db: DatabaseSync, keys: MemberKeys, options: SettleOptions): Promise<void> {
  const body = readHeader(db);
  const moves = movesOf(keys);
  const { checkpoint, onProgress, resealHelper } = options;
  markRotationStep('rows');
  try {
    await resealRecordsOffThread(db, { path: resealHelper?.path ?? '', vaultId: body.vaultId, moves }, {
      ...(checkpoint ? { checkpoint } : {}),
      ...(onProgress ? { onProgress } : {}),
      helper: resealHelper?.url ?? null,
    });
    markRotationStep('settings');
    inTransaction(db, () => resealSettings(db, body.vaultId, moves));
  } catch (err) {
    rethrowStorageError(err);
  }
  markRotationStep('backups');
  try {
    await resealBackups(options.backupsDir, { db, vaultId: body.vaultId, keys }, moves, { ...(checkpoint ? { checkpoint } : {}), helper: resealHelper?.url ?? null });
  } catch (err) {
    if (err instanceof MendError && err.code === 'locked') throw err;
    // The workbook itself is done; the backups (a full disk, say) are tried again at the next unlock, and until
    // then the slot keeps the retiring keys that this needs.
    return;
  }
  if (!options.sealing) return;
  const { kdf, passphraseKey } = options.sealing;
  const settled = copyKeys(keys);
  delete settled.retiring;
  markRotationStep('last');
  try {
    inTransaction(db, () => {
      const now = readHeader(db);
      replaceHeader(db, buildHeader(now.vaultId, now.members.map((m) => (m.id === keys.memberId ? sealMemberSlot(now.vaultId, kdf, passphraseKey, settled, manifestMarkerOf(now.vaultId, m, settled.privateKey)) : m))));
    });
  } catch (err) {
    rethrowStorageError(err);
  } finally {
    wipeKeys(settled);
  }
  keys.retiring?.privateKey?.fill(0);
  keys.retiring?.sharedKey?.fill(0);
  delete keys.retiring;
  // The write-ahead log still holds pages of the old header and rows: folded into the file (whose freed pages secure_delete zeroes) and cut.
  markRotationStep('fold');
  checkpointAndFold(db);
}

/**
 * At every unlock, before anything is read: a new shared key sealed to this partner is taken in, and a rotation
 * a kill interrupted is finished (its last step only with the passphrase: a key kept on this device cannot seal
 * the slot). Answers the keys to open the workbook with (`keys` may have been wiped).
 */
export async function settleAtUnlock(db: DatabaseSync, body: HeaderBody, keys: MemberKeys, options: Omit<SettleOptions, 'sealing'> & { passphraseKey?: Buffer }): Promise<MemberKeys> {
  if (!rotationPending(body, keys)) return keys;
  const next = takeSharedKey(body, keys);
  const { passphraseKey, ...rest } = options;
  const slot = body.members.find((m) => m.id === next.memberId)!;
  try {
    await settleRotation(db, next, { ...rest, ...(passphraseKey ? { sealing: { kdf: slot.kdf, passphraseKey } } : {}) });
    return next;
  } catch (err) {
    wipeKeys(next);
    throw err;
  }
}

/**
 * A copy of this workbook sealed under keys since retired (a file saved outside the folder before a passphrase
 * change, opened with the old passphrase) is sealed under today's keys before an import puts it in place, so its
 * entries stay readable and no retired key comes back into use: the unlocked partner's own rows and the shared ones.
 */
export async function sealCopyUnder(path: string, live: { vaultId: string; keys: MemberKeys }, from: MemberKeys, copyVaultId: string): Promise<void> {
  if (copyVaultId !== live.vaultId) return;
  const own = from.memberId === live.keys.memberId ? from.privateKey : null;
  await resealCopy(path, live.vaultId, movesOf(live.keys, { privateKey: own, sharedKey: from.sharedKey }));
}
