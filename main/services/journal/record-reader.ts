// Reads a workbook's records one at a time, for a loader that decrypts them a
// slice at a time. In one pass over the table when the file is whole; when
// SQLite cannot read the table through (a damaged page, a truncated file), the
// records not read yet are read each on its own, so damage costs only the
// records on the damaged pages, which come out as unreadable.
import type { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import { sortKeyDay } from './record-codec.ts';
import type { RecordRow } from './record-codec.ts';

/**
 * A record that could not be read or decrypted, or (`tampered`) a shared one whose signatures do
 * not verify: reported by id and day (null when hidden), never deleted.
 */
export type Damaged = {
  id: string;
  day: string | null;
  tampered?: true;
  /** Found by the manifest (journal/manifest-check.ts); absent for a row that does not open. */
  kind?: 'missing' | 'older' | 'unknown' | 'altered';
  /** The entry's exercise, when the manifest names it. */
  exerciseId?: string;
};

export type ReadRecord = { row: RecordRow; unreadable?: undefined } | { row?: undefined; unreadable: Damaged };

/** Copies made before rows carried tags have no tag column; the journal's own file gains it at unlock. */
function selectRecords(db: DatabaseSync): string {
  const columns = db.prepare('PRAGMA table_info(records)').all() as { name: string }[];
  return `SELECT id, sort_key, ${columns.some((c) => c.name === 'tag') ? 'tag' : 'NULL AS tag'}, nonce, ciphertext FROM records`;
}

const damagedFile = () =>
  new MendError('damaged-file', 'Part of this workbook file is damaged and its entries cannot be listed. Nothing has been changed on disk; a backup can be restored.');

/** Records by rowid, both ends included: a part of the table, for reading it in two threads at once. */
export interface RowRange {
  from: number;
  to: number;
}

const inRange = (range: RowRange | undefined) => (range ? ' WHERE rowid BETWEEN ? AND ?' : '');
const rangeArgs = (range: RowRange | undefined) => (range ? [range.from, range.to] : []);

/** How many records there are (answered from an index): the total a progress report counts to. */
export function countRecords(db: DatabaseSync): number {
  try {
    return (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
  } catch {
    throw damagedFile();
  }
}

export interface ReadOptions {
  /** `false` lets SQLite's error through instead (a copy being checked is then simply refused). */
  rowByRow?: boolean;
  range?: RowRange;
}

export function* readRecords(db: DatabaseSync, { rowByRow = true, range }: ReadOptions = {}): Generator<ReadRecord> {
  // Ids already handed out: only looked at if the table cannot be read through.
  const read: string[] = [];
  let select: string;
  try {
    select = selectRecords(db);
  } catch {
    throw damagedFile();
  }
  try {
    for (const row of db.prepare(`${select}${inRange(range)}`).iterate(...rangeArgs(range)) as Iterable<RecordRow>) {
      read.push(row.id);
      yield { row };
    }
    return;
  } catch (err) {
    if (!rowByRow) throw err;
  }
  let keys: { id: string; sort_key: number }[];
  let one: ReturnType<DatabaseSync['prepare']>;
  try {
    keys = db.prepare(`SELECT id, sort_key FROM records${inRange(range)}`).all(...rangeArgs(range)) as { id: string; sort_key: number }[];
    // Preparing fails too when the damage is in the table's own definition.
    one = db.prepare(`${select} WHERE id = ?`);
  } catch {
    throw damagedFile();
  }
  const done = new Set(read);
  for (const key of keys) {
    if (done.has(key.id)) continue;
    let row: RecordRow | undefined;
    try {
      row = one.get(key.id) as RecordRow | undefined;
    } catch {
      row = undefined;
    }
    yield row ? { row } : { unreadable: { id: key.id, day: sortKeyDay(key.sort_key) } };
  }
}
