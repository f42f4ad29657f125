// The workbook file: one SQLite database (node:sqlite, no native addon) in WAL
// mode with synchronous=FULL, so an acknowledged save survives a crash or power cut.
// Tables: `header` (one row, see header.ts), `records` (encrypted entries and,
// in a workbook for two, filler rows) and `settings` (encrypted profile and names).
import { existsSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import type { StoredHeader } from './header.ts';

export const WORKBOOK_FILE = 'workbook.mend';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS header (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    body TEXT NOT NULL,
    checksum TEXT NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY,
    sort_key INTEGER NOT NULL,
    tag BLOB,
    nonce BLOB NOT NULL,
    ciphertext BLOB NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS records_by_sort_key ON records (sort_key);
  CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    nonce BLOB NOT NULL,
    ciphertext BLOB NOT NULL
  ) STRICT;
`;

/** Per-connection settings only: they never write to the file, so opening a damaged file leaves it as it was. */
function configure(db: DatabaseSync): void {
  db.exec('PRAGMA synchronous = FULL; PRAGMA busy_timeout = 2000;');
}

/** Creates a new, empty workbook database holding only its header. */
export function createDatabase(path: string, header: StoredHeader): DatabaseSync {
  const db = new DatabaseSync(path);
  // WAL is a property of the file: set once here, it holds for every later connection.
  db.exec('PRAGMA journal_mode = WAL;');
  configure(db);
  db.exec(SCHEMA);
  db.prepare('INSERT INTO header (id, body, checksum) VALUES (1, ?, ?)').run(header.body, header.checksum);
  return db;
}

/** Opens an existing workbook; anything that is not a readable workbook is reported as damage. */
export function openDatabase(path: string): { db: DatabaseSync; header: StoredHeader | undefined } {
  if (!existsSync(path)) throw new MendError('no-workbook', 'There is no workbook here yet.');
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(path);
    configure(db);
    const header = db.prepare('SELECT body, checksum FROM header WHERE id = 1').get() as StoredHeader | undefined;
    db.prepare('SELECT count(*) FROM records').get();
    return { db, header };
  } catch (err) {
    db?.close();
    // A full disk or a read-only folder keeps SQLite from opening an intact file: say so, not "damaged".
    switch (storageProblem(err, dirname(path))) {
      case 'disk-full':
        throw new MendError('disk-full', 'The disk is full, so Mend cannot open your workbook right now. It is not damaged: free some space and unlock again.');
      case 'read-only':
        throw new MendError('read-only', 'Mend may not write in the folder where your workbook is kept, so it cannot open it. The file is not damaged: make the folder writable and unlock again.');
      default:
        throw new MendError('damaged-file', 'This workbook file is damaged and cannot be opened. Nothing has been changed on disk.');
    }
  }
}

/** Brings an opened workbook's tables up to date; run only once the header has proved it is ours. */
export function ensureSchema(db: DatabaseSync): void {
  // A restored copy (see snapshot.ts) arrives in rollback-journal mode: put it back in WAL.
  db.exec('PRAGMA journal_mode = WAL;');
  db.exec(SCHEMA);
  // Workbooks made before rows carried tags (see journal/record-keys.ts) gain the column, empty.
  const columns = db.prepare('PRAGMA table_info(records)').all() as { name: string }[];
  if (!columns.some((c) => c.name === 'tag')) db.exec('ALTER TABLE records ADD COLUMN tag BLOB');
}

export function replaceHeader(db: DatabaseSync, header: StoredHeader): void {
  db.prepare('UPDATE header SET body = ?, checksum = ? WHERE id = 1').run(header.body, header.checksum);
}

/**
 * What a storage error means for the user: the disk is full, or Mend may not
 * write where its data lives. node:sqlite reports extended result codes (e.g.
 * 1544, SQLITE_READONLY_DIRECTORY), so the primary code is the low byte.
 */
export function storageProblem(err: unknown, folder?: string): 'disk-full' | 'read-only' | null {
  const errcode = (err as { errcode?: unknown }).errcode;
  const primary = typeof errcode === 'number' ? errcode & 0xff : undefined;
  const errno = (err as NodeJS.ErrnoException).code;
  if (primary === 13 || errno === 'ENOSPC') return 'disk-full'; // SQLITE_FULL
  if (primary === 8 || errno === 'EROFS' || errno === 'EACCES' || errno === 'EPERM') return 'read-only'; // SQLITE_READONLY
  // SQLITE_IOERR has many causes; on a full disk (e.g. the -shm file cannot grow) it is the one to name.
  if (primary === 10 && folder && hasNoFreeSpace(folder)) return 'disk-full';
  return null;
}

/** Less free space than one SQLite page plus its shared-memory block. */
function hasNoFreeSpace(folder: string): boolean {
  try {
    const stats = statfsSync(folder);
    return stats.bavail * stats.bsize < 64 * 1024;
  } catch {
    return false;
  }
}

/** A failed write becomes a message the user can act on; anything else is rethrown as it is. */
export function rethrowStorageError(err: unknown): never {
  switch (storageProblem(err)) {
    case 'disk-full':
      throw new MendError('disk-full', 'The disk is full, so this could not be saved. Your earlier text is still on screen; free some space and it will save.');
    case 'read-only':
      throw new MendError('read-only', 'Mend may not write to its workbook file (it is read-only), so this was not saved. Your earlier text is still on screen.');
    default:
      throw err;
  }
}
