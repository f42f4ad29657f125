// Reads a copy of a workbook (a backup, or a file brought from another
// computer) without changing it: read-only, and every record the partner's keys
// open is decrypted to prove the copy is whole before anything relies on it. In a
// workbook for two the other partner's private rows cannot be opened; they are
// counted apart, and a backup compares them byte for byte with the workbook.
import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import { decodeRow } from '../journal/record-codec.ts';
import type { RecordRow } from '../journal/record-codec.ts';
import { recordKeysOf } from '../journal/record-keys.ts';
import { parseHeader } from './header.ts';
import type { HeaderBody, StoredHeader } from './header.ts';
import type { MemberKeys } from './member-keys.ts';

export interface CopyInspection {
  vaultId: string;
  /** The partners the copy's header has a slot for. */
  memberIds: string[];
  keys: MemberKeys;
  entryIds: string[];
  damagedIds: string[];
  /** Rows none of the partner's keys open in a workbook for two: the other partner's private space. */
  otherRows: Map<string, Buffer>;
}

const notAWorkbook = () => new MendError('damaged-file', 'This file is not a Mend workbook, or it is damaged.');

/**
 * `getKeys` returns the keys for the copy's header: the open workbook's own (for
 * its backups) or ones unwrapped with a typed passphrase (for a file from elsewhere).
 */
export async function inspectWorkbookCopy(path: string, getKeys: (body: HeaderBody) => Promise<MemberKeys> | MemberKeys): Promise<CopyInspection> {
  if (!existsSync(path)) throw new MendError('not-found', 'That backup file is no longer there.');
  let db: DatabaseSync | undefined;
  let header: StoredHeader | undefined;
  let rows: RecordRow[];
  try {
    db = new DatabaseSync(path, { readOnly: true });
    // Damage in pages a full read of the tables never visits (an index) would surface only later, when the
    // restored copy is backed up or compacted: the structure is checked too.
    const check = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
    if (check.length !== 1 || check[0]?.quick_check !== 'ok') throw notAWorkbook();
    header = db.prepare('SELECT body, checksum FROM header WHERE id = 1').get() as StoredHeader | undefined;
    const hasTags = (db.prepare('PRAGMA table_info(records)').all() as { name: string }[]).some((c) => c.name === 'tag');
    rows = db.prepare(`SELECT id, sort_key, ${hasTags ? 'tag' : 'NULL AS tag'}, nonce, ciphertext FROM records`).all() as unknown as RecordRow[];
  } catch {
    db?.close();
    throw notAWorkbook();
  }
  try {
    const body = parseHeader(header);
    const keys = await getKeys(body);
    const forTwo = body.members.length === 2;
    const recordKeys = recordKeysOf(keys, forTwo);
    const inspection: CopyInspection = { vaultId: body.vaultId, memberIds: body.members.map((m) => m.id), keys, entryIds: [], damagedIds: [], otherRows: new Map() };
    for (const row of rows) {
      const decoded = decodeRow(recordKeys, body.vaultId, row);
      if (decoded.kind === 'entry') inspection.entryIds.push(row.id);
      else if (decoded.kind === 'foreign' && forTwo) inspection.otherRows.set(row.id, Buffer.concat([Buffer.from(row.nonce), Buffer.from(row.ciphertext)]));
      else if (decoded.kind !== 'filler') inspection.damagedIds.push(row.id);
    }
    return inspection;
  } finally {
    db.close();
  }
}
