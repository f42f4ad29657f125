// Removing a deleted entry from the backups in Mend's folder, at the user's
// word (the delete confirmation offers it). Each backup that holds the entry is
// changed exactly as the live workbook's delete changed the workbook
// (journal.ts): in a workbook for two a private row becomes a filler of the same
// size (the space's size says nothing of deletions); otherwise the row goes. The
// manifest of its space loses the entry in the same transaction, so the backup
// still holds together and opens with nothing reported missing. Then VACUUM, with
// secure_delete on, rebuilds the file so no free page keeps the old ciphertext.
//
// Crash-safe: the work is done on a copy under a temporary name, with its journal
// in memory and VACUUM's temporary database in memory (no side file ever holds the
// old pages), checked (every record opens, the manifests hold together and no
// longer list it, the old ciphertext is in none of its bytes), flushed, and only
// then renamed over the backup. A kill leaves each backup whole, as it was or as
// it is after; a stray copy (which holds the entry) is removed before the next
// removal and after every unlock (BackupStore.createIfDue).
//
// Backups keep their names (their dates) and their place in the rotation.
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readSync, renameSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { SpaceManifest } from '../journal/manifest.ts';
import type { SpaceName } from '../journal/record-codec.ts';
import { dropEntryRow, inTransaction } from '../journal/private-slots.ts';
import { openConnection, storageProblem } from '../vault/database.ts';
import { inspectWorkbookCopy } from '../vault/workbook-copy.ts';
import { wipeKeys } from '../vault/member-keys.ts';
import { BACKUP_NAME } from './backup-store.ts';
import { copyHoldsEntry, openCopyKeys, ownEntryIn } from './entry-in-copy.ts';
import type { CopyReader, HeldEntry, OpenedCopy } from './entry-in-copy.ts';

const TEMP = /^\.removing-.*\.mend(-journal|-wal|-shm)?$/;

export interface RemovalOutcome {
  /** Backups that held the entry and no longer do. */
  removed: number;
  /** Backups that held it and could not be changed (left exactly as they were). */
  failed: number;
}

export interface RemovalOptions {
  /** Called between backups; throws to stop (the workbook was locked). */
  checkpoint?: () => void;
  /** Called once a backup is changed and renamed into place (for the kill test's marks). */
  onRenamed?: (name: string) => void;
}

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Removes copies of a removal a kill interrupted: each holds a whole backup, the entry included. */
export async function clearStrayRemovals(dir: string): Promise<void> {
  for (const stray of filesIn(dir).filter((n) => TEMP.test(n))) await rm(join(dir, stray), { force: true });
}

/** Removes the unlocked partner's entry `id` from every backup in `dir` that holds it. */
export async function removeEntryFromBackups(dir: string, reader: CopyReader, id: string, { checkpoint, onRenamed }: RemovalOptions = {}): Promise<RemovalOutcome> {
  await clearStrayRemovals(dir);
  const outcome: RemovalOutcome = { removed: 0, failed: 0 };
  for (const name of filesIn(dir).filter((n) => BACKUP_NAME.test(n))) {
    checkpoint?.();
    const path = join(dir, name);
    if (!copyHoldsEntry(path, reader, id)) continue;
    try {
      await removeFromOne(path, join(dir, `.removing-${randomUUID()}.mend`), reader, id);
      outcome.removed += 1;
      onRenamed?.(name);
    } catch (err) {
      if (storageProblem(err, dir)) throw err;
      outcome.failed += 1;
    }
  }
  return outcome;
}

async function removeFromOne(path: string, temp: string, reader: CopyReader, id: string): Promise<void> {
  try {
    await copyFile(path, temp);
    const db = openConnection(temp);
    let held: HeldEntry;
    let removed: Removed;
    try {
      // No rollback journal on disk (it would hold the old pages) and VACUUM's temporary copy in memory.
      db.exec('PRAGMA journal_mode = MEMORY; PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;');
      const copy = openCopyKeys(db, reader);
      if (!copy) throw new Error('the backup no longer opens');
      try {
        const found = ownEntryIn(db, copy, reader, id);
        if (!found) throw new Error('the backup no longer holds the entry');
        held = found;
        removed = removeRow(db, copy, reader, held, id);
      } finally {
        wipeKeys(copy.keys);
      }
      db.exec('VACUUM');
    } finally {
      db.close();
    }
    await checkRemoved(path, temp, reader, id, held, removed);
    flush(temp);
    // Rotated away meanwhile: it is not put back.
    if (!existsSync(path)) return;
    renameSync(temp, path);
  } finally {
    for (const side of ['', '-journal', '-wal', '-shm']) await rm(`${temp}${side}`, { force: true });
  }
}

const manifestName = (space: SpaceName, reader: CopyReader) => (space === 'shared' ? 'shared' : reader.memberId);

/** What a removal did: the spaces whose manifest listed the entry, and whether its row stays as a filler. */
interface Removed {
  listedIn: SpaceName[];
  asFiller: boolean;
}

/** The delete, as journal.ts makes it, in one transaction with the manifests that list the entry. */
function removeRow(db: DatabaseSync, copy: OpenedCopy, reader: CopyReader, held: HeldEntry, id: string): Removed {
  const { body, forTwo, recordKeys } = copy;
  const spaces: [SpaceName, typeof recordKeys.mine][] = [['mine', recordKeys.mine], ...(recordKeys.shared ? [['shared', recordKeys.shared] as [SpaceName, typeof recordKeys.mine]] : [])];
  const inSpace = forTwo && held.space === 'mine' ? { space: recordKeys.mine, ciphertextLength: held.row.ciphertext.length } : null;
  return inTransaction(db, () => {
    const asFiller = dropEntryRow(db, body.vaultId, id, inSpace);
    const listed: SpaceName[] = [];
    for (const [space, key] of spaces) {
      // A manifest that does not hold together (or none, before format 5) is left as it is, as saves leave it.
      const read = SpaceManifest.read(db, body.vaultId, key.key, manifestName(space, reader));
      if (read.kind !== 'ok' || !read.manifest.get(id)) continue;
      read.manifest.prepare([{ id, item: null }]).write(db, body.vaultId, key.key);
      listed.push(space);
    }
    return { listedIn: listed, asFiller };
  });
}

/**
 * The changed copy is whole: its structure sound and every record open (as a backup's check), no damage the
 * backup did not have already, the entry gone from its records and from the manifests that listed it (which still
 * hold together), and the old ciphertext (and, for a row that went, its id) in none of the file's bytes.
 */
async function checkRemoved(original: string, temp: string, reader: CopyReader, id: string, held: HeldEntry, { listedIn, asFiller }: Removed): Promise<void> {
  const keysFor = (body: Parameters<CopyReader['keysFor']>[0]) => reader.keysFor(body);
  const inspected = await inspectWorkbookCopy(temp, keysFor, (body) => reader.verifiersFor(body));
  wipeKeys(inspected.keys);
  if (inspected.entryIds.includes(id)) throw new Error('the entry is still in the changed backup');
  if (inspected.damagedIds.length > 0) {
    const before = await inspectWorkbookCopy(original, keysFor, (body) => reader.verifiersFor(body));
    wipeKeys(before.keys);
    const known = new Set(before.damagedIds);
    if (inspected.damagedIds.some((d) => !known.has(d))) throw new Error('the changed backup did not read back correctly');
  }
  const db = openConnection(temp, { readOnly: true });
  try {
    const copy = openCopyKeys(db, reader);
    if (!copy) throw new Error('the changed backup does not open');
    try {
      for (const space of listedIn) {
        const key = space === 'shared' ? copy.recordKeys.shared?.key : copy.recordKeys.mine.key;
        const read = key ? SpaceManifest.read(db, copy.body.vaultId, key, manifestName(space, reader)) : null;
        if (read?.kind !== 'ok' || read.manifest.get(id)) throw new Error('the changed backup’s list of entries does not hold together');
      }
    } finally {
      wipeKeys(copy.keys);
    }
  } finally {
    db.close();
  }
  // A private row in a workbook for two keeps its id (a filler's now, as in the workbook); any other row's id goes too.
  const gone = [Buffer.from(held.row.ciphertext), ...(asFiller ? [] : [Buffer.from(id, 'utf8')])];
  if (fileContainsAny(temp, gone)) throw new Error('the old ciphertext is still in the changed backup');
}

/** Whether any of `needles` occurs in the file, read a megabyte at a time (a backup can be hundreds of megabytes). */
export function fileContainsAny(path: string, needles: readonly Buffer[]): boolean {
  const longest = Math.max(0, ...needles.map((n) => n.length));
  if (longest === 0) return false;
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let carry = Buffer.alloc(0);
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return false;
      const window = Buffer.concat([carry, chunk.subarray(0, read)]);
      if (needles.some((n) => n.length > 0 && window.includes(n))) return true;
      carry = window.subarray(Math.max(0, window.length - (longest - 1)));
    }
  } finally {
    closeSync(fd);
  }
}

/** The changed copy on disk before it takes the backup's name: a power cut after the rename must not find it half written. */
function flush(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
