// An older copy of the whole workbook put in place of the newer one is noticed:
// the next unlock says the file is older than the one last opened here, and
// nothing is decided for the user. A restore, a file opened from elsewhere, and
// a first opening on a new computer are not false alarms; opening writes nothing.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupStore } from '../../../main/services/backups/backup-store.ts';
import { importWorkbook } from '../../../main/services/backups/import-workbook.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { SEEN_GENERATIONS_FILE } from '../../../main/services/vault/seen-generations.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import { makeTempDir, removeDir } from './helpers.ts';

const PASS = 'rollback test passphrase';
let dir: string;
let path: string;

const save = (vault: Vault, text: string) => vault.journal().save({ exerciseId: 'next-right-thing', day: '2026-06-01', answers: { rightThing: text } });
/** Puts `copy` back as the workbook, as someone with the file could (stale log files go too). */
function putBack(copy: string): void {
  for (const side of ['-wal', '-shm']) rmSync(`${path}${side}`, { force: true });
  copyFileSync(copy, path);
}

beforeEach(() => {
  dir = makeTempDir();
  path = join(dir, WORKBOOK_FILE);
});
afterEach(() => removeDir(dir));

describe('a whole-file rollback', () => {
  it('open, save, copy the file, save more, put the copy back: the next unlock says it is older, and changes nothing', async () => {
    const vault = new Vault(dir);
    await vault.create(PASS);
    save(vault, 'first');
    vault.lock();
    await vault.unlock(PASS);
    save(vault, 'second');
    const copy = join(dir, 'older.mend');
    copyFileSync(path, copy); // taken while unlocked: the file holds what was checkpointed so far
    save(vault, 'third');
    vault.lock();
    expect((await vault.unlock(PASS)).olderThanLastOpened).toBeUndefined();
    vault.lock();

    putBack(copy);
    const before = readFileSync(path);
    const report = await vault.unlock(PASS);
    expect(report.olderThanLastOpened).toBe(true);
    vault.lock();
    expect(readFileSync(path).equals(before)).toBe(true);
    // Unanswered, the question comes back; even after working in the older copy.
    await vault.unlock(PASS);
    save(vault, 'written in the older copy');
    vault.lock();
    expect((await vault.unlock(PASS)).olderThanLastOpened).toBe(true);
    vault.lock();
  });

  it('keeping the older copy at the user’s word makes it the newest: the next unlock is calm', async () => {
    const vault = new Vault(dir);
    await vault.create(PASS);
    save(vault, 'one');
    vault.lock();
    const copy = join(dir, 'older.mend');
    copyFileSync(path, copy);
    await vault.unlock(PASS);
    save(vault, 'two');
    vault.lock();
    putBack(copy);
    expect((await vault.unlock(PASS)).olderThanLastOpened).toBe(true);
    vault.keepOlderCopy();
    vault.lock();
    expect((await vault.unlock(PASS)).olderThanLastOpened).toBeUndefined();
    vault.lock();
  });

  it('restoring an older backup is not a false alarm', async () => {
    const vault = new Vault(dir);
    await vault.create(PASS);
    const backups = new BackupStore({ vault, dir: join(dir, 'backups') });
    save(vault, 'before the backup');
    const older = await backups.create();
    save(vault, 'after the backup');
    vault.lock();
    await vault.unlock(PASS);
    const report = await backups.restore(older.name);
    expect(report.olderThanLastOpened).toBeUndefined();
    vault.lock();
    expect((await vault.unlock(PASS)).olderThanLastOpened).toBeUndefined();
    vault.lock();
  });

  it('a file opened from another computer, and a first opening on a new computer, are not false alarms', async () => {
    const other = makeTempDir();
    try {
      const elsewhere = new Vault(other);
      await elsewhere.create(PASS);
      save(elsewhere, 'written elsewhere');
      elsewhere.lock();
      // A first opening here: this computer has seen no generation of it.
      copyFileSync(join(other, WORKBOOK_FILE), path);
      const here = new Vault(dir);
      expect((await here.unlock(PASS)).olderThanLastOpened).toBeUndefined();
      save(here, 'written here');
      here.lock();
      // Then an older file of the same workbook is opened on purpose, from the first screen.
      const backups = new BackupStore({ vault: here, dir: join(dir, 'backups') });
      await here.unlock(PASS);
      const report = await importWorkbook(join(other, WORKBOOK_FILE), PASS, here, backups);
      expect(report.olderThanLastOpened).toBeUndefined();
      here.lock();
      expect((await here.unlock(PASS)).olderThanLastOpened).toBeUndefined();
      here.lock();
    } finally {
      removeDir(other);
    }
  });

  it('without a change, locking writes nothing; with the computer’s memory lost, it is a first opening again', async () => {
    const vault = new Vault(dir);
    await vault.create(PASS);
    save(vault, 'one');
    vault.lock();
    const atRest = readFileSync(path);
    await vault.unlock(PASS);
    vault.journal().list();
    vault.lock();
    expect(readFileSync(path).equals(atRest)).toBe(true);
    // The memory holds a workbook id and a number, nothing written by the user.
    expect(Object.keys(JSON.parse(readFileSync(join(dir, SEEN_GENERATIONS_FILE), 'utf8')).generations)).toHaveLength(1);
    rmSync(join(dir, SEEN_GENERATIONS_FILE));
    expect((await vault.unlock(PASS)).olderThanLastOpened).toBeUndefined();
    vault.lock();
  });
});
