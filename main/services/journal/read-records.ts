// Reading the records table at unlock, robust to damage: all rows in one read
// when the file is whole; when SQLite cannot read the table through (a damaged
// page, a truncated file), each record is read on its own, so damage costs only
// the records on the damaged pages.
import type { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import { sortKeyDay } from './record-codec.ts';
import type { RecordRow } from './record-codec.ts';

/** A record that could not be read: its id, and its day unless the day is hidden (a private row in a workbook for two). */
export type Damaged = { id: string; day: string | null };

const SELECT_RECORDS = 'SELECT id, sort_key, tag, nonce, ciphertext FROM records';

export function readRecords(db: DatabaseSync): { rows: RecordRow[]; unreadable: Damaged[] } {
  try {
    return { rows: db.prepare(SELECT_RECORDS).all() as unknown as RecordRow[], unreadable: [] };
  } catch {
    let keys: { id: string; sort_key: number }[];
    let one: ReturnType<DatabaseSync['prepare']>;
    try {
      keys = db.prepare('SELECT id, sort_key FROM records').all() as { id: string; sort_key: number }[];
      // Preparing fails too when the damage is in the table's own definition.
      one = db.prepare(`${SELECT_RECORDS} WHERE id = ?`);
    } catch {
      throw new MendError('damaged-file', 'Part of this workbook file is damaged and its entries cannot be listed. Nothing has been changed on disk; a backup can be restored.');
    }
    const rows: RecordRow[] = [];
    const unreadable: Damaged[] = [];
    for (const key of keys) {
      try {
        const row = one.get(key.id) as RecordRow | undefined;
        if (row) rows.push(row);
        else unreadable.push({ id: key.id, day: sortKeyDay(key.sort_key) });
      } catch {
        unreadable.push({ id: key.id, day: sortKeyDay(key.sort_key) });
      }
    }
    return { rows, unreadable };
  }
}
