// Noticing an older copy of the whole workbook put in place of the newer one.
// Every record is authenticated, so an older file opens cleanly: it is simply
// missing what was written since. So the workbook keeps a generation, a number
// that only goes up (sealed under the shared key, in the settings table), and
// this computer keeps the highest generation it has seen of each workbook
// (seen-generations.ts). A file whose generation is below what was last seen
// here is older than the one last opened here: the unlock report says so, and
// nothing is decided for the user (they keep this copy, or restore a backup).
//
// The generation goes up when a workbook that was changed locks, never while
// opening: opening writes nothing to a file it may report as damaged or older.
// A restore or an imported file was chosen on purpose, so it is accepted as it is.
import type { DatabaseSync } from 'node:sqlite';
import { z } from '../../../shared/zod.ts';
import { readSealed, writeSealed } from '../settings/sealed-settings.ts';

const SETTING = 'generation';
const Generation = z.number().int().nonnegative();

/** The highest generation of each workbook seen on this computer, kept outside the workbook file. */
export interface SeenGenerations {
  read(vaultId: string): number | undefined;
  write(vaultId: string, generation: number): void;
}

export interface GuardedWorkbook {
  db: DatabaseSync;
  vaultId: string;
  /**
   * Sealed under the shared key, which both partners hold, so either partner's opening sees the
   * other's changes. A first-format workbook has no shared key: its one key serves until it gains one.
   */
  sealKey: Buffer;
  /** The keys to read it with: the seal key, then the private key (for a workbook that has just gained a shared key). */
  readKeys: readonly Buffer[];
}

function fileGeneration(w: GuardedWorkbook): number {
  for (const key of w.readKeys) {
    const value = readSealed({ db: w.db, vaultId: w.vaultId }, key, SETTING, Generation);
    if (value !== null) return value;
  }
  return 0;
}

/** Whether the opened file is older than the newest this computer has seen of it. Reads only. */
export function isOlderThanSeen(w: GuardedWorkbook, seen: SeenGenerations): boolean {
  const last = seen.read(w.vaultId);
  return last !== undefined && fileGeneration(w) < last;
}

/**
 * Takes the opened file as the newest: after a restore, an import, or when the user keeps an
 * older copy knowingly. Its generation moves past anything seen, so the next opening is calm.
 */
export function acceptAsNewest(w: GuardedWorkbook, seen: SeenGenerations): void {
  const next = Math.max(fileGeneration(w), seen.read(w.vaultId) ?? 0);
  writeSealed({ db: w.db, vaultId: w.vaultId }, w.sealKey, SETTING, next);
  seen.write(w.vaultId, next);
}

/**
 * Before a changed workbook closes: one generation more, in the file first, then on this
 * computer, so a failure between the two can only make the computer's number lag (never a false
 * alarm). A full disk loses nothing: the number stays and goes up at the next lock.
 */
export function advanceOnLock(w: GuardedWorkbook, seen: SeenGenerations): void {
  const current = fileGeneration(w);
  const last = seen.read(w.vaultId);
  if (last !== undefined && current < last) return; // An older copy kept open without an answer stays older: the question comes back.
  const next = current + 1;
  try {
    writeSealed({ db: w.db, vaultId: w.vaultId }, w.sealKey, SETTING, next);
  } catch {
    return;
  }
  seen.write(w.vaultId, next);
}

/** Rows written on this connection since it opened (SQLite's own count). */
export function changedSinceOpen(db: DatabaseSync): boolean {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n > 0;
}
