// A partner's first unlock of a workbook written before format 3 (and any unlock
// that finds their slot behind: no pin yet of a partner who has since been given
// an identity, or their public keys missing from the header). Their slot is
// sealed again with the same passphrase key, now holding a new identity (and the
// other partner's public keys, pinned), their public keys are published in the
// header, and the shared records they wrote or confirmed before are signed, all
// in one SQLite transaction: a crash leaves the workbook as it was (the upgrade
// then runs at the next unlock) or upgraded, never half. It runs once: the next
// unlock finds nothing to do.
import type { DatabaseSync } from 'node:sqlite';
import { newIdentity, privateKeyOf } from '../crypto/identity.ts';
import type { Journal } from '../journal/journal.ts';
import { inTransaction, upsertRow } from '../journal/private-slots.ts';
import type { RecordSigner } from '../journal/record-proof.ts';
import { replaceHeader, rethrowStorageError } from './database.ts';
import { buildHeader, manifestMarkerOf, sealMemberSlot } from './header.ts';
import type { HeaderBody } from './header.ts';
import type { IdentityView } from './identity-check.ts';
import { copyKeys, newKey, wipeKeys } from './member-keys.ts';
import type { MemberKeys } from './member-keys.ts';

export const signerOf = (keys: MemberKeys): RecordSigner | undefined =>
  keys.identity ? { memberId: keys.memberId, key: privateKeyOf('ed25519', keys.identity.sign) } : undefined;

/** Upgrades the unlocked partner's slot; answers their keys as now sealed (the caller wipes the old ones). */
export function upgradeIdentity(db: DatabaseSync, body: HeaderBody, keys: MemberKeys, passphraseKey: Buffer, view: IdentityView, journal: Journal): MemberKeys {
  const next = copyKeys(keys);
  next.identity ??= newIdentity();
  // A format-1 workbook had no shared key; every slot with an identity holds one (add-partner.ts does the same).
  next.sharedKey ??= newKey();
  next.peer = view.peer ? { sign: Buffer.from(view.peer.sign), agree: Buffer.from(view.peer.agree) } : null;
  try {
    const slots = body.members.map((m) => (m.id === keys.memberId ? sealMemberSlot(body.vaultId, m.kdf, passphraseKey, next, manifestMarkerOf(body.vaultId, m, keys.privateKey)) : m));
    const { rows, written } = journal.signWith(signerOf(next)!);
    try {
      inTransaction(db, () => {
        replaceHeader(db, buildHeader(body.vaultId, slots));
        for (const row of rows) upsertRow(db, row);
      });
    } catch (err) {
      rethrowStorageError(err);
    }
    written();
    return next;
  } catch (err) {
    wipeKeys(next);
    throw err;
  }
}
