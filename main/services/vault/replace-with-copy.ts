// A restore or an import: a verified copy put in place of the workbook file and
// opened with keys already held. The caller has already kept a backup of the
// current state. The copy is copied, never moved, so the backup it came from
// stays as it was. A copy of this workbook is readied first (restore-copy.ts):
// in a workbook for two, one partner alone gets back only their own rows; in a
// together session, the whole copy.
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import { MendError } from '../../../shared/contract/result.ts';
import type { Journal } from '../journal/journal.ts';
import { openDatabase } from './database.ts';
import { parseHeader, slotOfKeys } from './header.ts';
import type { HeaderBody } from './header.ts';
import { copyKeys, wipeKeys } from './member-keys.ts';
import type { MemberKeys } from './member-keys.ts';
import { readyCopy } from './restore-copy.ts';
import type { RestorePlan } from './restore-copy.ts';
import type { UnlockedWorkbook } from './unlocked-workbook.ts';

/** What of the vault a replacement works on; the vault's own serial queue has already started it. */
export interface ReplaceTarget {
  /** The workbook file. */
  path: string;
  /** The workbook as it is open now, if it is. */
  live: UnlockedWorkbook | null;
  /** Locks and closes the live workbook (its WAL folded in). */
  close(): void;
  /** Opens the workbook on `db` with `keys`, as an unlock does. */
  /** `acceptRows`: the copy's rows are listed in its manifests as they are (journal/space-manifests.ts). */
  adopt(db: DatabaseSync, header: HeaderBody, keys: MemberKeys, checkpoint: () => void, acceptRows?: boolean): Promise<{ journal: Journal }>;
  /** Whether the vault has a workbook open now (after a failed adopt, the database is closed only if not). */
  isOpen(): boolean;
  /** Records the copy, once open, as the newest seen on this computer (rollback-guard.ts). */
  acceptAsNewest(): void;
  /** Throws once the workbook was locked since the replacement began. */
  checkpoint: () => void;
}

/** Puts the copy at `copyPath` in place of the workbook and opens it with `held` (a copy of the caller's keys, taken or wiped here). */
export async function replaceWithCopy(target: ReplaceTarget, copyPath: string, held: MemberKeys, copyVaultId?: string): Promise<UnlockReport> {
  const { path } = target;
  const temp = `${path}.restoring`;
  mkdirSync(dirname(path), { recursive: true });
  // Synchronous on purpose: no save can slip in between this copy and the close below.
  copyFileSync(copyPath, temp);
  const live = target.live;
  const plan: RestorePlan | null =
    live && (copyVaultId ?? live.header.vaultId) === live.header.vaultId
      ? { keys: copyKeys(live.keys), header: live.header, verifiers: live.identities.verifiers, onlyOwn: live.header.members.length === 2 && !live.together.active }
      : null;
  if (plan) {
    wipeKeys(held);
    held = copyKeys(plan.keys);
  }
  // Closed first: the live file is then whole (its WAL folded in) and nothing more is saved to it.
  target.close();
  try {
    if (plan) await readyCopy(temp, path, plan);
  } catch (err) {
    // The live file was not touched: it opens again as it was.
    rmSync(temp, { force: true });
    await reopen(target, held).catch(() => wipeKeys(held));
    throw err;
  } finally {
    if (plan) wipeKeys(plan.keys);
  }
  // A clean close folds the WAL into the file; any leftover WAL must not be applied to the copy.
  for (const side of ['-wal', '-shm']) rmSync(`${path}${side}`, { force: true });
  renameSync(temp, path);
  // Chosen on purpose (a restore, or a file from elsewhere): its rows are listed as they are, and it is the newest seen here.
  const { journal } = await reopen(target, held, true);
  target.acceptAsNewest();
  return journal.report;
}

/** Opens the workbook file with `keys` already held (after a restore, or when one failed). */
async function reopen(target: ReplaceTarget, keys: MemberKeys, acceptRows = false): Promise<{ journal: Journal }> {
  const { db, header } = openDatabase(target.path);
  try {
    const body = parseHeader(header);
    if (!slotOfKeys(body, keys)) throw new MendError('damaged-file', 'The restored copy could not be opened.');
    return await target.adopt(db, body, keys, target.checkpoint, acceptRows);
  } catch (err) {
    if (!target.isOpen()) db.close();
    throw err;
  }
}
