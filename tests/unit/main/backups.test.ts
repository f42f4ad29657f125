// Automatic encrypted backups: verified before they count, rotated, restored
// (after keeping a copy of the present), and found for a damaged record.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BackupStore } from '../../../main/services/backups/backup-store.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { controllableClock, expectMendError, makeTempDir, removeDir, withDatabase } from './helpers.ts';
import type { Clock } from './helpers.ts';

const PASS = 'backup test passphrase';
let dir: string;
let clock: Clock;
let vault: Vault;
let backups: BackupStore;

beforeEach(async () => {
  dir = makeTempDir();
  clock = controllableClock('2026-11-01T09:00:00.000Z');
  vault = new Vault(dir, { now: clock.now });
  backups = new BackupStore({ vault, dir: join(dir, 'backups'), keep: 5, now: clock.now });
  await vault.create(PASS);
});
afterEach(() => {
  vault.lock();
  removeDir(dir);
});

const save = (text: string, id?: string) =>
  vault.journal().save({ ...(id ? { id } : {}), exerciseId: 'owning-it', day: '2026-11-01', answers: { whatIDid: text } });

describe('making backups', () => {
  it('writes a verified, encrypted copy and lists it', async () => {
    save('UNIQUE-BACKUP-TEXT');
    const made = await backups.create();
    expect(made.name).toMatch(/^backup-2026-11-01T09-00-00-000Z\.mend$/);
    expect(backups.list()).toEqual([made]);
    const bytes = readFileSync(join(dir, 'backups', made.name));
    expect(bytes.includes(Buffer.from('UNIQUE-BACKUP-TEXT'))).toBe(false);
    expect(readdirSync(join(dir, 'backups')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('keeps the newest five and removes older ones only after a new one is verified', async () => {
    for (let day = 1; day <= 8; day++) {
      clock.set(`2026-11-0${day}T09:00:00.000Z`);
      await backups.create();
    }
    expect(backups.list().map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-11-08', '2026-11-07', '2026-11-06', '2026-11-05', '2026-11-04']);
  });

  it('two backups in the same millisecond get different names', async () => {
    const [a, b] = [await backups.create(), await backups.create()];
    expect(a.name).not.toBe(b.name);
    expect(backups.list()).toHaveLength(2);
  });

  it('makes a daily backup only when the newest is a day old', async () => {
    expect(await backups.createIfDue()).not.toBeNull();
    clock.set('2026-11-01T20:00:00.000Z');
    expect(await backups.createIfDue()).toBeNull();
    clock.set('2026-11-02T09:00:01.000Z');
    expect(await backups.createIfDue()).not.toBeNull();
    expect(backups.list()).toHaveLength(2);
  });

  it('needs the workbook open', async () => {
    vault.lock();
    await expectMendError(() => backups.create(), 'locked');
  });
});

describe('restoring', () => {
  it('brings back the backed-up state and keeps a backup of the present first', async () => {
    const kept = save('version one');
    const other = save('an entry deleted later');
    const backup = await backups.create();
    clock.set('2026-11-02T09:00:00.000Z');
    save('version two', kept.id);
    vault.journal().delete(other.id);

    const report = await backups.restore(backup.name);
    expect(report.damaged).toEqual([]);
    expect(vault.journal().get(kept.id).answers.whatIDid).toBe('version one');
    expect(vault.journal().get(other.id).answers.whatIDid).toBe('an entry deleted later');

    const beforeRestore = backups.list()[0]!;
    expect(beforeRestore.createdAt.startsWith('2026-11-02')).toBe(true);
    await backups.restore(beforeRestore.name);
    expect(vault.journal().get(kept.id).answers.whatIDid).toBe('version two');
  });

  it('restores the oldest of a full set: the backup kept first never takes its place in the count', async () => {
    const kept = save('the oldest version');
    const oldest = await backups.create();
    for (let day = 2; day <= 5; day++) {
      clock.set(`2026-11-0${day}T09:00:00.000Z`);
      save(`version of day ${day}`, kept.id);
      await backups.create();
    }
    expect(backups.list()).toHaveLength(5);
    expect(backups.list().at(-1)!.name).toBe(oldest.name);

    clock.set('2026-11-06T09:00:00.000Z');
    await backups.restore(oldest.name);
    expect(vault.journal().get(kept.id).answers.whatIDid).toBe('the oldest version');
    // The present was kept first, and the backup just restored is still there to go back to.
    expect(backups.list()[0]!.createdAt.startsWith('2026-11-06')).toBe(true);
    expect(backups.list().some((b) => b.name === oldest.name)).toBe(true);
  });

  it('keeps the backup made before a restore through ten “Back up now”, until the user removes it', async () => {
    const lost = save('written after the backup, before the restore');
    const backup = await backups.create();
    clock.set('2026-11-02T09:00:00.000Z');
    save('written after the backup, before the restore, changed', lost.id);
    await backups.restore(backup.name);
    const kept = backups.list().find((b) => b.beforeRestore)!;
    expect(kept).toMatchObject({ createdAt: '2026-11-02T09:00:00.000Z', beforeRestore: true });
    expect(kept.name).toMatch(/^backup-2026-11-02T09-00-00-000Z-before-restore\.mend$/);
    for (let i = 0; i < 10; i++) {
      clock.set(`2026-11-${String(3 + i).padStart(2, '0')}T09:00:00.000Z`);
      await backups.create();
    }
    // Five kept by rotation (keep: 5), and the one from before the restore beside them.
    expect(backups.list().filter((b) => !b.beforeRestore)).toHaveLength(5);
    expect(backups.list().filter((b) => b.beforeRestore)).toEqual([kept]);
    // It still holds what the restore took away.
    await backups.restore(kept.name);
    expect(vault.journal().get(lost.id).answers.whatIDid).toBe('written after the backup, before the restore, changed');
    // Only the user removes it; the rotated ones cannot be removed by hand.
    await backups.remove(kept.name);
    expect(backups.list().some((b) => b.name === kept.name)).toBe(false);
    await expectMendError(() => backups.remove(backups.list().find((b) => !b.beforeRestore)!.name), 'invalid-request');
  });

  it('leaves the restored workbook in WAL mode and the backup file unchanged', async () => {
    save('x');
    const backup = await backups.create();
    const before = readFileSync(join(dir, 'backups', backup.name));
    await backups.restore(backup.name);
    save('after restore');
    expect(readFileSync(join(dir, 'backups', backup.name)).equals(before)).toBe(true);
    vault.lock();
    expect(withDatabase(join(dir, WORKBOOK_FILE), (db) => (db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode)).toBe('wal');
    await vault.unlock(PASS);
    expect(vault.journal().list().map((e) => e.answers.whatIDid)).toContain('after restore');
  });

  it('refuses names that are not backups, and backups of another workbook', async () => {
    await expectMendError(() => backups.restore('../workbook.mend'), 'not-found');
    const otherDir = makeTempDir();
    try {
      const otherVault = new Vault(otherDir);
      await otherVault.create(PASS);
      const foreign = await new BackupStore({ vault: otherVault, dir: join(dir, 'backups') }).create();
      otherVault.lock();
      await expectMendError(() => backups.restore(foreign.name), 'damaged-file');
    } finally {
      removeDir(otherDir);
    }
  });
});

describe('a damaged record', () => {
  it('is found in the newest backup that holds it, and restoring that backup brings it back', async () => {
    const entry = save('precious words');
    const backup = await backups.create();
    vault.lock();
    withDatabase(join(dir, WORKBOOK_FILE), (db) => {
      const row = db.prepare('SELECT ciphertext FROM records WHERE id = ?').get(entry.id) as { ciphertext: Uint8Array };
      const flipped = Buffer.from(row.ciphertext);
      flipped[3] = flipped[3]! ^ 0xff;
      db.prepare('UPDATE records SET ciphertext = ? WHERE id = ?').run(flipped, entry.id);
    });
    const report = await vault.unlock(PASS);
    expect(report.damaged.map((d) => d.id)).toEqual([entry.id]);

    // The automatic backup made now still carries the damaged row as it is; the older one holds it whole.
    clock.set('2026-11-03T09:00:00.000Z');
    await backups.create();
    expect((await backups.newestHolding(entry.id))?.name).toBe(backup.name);

    const after = await backups.restore(backup.name);
    expect(after.damaged).toEqual([]);
    expect(vault.journal().get(entry.id).answers.whatIDid).toBe('precious words');
    expect(existsSync(join(dir, WORKBOOK_FILE))).toBe(true);
  });
});
