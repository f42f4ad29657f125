// Reads a copy of a workbook (a backup, or a file brought from another
// computer) without changing it: read-only, and every record is decrypted to
// prove the copy is whole before anything relies on it.
import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import { decodeRecord } from '../journal/record-codec.ts';
import type { RecordRow } from '../journal/record-codec.ts';
import { parseHeader } from './header.ts';
import type { HeaderBody, StoredHeader } from './header.ts';

export interface CopyInspection {
  vaultId: string;
  dataKey: Buffer;
  entryIds: string[];
  damagedIds: string[];
}

const notAWorkbook = () => new MendError('damaged-file', 'This file is not a Mend workbook, or it is damaged.');

/**
 * `getKey` returns the data key for the copy's header: the open workbook's own key
 * (for its backups) or one unwrapped with a typed passphrase (for a file from elsewhere).
 */
export async function inspectWorkbookCopy(path: string, getKey: (body: HeaderBody) => Promise<Buffer> | Buffer): Promise<CopyInspection> {
  if (!existsSync(path)) throw new MendError('not-found', 'That backup file is no longer there.');
  let db: DatabaseSync;
  let header: StoredHeader | undefined;
  let rows: RecordRow[];
  try {
    db = new DatabaseSync(path, { readOnly: true });
    header = db.prepare('SELECT body, checksum FROM header WHERE id = 1').get() as StoredHeader | undefined;
    rows = db.prepare('SELECT id, sort_key, nonce, ciphertext FROM records').all() as unknown as RecordRow[];
  } catch {
    throw notAWorkbook();
  }
  try {
    const body = parseHeader(header);
    const dataKey = await getKey(body);
    const entryIds: string[] = [];
    const damagedIds: string[] = [];
    for (const row of rows) (decodeRecord(dataKey, body.vaultId, row) ? entryIds : damagedIds).push(row.id);
    return { vaultId: body.vaultId, dataKey, entryIds, damagedIds };
  } finally {
    db.close();
  }
}
