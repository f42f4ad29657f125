// Where one entry still is in a backup of this workbook: its row, read under the
// live keys, and whether it is the unlocked partner's to remove. A row is theirs
// when their private key opens it (their private space), or when it is a shared
// entry they wrote: as the live workbook's delete (journal.ts), a partner never
// removes the other's words. A filler, a row no key of ours opens (the other
// partner's private space), a damaged or tampered row: not held here, nothing to do.
import type { DatabaseSync } from 'node:sqlite';
import { decodeRow } from '../journal/record-codec.ts';
import type { RecordRow, SpaceName } from '../journal/record-codec.ts';
import { recordKeysOf } from '../journal/record-keys.ts';
import type { RecordKeys } from '../journal/record-keys.ts';
import type { Verifiers } from '../journal/record-proof.ts';
import { assertWorkbookSchema, openConnection } from '../vault/database.ts';
import { parseHeader } from '../vault/header.ts';
import type { HeaderBody, StoredHeader } from '../vault/header.ts';
import type { MemberKeys } from '../vault/member-keys.ts';
import { wipeKeys } from '../vault/member-keys.ts';

/** What a backup is read with: the open workbook's keys and whose signatures it believes. */
export interface CopyReader {
  /** The unlocked partner's keys for a copy with this header; throws for another workbook's copy (or one without their slot). */
  keysFor(body: HeaderBody): MemberKeys;
  verifiersFor(body: HeaderBody): Verifiers;
  /** The unlocked partner, and the workbook's first partner (who wrote every entry without an author). */
  memberId: string;
  firstMemberId: string;
}

/** The entry's row in a copy, as the unlocked partner may remove it. */
export interface HeldEntry {
  row: RecordRow;
  space: SpaceName;
}

/** A backup opened to look for an entry: its header, the record keys for it, and the keys to wipe after. */
export interface OpenedCopy {
  body: HeaderBody;
  forTwo: boolean;
  keys: MemberKeys;
  recordKeys: RecordKeys;
}

const ROW = 'SELECT id, sort_key, tag, nonce, ciphertext FROM records WHERE id = ?';

/** The copy's header and keys, or null when it is not this workbook's (or not readable as one): nothing of ours in it. */
export function openCopyKeys(db: DatabaseSync, reader: CopyReader): OpenedCopy | null {
  let body: HeaderBody;
  let keys: MemberKeys;
  try {
    assertWorkbookSchema(db);
    body = parseHeader(db.prepare('SELECT body, checksum FROM header WHERE id = 1').get() as StoredHeader | undefined);
    keys = reader.keysFor(body);
  } catch {
    return null;
  }
  const forTwo = body.members.length === 2;
  return { body, forTwo, keys, recordKeys: recordKeysOf(keys, forTwo, reader.verifiersFor(body)) };
}

/** The entry `id` in the copy open on `db`, if the copy holds it and it is the unlocked partner's own. */
export function ownEntryIn(db: DatabaseSync, copy: OpenedCopy, reader: CopyReader, id: string): HeldEntry | null {
  let row: RecordRow | undefined;
  try {
    row = db.prepare(ROW).get(id) as RecordRow | undefined;
  } catch {
    return null;
  }
  if (!row) return null;
  const decoded = decodeRow(copy.recordKeys, copy.body.vaultId, row);
  if (decoded.kind !== 'entry') return null;
  if (decoded.space === 'shared' && (decoded.entry.author ?? reader.firstMemberId) !== reader.memberId) return null;
  return { row, space: decoded.space };
}

/** Whether the backup at `path` holds the unlocked partner's entry `id` (read-only; a copy that does not open holds nothing we can reach). */
export function copyHoldsEntry(path: string, reader: CopyReader, id: string): boolean {
  let db: DatabaseSync;
  try {
    db = openConnection(path, { readOnly: true });
  } catch {
    return false;
  }
  try {
    const copy = openCopyKeys(db, reader);
    if (!copy) return false;
    try {
      return ownEntryIn(db, copy, reader, id) !== null;
    } finally {
      wipeKeys(copy.keys);
    }
  } finally {
    db.close();
  }
}
