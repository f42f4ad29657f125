// A consistent copy of a workbook file, for backups and exports, made with
// SQLite's online backup (node:sqlite's backup()): it copies pages in steps on
// libuv's thread pool, so main's event loop is not held while a large workbook
// is copied (VACUUM INTO, one statement, held it for over a second at 100,000
// entries). It reads through a connection of its own, so the workbook stays
// usable meanwhile: a save during the copy makes SQLite start the copy again.
import { rmSync } from 'node:fs';
import { backup, DatabaseSync } from 'node:sqlite';
import { rethrowStorageError } from './database.ts';

/** Pages per step: a step takes a few milliseconds, and steps in between let saves through. */
const PAGES_PER_STEP = 1000;

export async function snapshotDatabase(source: string, destination: string): Promise<void> {
  const reader = new DatabaseSync(source, { readOnly: true });
  try {
    await backup(reader, destination, { rate: PAGES_PER_STEP });
  } finally {
    reader.close();
  }
  // The copy comes out in WAL mode, like its source; a copy that is kept or carried away is one
  // file in rollback-journal mode, as VACUUM INTO made it (and ensureSchema puts WAL back on restore).
  const copy = new DatabaseSync(destination);
  try {
    copy.exec('PRAGMA journal_mode = DELETE;');
  } finally {
    copy.close();
  }
}

/** A snapshot that fails (a full disk) leaves no partial file behind, and says what went wrong in the user's words. */
export async function snapshotOrNothing(source: string, destination: string): Promise<void> {
  try {
    await snapshotDatabase(source, destination);
  } catch (err) {
    rmSync(destination, { force: true });
    rethrowStorageError(err);
  }
}
