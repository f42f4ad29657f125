// Deleting an entry says where copies remain in the backups, and removes it from
// them at the partner's word (backups/remove-from-backups.ts): afterwards no
// backup file holds its ciphertext (of any version) or, where the row went, its
// id; each backup still opens whole, with nothing reported, and restores; the
// other entries are as they were. In a workbook for two a private row becomes a
// filler of the same size, and a partner removes only their own entries.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupStore } from '../../../main/services/backups/backup-store.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import { controllableClock, expectMendError, makeTempDir, readRecords, removeDir } from './helpers.ts';

const SAM = 'entry in backups, Sam';
const ALEX = 'entry in backups, Alex';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function setup() {
  const dir = makeTempDir();
  dirs.push(dir);
  const clock = controllableClock('2026-11-01T09:00:00.000Z');
  const vault = new Vault(dir, { now: clock.now });
  const backupsDir = join(dir, 'backups');
  const backups = new BackupStore({ vault, dir: backupsDir, keep: 7, now: clock.now });
  return { dir, clock, vault, backups, backupsDir };
}

const owning = (text: string, extra: object = {}) => ({ exerciseId: 'owning-it' as const, day: '2026-11-01', answers: { whatIDid: text }, ...extra });
const backupFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.mend')).map((n) => join(dir, n));
const rowOf = (path: string, id: string) => readRecords(path).find((r) => r.id === id);

/** Opens a backup file as a workbook of its own: what a person opening it would see. */
async function openAsWorkbook(backup: string, passphrase: string) {
  const dir = makeTempDir();
  dirs.push(dir);
  cpSync(backup, join(dir, WORKBOOK_FILE));
  const vault = new Vault(dir);
  const report = await vault.unlock(passphrase);
  const texts = vault.journal().list().map((e) => (e.answers as { whatIDid?: string }).whatIDid).sort();
  vault.lock();
  return { report, texts };
}

describe('an entry removed from the backups (a workbook for one)', () => {
  it('says how many backups hold it and until when; then no backup holds any version of it, and each still opens whole', async () => {
    const { clock, vault, backups, backupsDir } = setup();
    await vault.create(SAM);
    vault.journal().save(owning('a kept entry'));
    let victim = vault.journal().save(owning('the words to be gone, version one'));
    const ciphertexts: Buffer[] = [];
    for (let day = 1; day <= 3; day++) {
      clock.set(`2026-11-0${day}T09:00:00.000Z`);
      victim = vault.journal().save({ ...owning(`the words to be gone, version ${day + 1}`), id: victim.id });
      const made = await backups.create();
      ciphertexts.push(Buffer.from(rowOf(join(backupsDir, made.name), victim.id)!.ciphertext));
    }
    await backups.create({ beforeRestore: true });
    clock.set('2026-11-04T09:00:00.000Z');
    // The newest rotating backup holds it: it is replaced by the seventh backup after it, a week later at the soonest.
    expect(backups.entryCopies(victim.id)).toEqual({ rotating: 3, rotatingGoneBy: '2026-11-10T09:00:00.000Z', keptFromRestore: 1 });

    vault.journal().delete(victim.id);
    await expect(backups.removeEntry(victim.id)).resolves.toEqual({ removed: 4, failed: 0 });
    for (const file of backupFiles(backupsDir)) {
      const bytes = readFileSync(file);
      for (const c of ciphertexts) expect(bytes.includes(c), file).toBe(false);
      expect(bytes.includes(Buffer.from(victim.id)), file).toBe(false);
      expect(await openAsWorkbook(file, SAM)).toEqual({ report: { damaged: [] }, texts: ['a kept entry'] });
    }
    expect(readdirSync(backupsDir).filter((n) => n.startsWith('.'))).toEqual([]);
    // It still restores, with nothing reported.
    const [newest] = backups.list().filter((b) => !b.beforeRestore);
    expect(await backups.restore(newest!.name)).toEqual({ damaged: [] });
    expect(vault.journal().list().map((e) => e.id)).not.toContain(victim.id);
    vault.lock();
  }, 60_000);

  it('is refused for an entry still in the workbook', async () => {
    const { vault, backups } = setup();
    await vault.create(SAM);
    const entry = vault.journal().save(owning('still here'));
    await backups.create();
    await expectMendError(() => backups.removeEntry(entry.id), 'invalid-request');
    vault.lock();
  });
});

describe('an entry removed from the backups (a workbook for two)', () => {
  it('a private row becomes a filler of the same size; the other partner’s rows stay byte for byte; each partner removes only their own', async () => {
    const { clock, vault, backups, backupsDir } = setup();
    await vault.create(SAM);
    await vault.addPartner({ currentPassphrase: SAM, partnerPassphrase: ALEX, myName: 'Sam', partnerName: 'Alex', partnerRole: 'H' });
    const samPrivate = vault.journal().save(owning('Sam private, to be gone'));
    const samShared = vault.journal().save(owning('Sam shared, to be gone', { visibility: 'shared' }));
    vault.journal().save(owning('Sam kept'));
    vault.lock();
    await vault.unlock(ALEX);
    vault.journal().save(owning('Alex private'));
    vault.journal().save(owning('Alex shared', { visibility: 'shared' }));
    await backups.create();
    clock.set('2026-11-02T09:00:00.000Z');
    await backups.create();
    vault.lock();
    const before = new Map(backupFiles(backupsDir).map((f) => [f, readRecords(f)]));

    // Alex cannot reach Sam's entries: the private one does not open for Alex, the shared one is Sam's.
    await vault.unlock(ALEX);
    expect(await backups.removeEntry(samPrivate.id)).toEqual({ removed: 0, failed: 0 });
    vault.lock();
    await vault.unlock(SAM);
    vault.journal().delete(samShared.id);
    vault.lock();
    await vault.unlock(ALEX);
    expect(await backups.removeEntry(samShared.id)).toEqual({ removed: 0, failed: 0 });
    for (const [file, rows] of before) expect(readRecords(file)).toEqual(rows);
    vault.lock();

    await vault.unlock(SAM);
    expect(backups.entryCopies(samPrivate.id)).toMatchObject({ rotating: 2, keptFromRestore: 0 });
    vault.journal().delete(samPrivate.id);
    expect(await backups.removeEntry(samPrivate.id)).toEqual({ removed: 2, failed: 0 });
    expect(await backups.removeEntry(samShared.id)).toEqual({ removed: 2, failed: 0 });
    vault.lock();
    for (const [file, rows] of before) {
      const after = readRecords(file);
      const bytes = readFileSync(file);
      const old = (id: string) => rows.find((r) => r.id === id)!;
      for (const id of [samPrivate.id, samShared.id]) expect(bytes.includes(Buffer.from(old(id).ciphertext))).toBe(false);
      // The shared row went, id and all; the private one is a filler now, of the same size step.
      expect(bytes.includes(Buffer.from(samShared.id))).toBe(false);
      const filler = after.find((r) => r.id === samPrivate.id)!;
      expect(filler.ciphertext.length).toBe(old(samPrivate.id).ciphertext.length);
      expect(after.length).toBe(rows.length - 1);
      // Every other row exactly as it was.
      const others = (list: typeof rows) => list.filter((r) => r.id !== samPrivate.id && r.id !== samShared.id);
      expect(others(after)).toEqual(others(rows));
      expect(await openAsWorkbook(file, SAM)).toEqual({ report: { damaged: [] }, texts: ['Alex shared', 'Sam kept'] });
      expect(await openAsWorkbook(file, ALEX)).toEqual({ report: { damaged: [] }, texts: ['Alex private', 'Alex shared'] });
    }
  }, 90_000);
});
