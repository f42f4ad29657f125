// Reads a copy of a workbook (a backup, or a file brought from another
// computer) without changing it: read-only, and every record is decrypted to
// prove the copy is whole before anything relies on it.
import { createSecretKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import { recordDecoder } from '../journal/record-codec.ts';
import { loadRecords } from '../journal/record-loader.ts';
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
 * The records are decrypted a slice at a time, as at unlock, so checking a backup
 * of a large workbook does not hold main's event loop.
 */
export async function inspectWorkbookCopy(path: string, getKey: (body: HeaderBody) => Promise<Buffer> | Buffer): Promise<CopyInspection> {
  if (!existsSync(path)) throw new MendError('not-found', 'That backup file is no longer there.');
  let db: DatabaseSync;
  let header: StoredHeader | undefined;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    header = db.prepare('SELECT body, checksum FROM header WHERE id = 1').get() as StoredHeader | undefined;
    db.prepare('SELECT count(*) FROM records').get();
  } catch {
    throw notAWorkbook();
  }
  try {
    const body = parseHeader(header);
    const dataKey = await getKey(body);
    // A table SQLite cannot read through makes the whole copy unusable, as before: no row-by-row rescue here.
    // Only the ids are kept: the entries themselves are not needed, and kept they would cost memory and time.
    const entryIds: string[] = [];
    const loaded = await loadRecords(db, { decode: recordDecoder(createSecretKey(dataKey), body.vaultId), rowByRow: false, keep: (entry) => entryIds.push(entry.id) }).catch(() => {
      throw notAWorkbook();
    });
    return { vaultId: body.vaultId, dataKey, entryIds, damagedIds: loaded.damaged.map((d) => d.id) };
  } finally {
    db.close();
  }
}
