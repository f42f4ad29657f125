// After a key rotation no file in the data folder may open with the retired
// passphrase or hold rows only a retired key opens. Each backup of this
// workbook is therefore sealed again: copied under a temporary name, given the
// live header (so its old slots go), its rows and settings sealed under the new
// keys as the workbook's were (vault/reseal-in-slices.ts), checked (no row
// left under a retiring key), and only then renamed
// over the old file, which so stays whole until the new one is. A kill leaves
// either file as it was and a temporary one, cleared the next time; the
// rotation is not finished until every backup is done (vault/key-rotation.ts).
// The backups keep their dates and their place in the rotation of seven.
import { randomUUID } from 'node:crypto';
import { readdirSync, renameSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../journal/private-slots.ts';
import { MendError } from '../../../shared/contract/result.ts';
import { openConnection, replaceHeader, storageProblem, storedHeaderOf } from '../vault/database.ts';
import { parseHeader } from '../vault/header.ts';
import type { StoredHeader } from '../vault/header.ts';
import type { MemberKeys } from '../vault/member-keys.ts';
import { resealRecords, resealSettings, rowsUnderRetiringKeys } from '../vault/reseal-in-slices.ts';
import type { KeyMove, ResealOptions } from '../vault/reseal-in-slices.ts';
import { resealOffThread } from '../vault/reseal-off-thread.ts';
import { BACKUP_NAME } from './backup-store.ts';

const TEMP = /^\.resealing-.*\.mend(-journal|-wal|-shm)?$/;

export interface LiveWorkbookKeys {
  db: DatabaseSync;
  vaultId: string;
  keys: MemberKeys;
}

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export interface ResealBackupsOptions {
  checkpoint?: () => void;
  /** The helper thread that seals a copy's rows (vault/reseal-off-thread.ts); without it, main does. */
  helper?: URL | null;
}

/** Seals every backup of this workbook in `dir` again with the moves of a rotation. */
export async function resealBackups(dir: string, live: LiveWorkbookKeys, moves: readonly KeyMove[], { checkpoint, helper = null }: ResealBackupsOptions = {}): Promise<void> {
  for (const stray of filesIn(dir).filter((n) => TEMP.test(n))) await rm(join(dir, stray), { force: true });
  if (moves.length === 0) return;
  const liveHeader = storedHeaderOf(live.db)!;
  for (const name of filesIn(dir).filter((n) => BACKUP_NAME.test(n))) {
    checkpoint?.();
    const path = join(dir, name);
    try {
      await resealOne(path, join(dir, `.resealing-${randomUUID()}.mend`), live.vaultId, liveHeader, moves, { ...(checkpoint ? { checkpoint } : {}), helper });
    } catch (err) {
      // A full disk or a lock: tried again at the next unlock. A backup too damaged to be sealed again would keep
      // the old passphrase for good: it goes (the workbook and the other backups hold what it held, or it was lost already).
      if (storageProblem(err, dir) || err instanceof MendError) throw err;
      await rm(path, { force: true });
    }
  }
}

/** A copy about to be put in place of the workbook (an imported file) sealed again in place; it is a temporary copy already. */
export async function resealCopy(path: string, vaultId: string, moves: readonly KeyMove[]): Promise<void> {
  if (moves.length === 0) return;
  const copy = openConnection(path);
  try {
    await resealRecords(copy, vaultId, moves);
    inTransaction(copy, () => resealSettings(copy, vaultId, moves));
  } finally {
    copy.close();
  }
}

/**
 * A backup's copy, open on `copy`, sealed again: its rows and settings, and the live header in place of its own.
 * Answers true once no row is left under a retiring key. Runs on the helper thread (vault/reseal-worker.ts) or here.
 */
export async function resealBackupCopy(copy: DatabaseSync, vaultId: string, liveHeader: StoredHeader, moves: readonly KeyMove[], options: Pick<ResealOptions, 'checkpoint' | 'onProgress'> = {}): Promise<boolean> {
  await resealRecords(copy, vaultId, moves, options);
  inTransaction(copy, () => {
    replaceHeader(copy, liveHeader);
    resealSettings(copy, vaultId, moves);
  });
  // Its structure was checked when it was made (and quick_check holds the loop ~100 ms at 10k); what this changed is checked here.
  return (await rowsUnderRetiringKeys(copy, moves)) === 0;
}

async function resealOne(path: string, temp: string, vaultId: string, liveHeader: StoredHeader, moves: readonly KeyMove[], { checkpoint, helper = null }: ResealBackupsOptions): Promise<void> {
  try {
    await copyFile(path, temp);
    const copy = openConnection(temp);
    try {
      copy.exec('PRAGMA secure_delete = ON;');
      let header;
      try {
        header = parseHeader(storedHeaderOf(copy));
      } catch {
        return; // Not readable as a workbook: nothing of ours to seal again (restoring it is refused anyway).
      }
      // Another workbook's backup (from before an import) is not this one's to change.
      if (header.vaultId !== vaultId) return;
      const progress = checkpoint ? { checkpoint } : {};
      // On the helper thread where it can (its commits' fsyncs held main's loop), else here.
      const sealed = await resealOffThread({ path: temp, vaultId, moves, liveHeader }, { ...progress, helper }, () => resealBackupCopy(copy, vaultId, liveHeader, moves, progress));
      if (sealed !== true) throw new Error('a re-sealed backup did not check out');
    } finally {
      copy.close();
    }
    checkpoint?.();
    renameSync(temp, path);
  } finally {
    for (const side of ['', '-journal', '-wal', '-shm']) await rm(`${temp}${side}`, { force: true });
  }
}
