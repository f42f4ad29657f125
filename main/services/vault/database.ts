// The workbook file: one SQLite database (node:sqlite, no native addon) in WAL
// mode with synchronous=FULL, so an acknowledged save survives a crash or power cut.
// Tables: `header` (one row, see header.ts), `records` (encrypted entries and,
// in a workbook for two, filler rows) and `settings` (encrypted profile and names).
import { existsSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import { parseHeader } from './header.ts';
import type { HeaderBody, StoredHeader } from './header.ts';
import { assertMendSchema, schemaAllowlist } from './schema-check.ts';
import type { SchemaAllowlist } from './schema-check.ts';

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

/**
 * Exactly the tables and indexes SCHEMA makes, and their earlier forms: nothing else may be in a workbook.
 * Built at the first opening, not when this module loads (main's start and the record worker's).
 */
let allowedSchema: SchemaAllowlist | undefined;

/**
 * Opens a connection with SQLite's hardening on. Defensive mode forbids the
 * statements that can corrupt a file on purpose (writable_schema and the like);
 * trusted_schema=OFF keeps anything stored in a file from calling functions with
 * side effects. Both come before the schema check, which refuses triggers and
 * views outright. a node:sqlite without the defensive switch leaves it off;
 * the other checks still hold.
 */
export function openConnection(path: string, options: { readOnly?: boolean } = {}): DatabaseSync {
  const db = new DatabaseSync(path, { ...options, defensive: true });
  // An older node:sqlite ignores the option above; where it has the method, this is the same switch.
  (db as Partial<Pick<DatabaseSync, 'enableDefensive'>>).enableDefensive?.(true);
  db.exec('PRAGMA trusted_schema = OFF;');
  return db;
}

/**
 * Per-connection settings only: they never write to the file, so opening a damaged file leaves it as it was.
 * secure_delete zeroes what a delete or an overwrite frees, so no old ciphertext stays readable in free pages.
 */
export function configure(db: DatabaseSync): void {
  db.exec('PRAGMA synchronous = FULL; PRAGMA busy_timeout = 2000; PRAGMA secure_delete = ON;');
}

/** Refuses a file whose schema is not exactly Mend's own (see schema-check.ts), before anything is read from it. */
export function assertWorkbookSchema(db: DatabaseSync): void {
  assertMendSchema(db, (allowedSchema ??= schemaAllowlist(SCHEMA)));
}

/** Creates a new, empty workbook database holding only its header. */
export function createDatabase(path: string, header: StoredHeader): DatabaseSync {
  const db = openConnection(path);
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
    db = openConnection(path);
    configure(db);
    assertWorkbookSchema(db);
    const header = storedHeaderOf(db);
    db.prepare('SELECT count(*) FROM records').get();
    return { db, header };
  } catch (err) {
    db?.close();
    if (err instanceof MendError) throw err;
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

/**
 * Closes the workbook after moving everything in the write-ahead log into the file and cutting
 * the log to nothing, so no frame of an older page outlives the lock. A failure here (a full disk)
 * loses nothing: the log stays and SQLite replays it at the next opening.
 */
export function checkpointAndClose(db: DatabaseSync): void {
  try {
    if (db.isOpen) db.exec('PRAGMA wal_checkpoint(TRUNCATE);');
  } catch {
    // The log is kept; see above.
  } finally {
    if (db.isOpen) db.close();
  }
}

/** Moves the write-ahead log into the file and cuts it to nothing, keeping the connection open (after a key rotation). */
export function checkpointAndFold(db: DatabaseSync): void {
  try {
    db.exec('PRAGMA wal_checkpoint(TRUNCATE);');
  } catch {
    // A reader holds the log (or the disk is full): it is folded in at the next checkpoint or close.
  }
}

/** The header row as stored (undefined in a file without one); the one place it is read. */
export const storedHeaderOf = (db: DatabaseSync) => db.prepare('SELECT body, checksum FROM header WHERE id = 1').get() as StoredHeader | undefined;

/** The header of an open workbook or copy, parsed (a damaged or missing one throws, see header.ts). */
export const readHeader = (db: DatabaseSync): HeaderBody => parseHeader(storedHeaderOf(db));

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
