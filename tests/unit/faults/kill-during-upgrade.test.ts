// kill -9 during the upgrade of a format-2 workbook (the committed fixture for
// two, made by format 2's own code): a child unlocks it as one partner, which
// upgrades their slot and signs their shared records in one transaction
// (vault/identity-upgrade.ts), and is killed at a random moment: a quarter of
// the kills at any time from its start (mostly before the upgrade), the rest at
// a random delay after it announces the transaction (tests/faults/upgrade-worker.ts,
// which marks each step and pauses briefly after it, as a slow disk would, so
// the kills land before the header write, inside the transaction or after the
// commit). Where each kill landed is read from the marks the child printed, and
// tallied. After each kill the workbook must open with both partners'
// passphrases, with every entry, nothing damaged or tampered, and be untouched
// (format 2) when killed before the commit began, upgraded whole when killed
// after it; the next unlock completes the upgrade. 20 kills per run;
// MEND_FAULTS=long runs 200.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { FORMAT_VERSION, parseHeader } from '../../../main/services/vault/header.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import fixtures from '../../fixtures/workbooks/fixtures.json' with { type: 'json' };
import { makeTempDir, readHeader, removeDir } from '../main/helpers.ts';
import { spawnAndKill } from './kill-runner.ts';
import type { KillAim } from './kill-runner.ts';

const WORKER = fileURLToPath(new URL('../../faults/upgrade-worker.ts', import.meta.url));
const FIXTURE = fileURLToPath(new URL(`../../fixtures/workbooks/${fixtures.forTwo.file}`, import.meta.url));
const KILLS = process.env.MEND_FAULTS === 'long' ? 200 : 20;
const { Sam, Alex } = fixtures.forTwo.passphrases;
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** How long the worker waits after each mark of the transaction, and the spread of kills after its first. */
const PAUSE_MS = 25;
const AFTER_MARK_MS = 4 * PAUSE_MS;

type Landed = 'before' | 'inside' | 'after' | 'not killed';

/** Runs the worker and kills it `delayMs` after its start, or after it announces the transaction; says where the kill landed. */
async function upgradeAndKill(dir: string, aim: 'start' | 'begin-upgrade', delayMs: number): Promise<{ acked: boolean; landed: Landed; commitBegun: boolean }> {
  const when: KillAim = aim === 'start' ? { fromStart: true, delayMs } : { after: (line) => line === 'begin-upgrade', delayMs };
  const run = await spawnAndKill(WORKER, [dir, Sam], when, { MEND_FAULT_PAUSE_MS: String(PAUSE_MS) });
  const unlockError = run.lines.find((line) => line.startsWith('unlock-error'));
  if (unlockError) throw new Error(unlockError);
  // What the child had printed before it died says where the kill landed.
  const printed = (mark: string) => run.lines.includes(mark);
  const landed: Landed = !run.killed ? 'not killed' : !printed('begin-upgrade') ? 'before' : printed('committed') ? 'after' : 'inside';
  return { acked: printed('ack upgraded'), landed, commitBegun: printed('begin-commit') };
}

/** What a partner sees: their entries' ids and the report. */
async function open(dir: string, passphrase: string) {
  const vault = new Vault(dir);
  const report = await vault.unlock(passphrase);
  const ids = vault.journal().list().map((e) => e.id).sort();
  vault.lock();
  return { report, ids };
}

describe('kill -9 during the upgrade to format 3', () => {
  it(`${KILLS} kills: the workbook opens with both passphrases, whole, untouched or upgraded`, async () => {
    const reference = makeTempDir();
    dirs.push(reference);
    cpSync(FIXTURE, join(reference, WORKBOOK_FILE));
    const expected = { Sam: await open(reference, Sam), Alex: await open(reference, Alex) };
    const tally: Record<Landed, number> = { before: 0, inside: 0, after: 0, 'not killed': 0 };
    let untouched = 0;
    for (let k = 0; k < KILLS; k++) {
      const dir = makeTempDir();
      cpSync(FIXTURE, join(dir, WORKBOOK_FILE));
      const aimed = k % 4 !== 0;
      const delay = aimed ? Math.random() * AFTER_MARK_MS : Math.random() * 1500;
      const { acked, landed, commitBegun } = await upgradeAndKill(dir, aimed ? 'begin-upgrade' : 'start', Math.floor(delay));
      tally[landed] += 1;
      const format = parseHeader(readHeader(join(dir, WORKBOOK_FILE))).format;
      if (format === 2) untouched += 1;
      // Killed before COMMIT began: nothing of the upgrade is on disk. Once COMMIT returned: all of it is.
      if (landed === 'before' || (landed === 'inside' && !commitBegun)) expect(format, `kill ${k}, ${landed}`).toBe(2);
      if (landed === 'after' || acked) expect(format, `kill ${k}, ${landed}`).toBe(FORMAT_VERSION);
      // Either partner first: both must find the same entries as the untouched copy, none damaged or tampered.
      const first = k % 3 === 0 ? (['Alex', Alex] as const) : (['Sam', Sam] as const);
      const second = first[0] === 'Sam' ? (['Alex', Alex] as const) : (['Sam', Sam] as const);
      for (const [who, passphrase] of [first, second]) {
        const seen = await open(dir, passphrase);
        expect(seen.report, `kill ${k}, ${who}`).toEqual({ damaged: [] });
        expect(seen.ids, `kill ${k}, ${who}`).toEqual(expected[who].ids);
      }
      expect(parseHeader(readHeader(join(dir, WORKBOOK_FILE))).members.every((m) => m.identity)).toBe(true);
      removeDir(dir);
    }
    console.log(
      `[kill-during-upgrade] ${KILLS} runs: killed ${tally.before} before the transaction, ${tally.inside} inside it, ${tally.after} after the commit` +
        ` (${tally['not killed']} finished first); ${untouched} left format 2 whole, ${KILLS - untouched} upgraded whole`,
    );
    expect(Object.values(tally).reduce((a, b) => a + b)).toBe(KILLS);
    // The kills must reach the transaction itself, not only the time before it.
    expect(tally.inside).toBeGreaterThan(0);
  }, KILLS * 20_000 + 60_000);
});
