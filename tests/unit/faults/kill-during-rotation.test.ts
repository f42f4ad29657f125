// kill -9 during a passphrase change (a key rotation, vault/key-rotation.ts) in
// a workbook for two with backups: a child (tests/faults/rotate-worker.ts)
// unlocks as A, changes A's passphrase and keeps saving while the rows are
// sealed again, and is killed at a random moment: a quarter of the kills at any
// time from its start, the rest at a random delay after its first report of the
// re-seal (which comes once the new slot is committed), so most land among the
// re-seal's slices or the backups'. Where each kill landed is read from the marks it printed (before the
// new slot was committed, during the re-seal, after it) and tallied.
// After each kill the workbook must open with exactly one of A's passphrases,
// old or new (never neither, never both), with every entry it held and every
// save the child had acknowledged; B's passphrase must still open it with all
// of B's entries and the shared ones; and once it has opened with the new one
// (which finishes the rotation), no file in the data folder opens with the old
// passphrase.
// 20 kills per run; MEND_FAULTS=long runs 200.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../../../main/services/vault/vault.ts';
import { makeTempDir, removeDir } from '../main/helpers.ts';
import { owning, PASS_A, PASS_B, workbookForTwo } from '../main/two-partners-kit.ts';
import { filesOpeningWith } from '../rotation/revocation-kit.ts';
import { spawnAndKill } from './kill-runner.ts';
import type { KillAim } from './kill-runner.ts';

const WORKER = fileURLToPath(new URL('../../faults/rotate-worker.ts', import.meta.url));
const KILLS = process.env.MEND_FAULTS === 'long' ? 200 : 20;
const NEW_A = 'the first partner’s new passphrase';
const ENTRIES = 400;
/** The spread of the aimed kills after the re-seal's first report; the re-seal of the rows and two backups takes about this long here. */
const AFTER_FIRST_REPORT_MS = 600;
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

type Landed = 'before' | 'during' | 'after' | 'not killed';

/** Runs the worker, kills it `delayMs` after its start or after its first report of the re-seal, and says where the kill landed. */
async function rotateAndKill(dir: string, aim: 'start' | 'progress', delayMs: number): Promise<{ landed: Landed; acked: Map<string, string> }> {
  const when: KillAim = aim === 'start' ? { fromStart: true, delayMs } : { after: (line) => line.startsWith('progress '), delayMs };
  const run = await spawnAndKill(WORKER, [dir, PASS_A, NEW_A], when);
  const unlockError = run.lines.find((line) => line.startsWith('unlock-error'));
  if (unlockError) throw new Error(unlockError);
  const acked = new Map<string, string>();
  for (const line of run.lines) {
    const m = /^ack (\S+) (.*)$/.exec(line);
    if (m) acked.set(m[1]!, m[2]!);
  }
  const reported = (mark: string) => run.lines.some((line) => line === mark || line.startsWith(`${mark} `));
  const landed: Landed = !run.killed ? 'not killed' : !reported('progress') ? 'before' : reported('rotated') ? 'after' : 'during';
  return { landed, acked };
}

/**
 * Which of A's passphrases opens the folder's workbook, and what A then reads (by id: text). The new one is tried
 * first; if it opens, its unlock finishes the rotation, and then the old one must open no file at all.
 */
async function openAsA(dir: string): Promise<{ opensWith: string[]; entries: Map<string, string> }> {
  for (const pass of [NEW_A, PASS_A]) {
    const vault = new Vault(dir);
    try {
      const report = await vault.unlock(pass);
      expect(report.damaged).toEqual([]);
      const entries = new Map(vault.journal().list().map((e) => [e.id, String(e.answers.whatIDid ?? '')]));
      vault.lock();
      const alsoOld = pass === NEW_A && (await filesOpeningWith(dir, PASS_A)).length > 0;
      return { opensWith: alsoOld ? [NEW_A, PASS_A] : [pass], entries };
    } catch (err) {
      expect((err as { code?: string }).code).toBe('wrong-passphrase');
    } finally {
      vault.lock();
    }
  }
  return { opensWith: [], entries: new Map() };
}

describe('kill -9 during a passphrase change', () => {
  let template: string;
  let before: Map<string, string>;
  let bSees: number;
  beforeAll(async () => {
    const book = await workbookForTwo();
    template = book.dir;
    dirs.push(template);
    const { vault, backups } = book.services;
    for (let i = 0; i < ENTRIES; i++) vault.journal().save({ ...owning(`A’s entry ${i}`), ...(i % 3 === 0 ? { visibility: 'shared' as const } : {}) });
    await backups.create();
    vault.lock();
    await vault.unlock(PASS_B);
    for (let i = 0; i < 20; i++) vault.journal().save(owning(`B’s private entry ${i}`));
    bSees = vault.journal().size;
    await backups.create();
    vault.lock();
    await vault.unlock(PASS_A);
    before = new Map(vault.journal().list().map((e) => [e.id, String(e.answers.whatIDid)]));
    vault.lock();
  }, 300_000);

  it(`${KILLS} kills: the workbook opens with the old passphrase or the new one, never neither, and loses no acknowledged save`, async () => {
    const tally: Record<Landed, number> = { before: 0, during: 0, after: 0, 'not killed': 0 };
    let neither = 0;
    let lost = 0;
    for (let k = 0; k < KILLS; k++) {
      const dir = makeTempDir();
      cpSync(template, dir, { recursive: true });
      const aimed = k % 4 !== 0;
      const delay = Math.floor(aimed ? Math.random() * AFTER_FIRST_REPORT_MS : Math.random() * 4000);
      const { landed, acked } = await rotateAndKill(dir, aimed ? 'progress' : 'start', delay);
      tally[landed] += 1;
      const seen = await openAsA(dir);
      if (seen.opensWith.length === 0) neither += 1;
      expect(seen.opensWith, `kill ${k}, ${landed}`).toHaveLength(1);
      if (landed === 'before') expect(seen.opensWith, `kill ${k}`).toEqual([PASS_A]);
      if (landed === 'after' || landed === 'not killed') expect(seen.opensWith, `kill ${k}`).toEqual([NEW_A]);
      for (const [id, text] of [...before, ...acked]) {
        if (seen.entries.get(id) !== text) lost += 1;
        expect(seen.entries.get(id), `kill ${k}, ${landed}: ${text}`).toBe(text);
      }
      // B was not there: B's passphrase opens it still, with B's entries and every shared one.
      const b = new Vault(dir);
      await b.unlock(PASS_B);
      expect(b.journal().size, `kill ${k}, B`).toBeGreaterThanOrEqual(bSees);
      expect(b.journal().damaged).toEqual([]);
      b.lock();
      removeDir(dir);
    }
    console.log(
      `[kill-during-rotation] ${KILLS} runs: killed ${tally.before} before the new slot was committed, ${tally.during} during the re-seal, ${tally.after} after it` +
        ` (${tally['not killed']} finished first); ${neither} opened with neither passphrase, ${lost} acknowledged saves lost`,
    );
    expect(Object.values(tally).reduce((a, b) => a + b)).toBe(KILLS);
    expect(tally.during).toBeGreaterThan(0);
  }, KILLS * 60_000 + 120_000);
});
