// A copy of this workbook made before a partner had an identity (a format-2
// backup, or one made before that partner's first unlock in format 3) holds
// their shared records unsigned. A restore keeps the live header, which
// publishes that partner's public key, so those records would read as tampered.
//
// The copy's own header cannot vouch for them: it is not authenticated (the
// other partner, holding the shared key, can write a "format 2" copy or slip an
// unsigned record into an old backup). What can vouch for them is the signature
// the partner has since made on exactly the same record: their upgrade
// (identity-upgrade.ts) signed every record that was theirs, as stored. So a
// record the copy holds unsigned, for a partner its header shows without an
// identity, is put back in its signed form from the live workbook when the live
// row is the same entry (same JSON, its `updatedAt` included) and its signatures
// verify. Nothing is signed here and no signature is believed that would not be
// believed at unlock. A record with no such signed twin (changed or deleted
// since that partner's upgrade, or never theirs) stays as the copy has it and is
// reported tampered: kept in the file, shown as nobody's words.
import type { DatabaseSync } from 'node:sqlite';
import { decodeRow } from '../journal/record-codec.ts';
import type { RecordRow } from '../journal/record-codec.ts';
import { recordKeysOf } from '../journal/record-keys.ts';
import type { RecordKeys } from '../journal/record-keys.ts';
import type { Verifiers } from '../journal/record-proof.ts';
import { inTransaction, upsertRow } from '../journal/private-slots.ts';
import { openConnection, readHeader } from './database.ts';
import { slotPublics } from './header.ts';
import type { HeaderBody } from './header.ts';
import type { MemberKeys } from './member-keys.ts';
import { keepLiveHeader } from './workbook-copy.ts';

export interface LiveWorkbook {
  db: DatabaseSync;
  header: HeaderBody;
  keys: MemberKeys;
  verifiers: Verifiers;
}

/** The partners the copy's header shows with no identity yet, and who have one now. */
function signedSince(copy: HeaderBody, verifiers: Verifiers): string[] {
  return copy.members.filter((m) => !slotPublics(m) && !verifiers.legacy.includes(m.id)).map((m) => m.id);
}

/**
 * What a copy is checked with before a restore: the live verifiers, except that a partner the copy's header shows
 * without an identity may be unsigned there. Only for the check: what the restore can then sign (restoreSignedForms)
 * is what is believed after it.
 */
export function verifiersForCopy(live: Verifiers, copy: HeaderBody): Verifiers {
  const extra = signedSince(copy, live);
  return extra.length === 0 ? live : { ...live, legacy: [...live.legacy, ...extra] };
}

const ROWS = 'SELECT id, sort_key, tag, nonce, ciphertext FROM records';
const ROW = `${ROWS} WHERE id = ?`;

/** The entry a row holds as `keys` read it, as stored (JSON without its proof), or null. */
function storedForm(keys: RecordKeys, vaultId: string, row: RecordRow | undefined): string | null {
  if (!row) return null;
  const decoded = decodeRow(keys, vaultId, row);
  return decoded.kind === 'entry' && decoded.space === 'shared' ? JSON.stringify(decoded.entry) : null;
}

/** Swaps, in the copy, each unsigned record of a partner who has signed it since for its signed live twin. */
function restoreSignedForms(copy: DatabaseSync, copyHeader: HeaderBody, live: LiveWorkbook): number {
  const extra = signedSince(copyHeader, live.verifiers);
  if (extra.length === 0 || copyHeader.members.length !== 2) return 0;
  const vaultId = live.header.vaultId;
  const strict = recordKeysOf(live.keys, true, live.verifiers);
  const lenient = { ...strict, verifiers: verifiersForCopy(live.verifiers, copyHeader) };
  const liveRow = live.db.prepare(ROW);
  const twins: RecordRow[] = [];
  for (const row of copy.prepare(ROWS).iterate() as Iterable<RecordRow>) {
    // Believed as it is, or not unsigned only where the copy's header allows: nothing to put back.
    if (decodeRow(strict, vaultId, row).kind !== 'tampered') continue;
    const unsigned = storedForm(lenient, vaultId, row);
    const twin = liveRow.get(row.id) as RecordRow | undefined;
    if (unsigned !== null && unsigned === storedForm(strict, vaultId, twin)) twins.push(twin!);
  }
  if (twins.length > 0) inTransaction(copy, () => twins.forEach((twin) => upsertRow(copy, twin)));
  return twins.length;
}

/**
 * Readies a copy of this workbook to replace it: the live header in place of the copy's (no old slot or public key
 * comes back), and the signed form of each record the copy holds from before its partner's identity.
 */
export function adoptLiveHeader(copyPath: string, live: LiveWorkbook): void {
  const copy = openConnection(copyPath);
  let copyHeader: HeaderBody;
  try {
    copyHeader = readHeader(copy);
    restoreSignedForms(copy, copyHeader, live);
  } finally {
    copy.close();
  }
  keepLiveHeader(copyPath, live.db);
}
