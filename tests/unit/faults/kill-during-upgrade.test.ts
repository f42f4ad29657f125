// kill -9 during the upgrade of a format-2 workbook (the committed fixture for
// two, made by format 2's own code): a child unlocks it as one partner, which
// upgrades their slot and signs their shared records in one transaction
// (vault/identity-upgrade.ts), and is killed at a random moment, half of the
// kills aimed at the header write itself. After each kill the workbook must open
// with both partners' passphrases, with every entry, nothing damaged or
// tampered, and be either untouched (format 2) or upgraded whole; the next
// unlock completes the upgrade. 20 kills per run; MEND_FAULTS=long runs 200.
import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { parseHeader } from '../../../main/services/vault/header.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import fixtures from '../../fixtures/workbooks/fixtures.json' with { type: 'json' };
import { makeTempDir, readHeader, removeDir } from '../main/helpers.ts';

const WORKER = fileURLToPath(new URL('../../faults/upgrade-worker.ts', import.meta.url));
const FIXTURE = fileURLToPath(new URL(`../../fixtures/workbooks/${fixtures.forTwo.file}`, import.meta.url));
const KILLS = process.env.MEND_FAULTS === 'long' ? 200 : 20;
const { Sam, Alex } = fixtures.forTwo.passphrases;
const compileCache = makeTempDir();
const dirs: string[] = [compileCache];
afterAll(() => dirs.forEach(removeDir));

/** Runs the worker and kills it `delayMs` after its start, or after it announces the header write. */
function runAndKill(dir: string, aim: 'start' | 'begin-header', delayMs: number): Promise<{ acked: boolean; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, dir, Sam], { env: { ...process.env, NODE_COMPILE_CACHE: compileCache }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let killed = false;
    const kill = () => {
      killed = child.kill('SIGKILL') || killed;
    };
    if (aim === 'start') setTimeout(kill, delayMs);
    const watchdog = setTimeout(kill, 30_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (aim === 'begin-header' && chunk.includes('begin-header')) setTimeout(kill, delayMs);
    });
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(watchdog);
      if (out.includes('unlock-error')) reject(new Error(out));
      else resolve({ acked: out.includes('ack upgraded'), killed });
    });
  });
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
    let untouched = 0;
    let upgraded = 0;
    for (let k = 0; k < KILLS; k++) {
      const dir = makeTempDir();
      cpSync(FIXTURE, join(dir, WORKBOOK_FILE));
      const aimed = k % 2 === 0;
      const { acked } = await runAndKill(dir, aimed ? 'begin-header' : 'start', aimed ? Math.floor(Math.random() * 30) : Math.floor(Math.random() * 1500));
      const format = parseHeader(readHeader(join(dir, WORKBOOK_FILE))).format;
      if (format === 2) untouched += 1;
      else upgraded += 1;
      if (acked) expect(format).toBe(3);
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
    console.log(`[kill-during-upgrade] ${KILLS} kills: ${untouched} left format 2 whole, ${upgraded} upgraded whole`);
    expect(untouched + upgraded).toBe(KILLS);
  }, KILLS * 20_000 + 60_000);
});
