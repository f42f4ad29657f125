// Automatic encrypted backups of the workbook: a consistent copy (SQLite's online backup)
// is written under a temporary name, verified by decrypting every record with
// the workbook's key, and only then named and counted; the oldest beyond
// `keep` are removed after that. Restoring (or opening a file in the workbook's
// place) keeps a backup of the present first, marked by its name
// (`…-before-restore.mend`, which says nothing of what it holds): it never counts
// towards `keep` and is never rotated away; only the user removes it.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MendError } from '../../../shared/contract/result.ts';
import type { BackupInfo, EntryCopies, EntryRemoval, UnlockReport } from '../../../shared/contract/channels.ts';
import type { Vault } from '../vault/vault.ts';
import { inspectWorkbookCopy } from '../vault/workbook-copy.ts';
import type { CopyInspection } from '../vault/workbook-copy.ts';
import { verifiersForCopy } from '../vault/restore-signatures.ts';
import { entryCopiesOf } from './entry-copies.ts';
import { copyHoldsEntry } from './entry-in-copy.ts';
import type { CopyReader } from './entry-in-copy.ts';
import { clearStrayRemovals, removeEntryFromBackups } from './remove-from-backups.ts';

/** A backup's file name: its time of making, a counter when two fall in the same millisecond, and whether a restore made it. */
export const BACKUP_NAME = /^backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?(-before-restore)?\.mend$/;
const BEFORE_RESTORE = '-before-restore';
export const DEFAULT_KEEP = 7;
const DAY_MS = 86_400_000;

export interface BackupStoreOptions {
  vault: Vault;
  dir: string;
  keep?: number;
  now?: () => Date;
}

const toIso = (stamp: string) => stamp.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');

export class BackupStore {
  readonly #vault: Vault;
  readonly #dir: string;
  readonly #keep: number;
  readonly #now: () => Date;

  constructor({ vault, dir, keep = DEFAULT_KEEP, now = () => new Date() }: BackupStoreOptions) {
    this.#vault = vault;
    this.#dir = dir;
    this.#keep = keep;
    this.#now = now;
  }

  /** Backups, newest first. */
  list(): BackupInfo[] {
    let names: string[];
    try {
      names = readdirSync(this.#dir);
    } catch {
      return [];
    }
    return names
      .map((name) => ({ name, m: BACKUP_NAME.exec(name) }))
      .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
      .map(({ name, m }) => ({ name, createdAt: toIso(m[1]!), bytes: statSync(join(this.#dir, name)).size, ...(m[3] ? { beforeRestore: true } : {}) }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  }

  /**
   * Makes, verifies and keeps a new backup; then removes the oldest beyond the limit. One made `beforeRestore`
   * is kept until the user removes it.
   */
  async create({ beforeRestore = false }: { beforeRestore?: boolean } = {}): Promise<BackupInfo> {
    mkdirSync(this.#dir, { recursive: true });
    const temp = join(this.#dir, `.incoming-${randomUUID()}.mend`);
    try {
      await this.#vault.snapshotTo(temp);
      const copy = await this.#inspect(temp);
      // Records already unreadable in the workbook are carried over as they are; any other damage fails the backup.
      const known = new Set(this.#vault.journal().damaged.map((d) => d.id));
      if (copy.damagedIds.some((id) => !known.has(id)) || !this.#sameOtherRows(copy)) {
        throw new MendError('damaged-file', 'The new backup did not read back correctly, so it was not kept. Your workbook is unchanged.');
      }
      const name = this.#freshName(beforeRestore ? BEFORE_RESTORE : '');
      renameSync(temp, join(this.#dir, name));
      await this.#rotate();
      return this.list().find((b) => b.name === name)!;
    } finally {
      await rm(temp, { force: true });
    }
  }

  /** Makes a backup when the newest is older than a day (or there is none). */
  async createIfDue(): Promise<BackupInfo | null> {
    // A removal a kill interrupted left a copy of a backup, the entry in it: gone before anything else.
    await clearStrayRemovals(this.#dir);
    const newest = this.list()[0];
    if (newest && this.#now().getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
    return this.create();
  }

  /** The newest backup in which the record reads correctly, for a record damaged in the workbook. */
  async newestHolding(recordId: string): Promise<BackupInfo | null> {
    for (const backup of this.list()) {
      const copy = await this.#inspect(this.#pathOf(backup.name)).catch(() => null);
      if (copy?.entryIds.includes(recordId)) return backup;
    }
    return null;
  }

  /** Where copies of the unlocked partner's entry remain in this folder, and for how long (entry-copies.ts). */
  entryCopies(id: string): EntryCopies {
    const reader = this.#reader();
    return entryCopiesOf(this.list(), (b) => copyHoldsEntry(this.#pathOf(b.name), reader, id), this.#keep);
  }

  /**
   * Removes an entry already deleted from the workbook from every backup here that holds it, as the delete did
   * (remove-from-backups.ts); only the unlocked partner's own. One vault operation at a time: never beside a key
   * rotation, which seals these same files again. Stopped between backups if the workbook is locked.
   */
  removeEntry(id: string): Promise<EntryRemoval> {
    return this.#vault.exclusive(async () => {
      const journal = this.#vault.journal();
      if (holdsEntry(journal, id)) throw new MendError('invalid-request', 'This entry is still in your workbook. Delete it there first; then it can be removed from the backups.');
      const checkpoint = () => {
        if (!this.#vault.isUnlocked || this.#vault.journal() !== journal) throw new MendError('locked', 'The workbook was locked before the entry was removed from every backup. The backups not reached yet are as they were.');
      };
      return removeEntryFromBackups(this.#dir, this.#reader(), id, { checkpoint });
    });
  }

  #reader(): CopyReader {
    const vault = this.#vault;
    const [first] = vault.memberIds();
    return {
      keysFor: (body) => vault.keysForCopiesOf(body),
      verifiersFor: (body) => verifiersForCopy(vault.verifiers(), body),
      memberId: vault.partners().me,
      firstMemberId: first!,
    };
  }

  /** Puts a backup in place of the workbook, after keeping a backup of how things are now. */
  async restore(name: string): Promise<UnlockReport> {
    const path = this.#pathOf(name);
    const copy = await this.#inspect(path);
    if (copy.damagedIds.length > 0) {
      throw new MendError('damaged-file', 'This backup is damaged too. Please choose another one.');
    }
    assertKeepsBothPartners(this.#vault, copy);
    await this.create({ beforeRestore: true });
    return this.#vault.replaceWithCopy(path, copy.keys);
  }

  /** A verified copy of the workbook, still encrypted, written to `destination`. */
  async exportTo(destination: string): Promise<void> {
    mkdirSync(this.#dir, { recursive: true });
    const temp = join(this.#dir, `.export-${randomUUID()}.mend`);
    try {
      await this.#vault.snapshotTo(temp);
      await this.#inspect(temp);
      // On the thread pool: a large workbook is hundreds of megabytes.
      await copyFile(temp, destination);
    } finally {
      await rm(temp, { force: true });
    }
  }

  #inspect(path: string): Promise<CopyInspection> {
    // A copy from before a partner's identity may hold their records unsigned; the restore puts back their signed form.
    return inspectWorkbookCopy(path, (body) => this.#vault.keysForCopiesOf(body), (body) => verifiersForCopy(this.#vault.verifiers(), body));
  }

  /**
   * The other partner's private rows cannot be opened with these keys; a new
   * backup must hold them exactly as the workbook does.
   */
  #sameOtherRows(copy: CopyInspection): boolean {
    if (copy.otherRows.size === 0) return true;
    const live = this.#vault.rawRows([...copy.otherRows.keys()]);
    return [...copy.otherRows].every(([id, bytes]) => live.get(id)?.equals(bytes) === true);
  }

  #pathOf(name: string): string {
    if (!BACKUP_NAME.test(name)) throw new MendError('not-found', 'That backup does not exist.');
    return join(this.#dir, name);
  }

  #freshName(mark: string): string {
    const stamp = this.#now().toISOString().replace(/[:.]/g, '-');
    const taken = new Set(this.list().map((b) => b.name));
    let name = `backup-${stamp}${mark}.mend`;
    for (let n = 2; taken.has(name); n++) name = `backup-${stamp}-${n}${mark}.mend`;
    return name;
  }

  /** Removing a file of hundreds of megabytes takes a while: done on the thread pool. Backups from before a restore stay. */
  async #rotate(): Promise<void> {
    const rotating = this.list().filter((b) => !b.beforeRestore);
    for (const old of rotating.slice(this.#keep)) await rm(join(this.#dir, old.name), { force: true });
  }

  /** Removes a backup kept from before a restore, at the user's word; the others are only ever rotated. */
  async remove(name: string): Promise<void> {
    const path = this.#pathOf(name);
    if (!this.list().some((b) => b.name === name && b.beforeRestore)) {
      throw new MendError('invalid-request', 'Only a backup made before a restore can be removed here; the others are replaced by newer ones in time.');
    }
    await rm(path, { force: true });
  }
}

function holdsEntry(journal: ReturnType<Vault['journal']>, id: string): boolean {
  try {
    journal.get(id);
    return true;
  } catch {
    return false;
  }
}

/**
 * In a workbook for two, a copy that lacks either partner's slot (a backup from before the
 * second partner joined, or another workbook) would take that partner's passphrase and private
 * space away: it is refused. Restoring does bring both partners' entries back to that day.
 */
export function assertKeepsBothPartners(vault: Vault, copy: CopyInspection): void {
  const current = vault.memberIds();
  if (current.length < 2 || current.every((id) => copy.memberIds.includes(id))) return;
  throw new MendError(
    'invalid-request',
    'This copy was made before both of you used this workbook, or belongs to another one. Putting it back would take away one partner’s passphrase and private entries, so Mend does not restore it here.',
  );
}
