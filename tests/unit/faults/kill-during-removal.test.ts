// kill -9 while an entry is removed from the backups (backups/remove-from-backups.ts:
// each backup that holds it is changed on a copy under a temporary name, rebuilt
// with VACUUM, checked, flushed and renamed over the backup). A child
// (tests/faults/remove-worker.ts) unlocks and removes the entry from four
// backups, and is killed at a random moment of the removal, spread over how
// long an uninterrupted removal takes here (it pauses briefly after each mark,
// as a slow disk would). Where each kill landed is read from the renames it
// printed, and tallied. After each kill every backup must open whole and hold
// either the old state (byte for byte as it was) or the new one (the entry gone,
// none of its ciphertexts or its id in the file, the other entry there, nothing
// reported); the next removal finishes the rest and leaves no temporary copy.
// 20 kills per run; MEND_FAULTS=long runs 200.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupStore } from '../../../main/services/backups/backup-store.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import { controllableClock, makeTempDir, readRecords, removeDir } from '../main/helpers.ts';
import { spawnAndKill } from './kill-runner.ts';

const WORKER = fileURLToPath(new URL('../../faults/remove-worker.ts', import.meta.url));
const KILLS = process.env.MEND_FAULTS === 'long' ? 200 : 20;
const PASS = 'removing from backups, killed';
const PAUSE_MS = 20;
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

const owning = (text: string) => ({ exerciseId: 'owning-it' as const, day: '2026-11-01', answers: { whatIDid: text } });
const backupNames = (dir: string) => readdirSync(join(dir, 'backups')).filter((n) => /^backup-.*\.mend$/.test(n)).sort();

/** A workbook whose entry `victim` is deleted and still held, in a version of each day, by three backups and one kept from before a restore. */
async function template() {
  const dir = makeTempDir();
  dirs.push(dir);
  const clock = controllableClock('2026-11-01T09:00:00.000Z');
  const vault = new Vault(dir, { now: clock.now });
  const backups = new BackupStore({ vault, dir: join(dir, 'backups'), keep: 7, now: clock.now });
  await vault.create(PASS);
  vault.journal().save(owning('a kept entry'));
  let victim = vault.journal().save(owning('the words to be gone, version one'));
  const ciphertexts: Buffer[] = [];
  for (let day = 1; day <= 3; day++) {
    clock.set(`2026-11-0${day}T09:00:00.000Z`);
    victim = vault.journal().save({ ...owning(`the words to be gone, version ${day + 1}`), id: victim.id });
    await backups.create();
  }
  await backups.create({ beforeRestore: true });
  vault.journal().delete(victim.id);
  vault.lock();
  const original = new Map(backupNames(dir).map((n) => [n, readFileSync(join(dir, 'backups', n))]));
  for (const name of original.keys()) ciphertexts.push(Buffer.from(readRecords(join(dir, 'backups', name)).find((r) => r.id === victim.id)!.ciphertext));
  return { dir, id: victim.id, original, needles: [...ciphertexts, Buffer.from(victim.id)] };
}

/** What a person opening the backup as a workbook sees. */
async function openAsWorkbook(backup: string) {
  const dir = makeTempDir();
  try {
    cpSync(backup, join(dir, WORKBOOK_FILE));
    const vault = new Vault(dir);
    const report = await vault.unlock(PASS);
    const texts = vault.journal().list().map((e) => (e.answers as { whatIDid?: string }).whatIDid).sort();
    vault.lock();
    return { report, texts };
  } finally {
    removeDir(dir);
  }
}

type Landed = 'before the first rename' | 'between renames' | 'after the last rename' | 'not killed';

describe('kill -9 while an entry is removed from the backups', () => {
  it(`${KILLS} kills: every backup opens whole, as it was or without the entry; the next removal finishes`, async () => {
    const t = await template();
    const names = [...t.original.keys()];
    expect(names).toHaveLength(4);
    const freshCopy = () => {
      const dir = makeTempDir();
      cpSync(t.dir, dir, { recursive: true });
      return dir;
    };
    // How long an uninterrupted removal takes here, from the child's `unlocked` to its answer.
    const timing = freshCopy();
    const started = { at: 0 };
    const whole = await spawnAndKill(WORKER, [timing, PASS, t.id], { after: (l) => (l === 'unlocked' ? ((started.at = Date.now()), false) : false), delayMs: 0 }, { MEND_FAULT_PAUSE_MS: String(PAUSE_MS) });
    const removalMs = Date.now() - started.at;
    expect(whole.lines.at(-1)).toBe('ack removed 4 failed 0');
    removeDir(timing);

    const tally: Record<Landed, number> = { 'before the first rename': 0, 'between renames': 0, 'after the last rename': 0, 'not killed': 0 };
    let changedSeen = 0;
    for (let k = 0; k < KILLS; k++) {
      const dir = freshCopy();
      const delayMs = Math.floor(Math.random() * removalMs * 1.1);
      const run = await spawnAndKill(WORKER, [dir, PASS, t.id], { after: (l) => l === 'unlocked', delayMs }, { MEND_FAULT_PAUSE_MS: String(PAUSE_MS) });
      const unlockError = run.lines.find((l) => l.startsWith('unlock-error'));
      if (unlockError) throw new Error(unlockError);
      const renamed = run.lines.filter((l) => l === 'renamed').length;
      tally[!run.killed ? 'not killed' : renamed === 0 ? 'before the first rename' : renamed < names.length ? 'between renames' : 'after the last rename'] += 1;

      expect(backupNames(dir), `kill ${k}: every backup is still there under its name`).toEqual(names);
      let changed = 0;
      for (const name of names) {
        const path = join(dir, 'backups', name);
        const bytes = readFileSync(path);
        if (bytes.equals(t.original.get(name)!)) continue;
        changed += 1;
        for (const needle of t.needles) expect(bytes.includes(needle), `kill ${k}, ${name}: changed, and the entry is gone from it`).toBe(false);
        expect(await openAsWorkbook(path), `kill ${k}, ${name}`).toEqual({ report: { damaged: [] }, texts: ['a kept entry'] });
      }
      // A backup renamed into place was changed; one the child had not reached yet was not.
      expect(changed, `kill ${k}: backups changed`).toBeGreaterThanOrEqual(renamed);
      changedSeen += changed;

      // The next removal (the user asks again) finishes the rest, and no temporary copy stays behind.
      const vault = new Vault(dir);
      await vault.unlock(PASS);
      const again = await new BackupStore({ vault, dir: join(dir, 'backups'), keep: 7 }).removeEntry(t.id);
      vault.lock();
      expect(again, `kill ${k}: the rest removed`).toEqual({ removed: names.length - changed, failed: 0 });
      expect(readdirSync(join(dir, 'backups')).filter((n) => n.startsWith('.')), `kill ${k}: no temporary copy left`).toEqual([]);
      for (const name of names) {
        const bytes = readFileSync(join(dir, 'backups', name));
        for (const needle of t.needles) expect(bytes.includes(needle), `kill ${k}, ${name}: after the second removal`).toBe(false);
      }
      removeDir(dir);
    }
    console.log(
      `[kill-during-removal] ${KILLS} runs over ${removalMs} ms of removal: killed ${tally['before the first rename']} before the first rename, ` +
        `${tally['between renames']} between renames, ${tally['after the last rename']} after the last (${tally['not killed']} finished first); ${changedSeen} of ${KILLS * names.length} backups found changed`,
    );
    expect(Object.values(tally).reduce((a, b) => a + b)).toBe(KILLS);
    // The kills must reach the middle of the removal, not only its ends.
    expect(tally['between renames']).toBeGreaterThan(0);
  }, KILLS * 30_000 + 120_000);
});
