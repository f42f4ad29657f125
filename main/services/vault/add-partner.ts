// Turning a workbook for one into a workbook for two, without re-encrypting any
// entry: the first partner's entries are already sealed under their private key.
// What changes: a slot for the second partner (their own private key and the
// shared key, under their own passphrase), tags on the first partner's rows,
// their days hidden, and filler rows so neither partner can count the other's
// private entries (see journal/private-slots.ts). Then the file is compacted, so
// no older page still holds the days that were just hidden.
import type { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import type { Role } from '../../../shared/domain/profile.ts';
import { deriveKey, newKdfParams } from '../crypto/kdf.ts';
import { HIDDEN_DAY, paddedSize, plaintextSize } from '../journal/record-codec.ts';
import { spaceKeyOf, tagOf } from '../journal/record-keys.ts';
import { inTransaction, MIN_SLOTS, newFillers, slotsFor, upsertRow } from '../journal/private-slots.ts';
import { writePartnerNames } from '../profile/partner-names.ts';
import { profileSettingName } from '../profile/profile-store.ts';
import { writeSealed } from '../settings/sealed-settings.ts';
import { buildHeader, manifestMarkerOf, newMemberId, sealMemberSlot, unwrapMemberKeys } from './header.ts';
import type { HeaderBody } from './header.ts';
import { newIdentity, publicsOf } from '../crypto/identity.ts';
import { copyKeys, newKey, wipeKeys } from './member-keys.ts';
import type { MemberKeys } from './member-keys.ts';
import { openSlot } from './open-slot.ts';
import { rethrowStorageError, replaceHeader } from './database.ts';

export interface AddPartnerInput {
  /** The first partner confirms with their own passphrase: an unlocked screen alone is not enough. */
  currentPassphrase: string;
  partnerPassphrase: string;
  myName: string;
  partnerName: string;
  partnerRole: Role;
}

/** Adds the second partner; returns the first partner's keys, now holding the shared key. */
export async function addPartner(db: DatabaseSync, body: HeaderBody, mine: MemberKeys, input: AddPartnerInput): Promise<MemberKeys> {
  if (body.members.length !== 1) throw new MendError('invalid-request', 'This workbook is already set up for two.');
  const mySlot = body.members[0]!;
  const partnerKdf = newKdfParams();
  // Three key derivations, side by side on the thread pool.
  const [confirmKey, partnerKey, sameAsMine] = await Promise.all([
    deriveKey(input.currentPassphrase, mySlot.kdf),
    deriveKey(input.partnerPassphrase, partnerKdf),
    openSlot(body, mySlot, input.partnerPassphrase),
  ]);
  // Both are here: each pins the other's public keys in their own slot (identity-check.ts).
  const myKeys: MemberKeys = { ...copyKeys(mine), sharedKey: mine.sharedKey ? Buffer.from(mine.sharedKey) : newKey() };
  myKeys.identity ??= newIdentity();
  const partner: MemberKeys = { memberId: newMemberId(), privateKey: newKey(), sharedKey: Buffer.from(myKeys.sharedKey!), identity: newIdentity(), peer: null };
  partner.peer = publicsOf(myKeys.identity);
  myKeys.peer = publicsOf(partner.identity!);
  try {
    const confirmed = unwrapMemberKeys(body, mySlot, confirmKey);
    if (!confirmed) throw new MendError('wrong-passphrase', 'That is not your passphrase. Please type the passphrase you unlock this workbook with.');
    wipeKeys(confirmed);
    if (sameAsMine) {
      wipeKeys(sameAsMine);
      throw new MendError('invalid-request', 'Each of you needs a passphrase of your own. Please choose a different one.');
    }
    // The first partner's slot is sealed again (same passphrase key), now with the shared key.
    const slots = [sealMemberSlot(body.vaultId, mySlot.kdf, confirmKey, myKeys, manifestMarkerOf(body.vaultId, mySlot, myKeys.privateKey)), sealMemberSlot(body.vaultId, partnerKdf, partnerKey, partner)];
    try {
      inTransaction(db, () => {
        replaceHeader(db, buildHeader(body.vaultId, slots));
        hideFirstPartnersRows(db, body.vaultId, myKeys);
        const partnerSpace = spaceKeyOf(partner.privateKey);
        // The partner's rows will all be padded: their first fillers are too.
        newFillers(partnerSpace, body.vaultId, MIN_SLOTS, rowSizes(db).map(paddedSize)).forEach((row) => upsertRow(db, row));
        const settings = { db, vaultId: body.vaultId };
        writePartnerNames(settings, myKeys.sharedKey!, { [myKeys.memberId]: input.myName, [partner.memberId]: input.partnerName });
        writeSealed(settings, partner.privateKey, profileSettingName(partner.memberId), { role: input.partnerRole });
      });
      // Rewrites every page, so the days and the old header are gone from the file and its WAL.
      db.exec('VACUUM');
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } catch (err) {
      rethrowStorageError(err);
    }
    return myKeys;
  } catch (err) {
    wipeKeys(myKeys);
    throw err;
  } finally {
    confirmKey.fill(0);
    partnerKey.fill(0);
    wipeKeys(partner);
  }
}

function rowSizes(db: DatabaseSync): number[] {
  return (db.prepare('SELECT length(ciphertext) AS n FROM records').all() as { n: number }[]).map((r) => plaintextSize(r.n));
}

/** Every row so far is the first partner's: tag it as theirs, hide its day, and top their space up with fillers. */
function hideFirstPartnersRows(db: DatabaseSync, vaultId: string, mine: MemberKeys): void {
  const space = spaceKeyOf(mine.privateKey);
  const ids = (db.prepare('SELECT id FROM records').all() as { id: string }[]).map((r) => r.id);
  const update = db.prepare('UPDATE records SET sort_key = ?, tag = ? WHERE id = ?');
  for (const id of ids) update.run(HIDDEN_DAY, tagOf(space, id), id);
  newFillers(space, vaultId, slotsFor(ids.length) - ids.length, rowSizes(db)).forEach((row) => upsertRow(db, row));
}
