// "Data that survives": kill -9 in the middle of writing. For each write path a
// child process (tests/faults/save-worker.ts) writes in a loop and prints a line
// per acknowledged write; we SIGKILL it a random 5–120 ms after its first ack,
// reopen the workbook and check that it opens with no damaged record, that every
// acknowledged write is there, and that the only thing allowed to differ is the
// one write that was under way (present in full, or not at all).
//
// One workbook per path is reused across kills (as a real one would be). The
// kills run N = 50 times per fast path and 10 times for `passphrase` (two scrypt
// runs per change); MEND_FAULTS=long (npm run test:faults) runs 1,000 and 100.
// The five paths run concurrently. The run is CPU-bound (~75 s of CPU here,
// mostly the 210 workers' Node start-up and the passphrase path's scrypt), so
// on two idle cores the default run takes ~45 s; workers use Node's compile cache.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Vault } from '../../../main/services/vault/vault.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import type { HeaderBody } from '../../../main/services/vault/header.ts';
import { deserializeKeys, serializeKeys } from '../../../main/services/vault/member-keys.ts';
import { MendError } from '../../../shared/contract/result.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { Profile } from '../../../shared/domain/profile.ts';
import {
  editText,
  FAULT_DAY,
  FAULT_EXERCISE,
  newEntryText,
  nextRole,
  versionOf,
} from '../../faults/save-worker.ts';
import type { WritePath } from '../../faults/save-worker.ts';
import { makeTempDir, readHeader, removeDir, withDatabase } from '../main/helpers.ts';
import { runAndKill } from './kill-runner.ts';
import type { KillPlan, WorkerRun } from './kill-runner.ts';

const LONG = process.env.MEND_FAULTS === 'long';
const KILLS: Record<WritePath, number> = LONG
  ? { 'save-new': 1000, 'save-edit': 1000, delete: 1000, profile: 1000, passphrase: 100 }
  : { 'save-new': 50, 'save-edit': 50, delete: 50, profile: 50, passphrase: 10 };
const PASSPHRASES = ['first fault-test passphrase', 'second fault-test passphrase'] as const;
/** save-new grows the workbook by ~50 entries a kill; past this it starts again from a copy of the empty template (same key). */
const ROTATE_AT = 1000;

type Role = NonNullable<Profile['role']>;

const randomInt = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

// ── one workbook per path ───────────────────────────────────────────────────

interface Workbook {
  dir: string;
  keyHex: string;
  /** Entries no worker touches: they must come back byte-for-byte equal after every kill. */
  untouched: Entry[];
  /** An empty copy (same key and vault id) to start save-new again from. */
  template: string;
}

async function createWorkbook(seed: (vault: Vault) => void): Promise<Workbook> {
  const dir = makeTempDir();
  const vault = new Vault(dir);
  await vault.create(PASSPHRASES[0]);
  const untouched = [1, 2, 3].map((n) =>
    vault.journal().save({ exerciseId: 'next-right-thing', day: `2026-05-0${n}`, answers: { rightThing: `untouched ${n}` } }),
  );
  vault.profile().set({ role: 'H' });
  seed(vault);
  const keyHex = serializeKeys(vault.copyKeys()).toString('hex');
  vault.lock();
  const template = join(dir, 'template.copy');
  copyFileSync(join(dir, WORKBOOK_FILE), template);
  return { dir, keyHex, untouched, template };
}

function resetToTemplate(book: Workbook): void {
  const path = join(book.dir, WORKBOOK_FILE);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  copyFileSync(book.template, path);
}

// ── what each path checks ───────────────────────────────────────────────────

interface Verdict {
  acked: number;
  /** Acknowledged writes that are missing or older than acknowledged. */
  lost: string[];
  /** Anything else wrong: damage reported, foreign content, an impossible state. */
  damaged: string[];
  /** The unacknowledged write under way at the kill was found saved (in full). */
  inFlightSaved: boolean;
}

interface PathDriver {
  /** Runs before each worker starts. */
  beforeRun?(): void;
  env(iteration: number): Record<string, string>;
  plan(iteration: number): KillPlan;
  /** Opens the vault the way this path needs (data key, or one of the passphrases). */
  open(vault: Vault, book: Workbook, run: WorkerRun): Promise<{ report: { damaged: unknown[] } }>;
  check(vault: Vault, run: WorkerRun, iteration: number): Omit<Verdict, 'damaged'> & { damaged?: string[] };
  /** Profile role every other path must leave alone. */
  expectedRole?: Role;
}

const afterFirstAck = (): KillPlan => ({ trigger: 'first-ack', delayMs: randomInt(5, 120) });
const openWithKey = async (vault: Vault, book: Workbook) => ({ report: await vault.unlockWithKeys(deserializeKeys(Buffer.from(book.keyHex, 'hex'))) });
const faultEntries = (vault: Vault) => vault.journal().list(FAULT_EXERCISE);
const textOf = (entry: Entry) => String(entry.answers.whatIDid);
const saltOf = (book: Workbook) => (JSON.parse(readHeader(join(book.dir, WORKBOOK_FILE)).body) as HeaderBody).members[0]!.kdf.salt;

function saveNewDriver(book: Workbook): PathDriver {
  let known = new Map<string, string>();
  return {
    beforeRun() {
      if (known.size > ROTATE_AT) {
        resetToTemplate(book);
        known = new Map();
      }
    },
    env: (iteration) => ({ MEND_FAULT_RUN: String(iteration) }),
    plan: afterFirstAck,
    open: openWithKey,
    check(vault, run, iteration) {
      const lost: string[] = [];
      const damaged: string[] = [];
      const stored = new Map(faultEntries(vault).map((e) => [e.id, textOf(e)]));
      let lastSeq = -1;
      for (const ack of run.acks) {
        const [, id = '', seqText = ''] = ack.split(' ');
        lastSeq = Number(seqText);
        known.set(id, newEntryText(iteration, lastSeq));
      }
      for (const [id, text] of known) {
        if (!stored.has(id)) lost.push(`entry ${id} is missing`);
        else if (stored.get(id) !== text) lost.push(`entry ${id} does not hold its acknowledged text`);
      }
      const extra = [...stored.keys()].filter((id) => !known.has(id));
      let inFlightSaved = false;
      if (extra.length > 1) damaged.push(`${extra.length} unacknowledged entries appeared (at most the one under way may)`);
      for (const id of extra) {
        if (stored.get(id) === newEntryText(iteration, lastSeq + 1)) inFlightSaved = true;
        else damaged.push(`unacknowledged entry ${id} is not the save that was under way`);
        known.set(id, stored.get(id) ?? '');
      }
      return { acked: run.acks.length, lost, damaged, inFlightSaved };
    },
  };
}

function saveEditDriver(targetIds: string[]): PathDriver {
  /** Version of each edited entry as found after the previous kill (the worker goes on from there). */
  const known = new Map(targetIds.map((id) => [id, 0]));
  return {
    env: () => ({}),
    plan: afterFirstAck,
    open: openWithKey,
    check(vault, run) {
      const lost: string[] = [];
      const damaged: string[] = [];
      const targets = faultEntries(vault).sort((a, b) => a.id.localeCompare(b.id));
      if (targets.length !== known.size) damaged.push(`${targets.length} edited entries instead of ${known.size}`);
      const lastAcked = new Map(known);
      for (const ack of run.acks) {
        const [, id = '', version = ''] = ack.split(' ');
        lastAcked.set(id, Number(version));
      }
      // The worker edits the targets round-robin from the first one, so the edit under way at the kill is this one:
      const underWay = [...known.keys()].sort()[run.acks.length % known.size];
      let inFlightSaved = false;
      for (const entry of targets) {
        const text = textOf(entry);
        const version = versionOf(text);
        const acked = lastAcked.get(entry.id);
        if (acked === undefined) {
          damaged.push(`unknown entry ${entry.id}`);
          continue;
        }
        if (text !== editText(version)) damaged.push(`entry ${entry.id} holds a text no save wrote`);
        if (version < acked) lost.push(`entry ${entry.id}: version ${version} stored, ${acked} acknowledged`);
        else if (version === acked + 1 && entry.id === underWay) inFlightSaved = true;
        else if (version !== acked) damaged.push(`entry ${entry.id}: version ${version} stored, ${acked} acknowledged (under way: ${underWay === entry.id})`);
        known.set(entry.id, version);
      }
      return { acked: run.acks.length, lost, damaged, inFlightSaved };
    },
  };
}

function deleteDriver(): PathDriver {
  let known: Set<string> | null = null;
  return {
    env: () => ({}),
    plan: afterFirstAck,
    open: openWithKey,
    check(vault, run) {
      const lost: string[] = [];
      const damaged: string[] = [];
      const stored = new Map(faultEntries(vault).map((e) => [e.id, e]));
      const expected = new Set(known ?? []);
      for (const ack of run.acks) {
        const [kind, id = ''] = ack.split(' ');
        if (kind === 'saved') expected.add(id);
        else expected.delete(id);
      }
      const last = run.acks.at(-1) ?? '';
      const [lastKind, lastId = ''] = last.split(' ');
      let inFlightSaved = false;
      for (const id of expected) {
        if (stored.has(id)) continue;
        // Saved and acknowledged, then its delete was under way: gone is right too.
        if (lastKind === 'saved' && id === lastId) inFlightSaved = true;
        else lost.push(`acknowledged entry ${id} is missing`);
      }
      const extra = [...stored.keys()].filter((id) => !expected.has(id));
      for (const id of extra) {
        if (run.acks.some((ack) => ack === `deleted ${id}`)) lost.push(`entry ${id} is back after an acknowledged delete`);
        else if (extra.length === 1 && lastKind !== 'saved' && textOf(stored.get(id)!) === 'to be deleted') inFlightSaved = true;
        else damaged.push(`unexpected entry ${id}`);
      }
      known = new Set(stored.keys());
      return { acked: run.acks.length, lost, damaged, inFlightSaved };
    },
  };
}

function profileDriver(): PathDriver {
  let known: Role = 'H';
  return {
    env: () => ({}),
    plan: afterFirstAck,
    open: openWithKey,
    check(vault, run) {
      const role = vault.profile().get().role;
      const lastAck = run.acks.at(-1);
      const acked = lastAck ? (lastAck.split(' ')[2] as Role) : known;
      const lost: string[] = [];
      const damaged: string[] = [];
      // The last acknowledged role, or the next one if its write was under way; nothing older, never "not chosen".
      if (role === null) damaged.push('the profile reads as not chosen (unreadable)');
      else if (role !== acked && role !== nextRole(acked)) lost.push(`role ${role} stored, ${acked} acknowledged`);
      if (role) known = role;
      return { acked: run.acks.length, lost, damaged, inFlightSaved: role !== null && role !== acked };
    },
  };
}

function passphraseDriver(book: Workbook): PathDriver {
  /** The passphrase in force and its header's salt, as found after the previous kill. */
  let known = { index: 0, salt: saltOf(book) };
  let openedWith = 0;
  const lastAcked = (run: WorkerRun) => {
    const [, , index, salt] = (run.acks.at(-1) ?? '').split(' ');
    return index === undefined || salt === undefined ? known : { index: Number(index), salt };
  };
  return {
    env: () => ({
      MEND_FAULT_PASSPHRASES: JSON.stringify(PASSPHRASES),
      MEND_FAULT_CURRENT: String(known.index),
      MEND_FAULT_MARK_HEADER: '1',
    }),
    // Each change spends ~700 ms in scrypt and a few ms writing the header row, so a kill 5–120 ms
    // after an ack nearly always lands in scrypt. Every other kill is aimed at the header write
    // instead: 0–3 ms after the worker says it is about to write it.
    plan: (iteration) => (iteration % 2 === 0 ? afterFirstAck() : { trigger: 'begin-header', delayMs: randomInt(0, 3) }),
    async open(vault, _book, run) {
      // Try first the passphrase the stored header should take (saves a scrypt run when a change under way landed).
      const acked = lastAcked(run);
      const first = saltOf(book) === acked.salt ? acked.index : 1 - acked.index;
      for (const index of [first, 1 - first]) {
        try {
          const report = await vault.unlock(PASSPHRASES[index]!);
          openedWith = index;
          return { report };
        } catch (err) {
          if (!(err instanceof MendError) || err.code !== 'wrong-passphrase' || index !== first) throw err;
        }
      }
      throw new Error('unreachable');
    },
    check(_vault, run) {
      const acked = lastAcked(run);
      const salt = saltOf(book);
      const older = [known.salt, ...run.acks.map((ack) => ack.split(' ')[3])].filter((s) => s !== acked.salt);
      const lost: string[] = [];
      const damaged: string[] = [];
      let inFlightSaved = false;
      if (salt === acked.salt) {
        if (openedWith !== acked.index) damaged.push('the acknowledged header opened with the other passphrase');
      } else if (older.includes(salt)) {
        lost.push('the header is an older one than the last acknowledged change');
      } else if (openedWith === 1 - acked.index) {
        inFlightSaved = true; // a header no ack named yet: the change under way, complete
      } else {
        damaged.push('a header no change wrote');
      }
      known = { index: openedWith, salt };
      return { acked: run.acks.length, lost, damaged, inFlightSaved };
    },
  };
}

// ── the loop ────────────────────────────────────────────────────────────────

interface Tally {
  kills: number;
  acked: number;
  lost: number;
  damaged: number;
  inFlightSaved: number;
  problems: string[];
}

async function killLoop(path: WritePath, book: Workbook, driver: PathDriver, kills: number): Promise<Tally> {
  const tally: Tally = { kills: 0, acked: 0, lost: 0, damaged: 0, inFlightSaved: 0, problems: [] };
  const problem = (iteration: number, text: string) => {
    if (tally.problems.length < 20) tally.problems.push(`kill ${iteration + 1}: ${text}`);
  };
  for (let i = 0; i < kills; i++) {
    driver.beforeRun?.();
    const run = await runAndKill(path, book.dir, book.keyHex, driver.plan(i), driver.env(i));
    if (run.exitCode !== null || !run.killed) {
      problem(i, `the worker was not killed mid-run (exit ${run.exitCode}, timed out: ${run.timedOut}): ${run.stderr.trim() || run.lines.slice(-3).join(' / ')}`);
      tally.damaged += 1;
      continue;
    }
    if (run.timedOut) problem(i, 'the worker acknowledged nothing in time');
    tally.kills += 1;

    const vault = new Vault(book.dir);
    try {
      const { report } = await driver.open(vault, book, run);
      const damaged: string[] = [];
      if (report.damaged.length > 0) damaged.push(`unlock reported ${report.damaged.length} damaged record(s)`);
      const integrity = withDatabase(join(book.dir, WORKBOOK_FILE), (db) => db.prepare('PRAGMA integrity_check').all(), { readOnly: true });
      if (JSON.stringify(integrity) !== JSON.stringify([{ integrity_check: 'ok' }])) damaged.push(`integrity_check: ${JSON.stringify(integrity).slice(0, 200)}`);
      for (const entry of book.untouched) {
        const now = vault.journal().list().find((e) => e.id === entry.id);
        if (JSON.stringify(now) !== JSON.stringify(entry)) damaged.push(`untouched entry ${entry.id} changed or is missing`);
      }
      if (driver.expectedRole && vault.profile().get().role !== driver.expectedRole) damaged.push('the profile changed');
      const verdict = driver.check(vault, run, i);
      damaged.push(...(verdict.damaged ?? []));
      tally.acked += verdict.acked;
      tally.lost += verdict.lost.length > 0 ? 1 : 0;
      tally.damaged += damaged.length > 0 ? 1 : 0;
      tally.inFlightSaved += verdict.inFlightSaved ? 1 : 0;
      for (const text of [...verdict.lost, ...damaged]) problem(i, text);
    } catch (err) {
      tally.damaged += 1;
      problem(i, `reopening failed: ${err instanceof MendError ? err.code : 'raw error'}: ${(err as Error).message}`);
    } finally {
      vault.lock();
    }
    if (LONG && (i + 1) % 100 === 0) console.log(`kill -9 ${path}: ${i + 1}/${kills} kills, ${tally.lost} lost, ${tally.damaged} damaged so far`);
  }
  return tally;
}

const summary = (path: WritePath, t: Tally, ms: number, extra = '') =>
  `kill -9 ${path}: ${t.kills} kills, ${t.acked} acknowledged writes, ${t.lost} lost, ${t.damaged} damaged, ` +
  `${t.inFlightSaved} with the write under way found saved${extra}, ${(ms / 1000).toFixed(1)} s`;

/**
 * Generous: only a hung worker should ever hit it, even on a busy machine. Each kill starts a
 * fresh Node worker, which takes a few seconds when two cores carry a load of 15 or more
 * (seen here at load 13: the five paths side by side took 440 s, 9 s a kill, 36 s on the passphrase path).
 */
const timeoutFor = (path: WritePath) => KILLS[path] * (path === 'passphrase' ? 60_000 : 20_000) + 60_000;

describe.concurrent(`kill -9 during writes (${LONG ? 'long' : 'short'} run)`, () => {
  const books: Workbook[] = [];
  afterAll(() => {
    for (const book of books) removeDir(book.dir);
  });

  const cases: { path: WritePath; setup: () => Promise<{ book: Workbook; driver: PathDriver }> }[] = [
    {
      path: 'save-new',
      setup: async () => {
        const book = await createWorkbook(() => undefined);
        return { book, driver: { ...saveNewDriver(book), expectedRole: 'H' } };
      },
    },
    {
      path: 'save-edit',
      setup: async () => {
        const ids: string[] = [];
        const book = await createWorkbook((vault) => {
          for (const day of ['2026-06-01', '2026-06-02', '2026-06-03']) {
            ids.push(vault.journal().save({ exerciseId: FAULT_EXERCISE, day, answers: { whatIDid: editText(0) } }).id);
          }
        });
        return { book, driver: { ...saveEditDriver(ids), expectedRole: 'H' } };
      },
    },
    {
      path: 'delete',
      setup: async () => {
        const book = await createWorkbook(() => undefined);
        return { book, driver: { ...deleteDriver(), expectedRole: 'H' } };
      },
    },
    { path: 'profile', setup: async () => ({ book: await createWorkbook(() => undefined), driver: profileDriver() }) },
    {
      path: 'passphrase',
      setup: async () => {
        const book = await createWorkbook(() => undefined);
        return { book, driver: { ...passphraseDriver(book), expectedRole: 'H' } };
      },
    },
  ];

  for (const { path, setup } of cases) {
    it(
      `${path}: ${KILLS[path]} kills lose no acknowledged write and damage nothing`,
      async ({ expect: expectHere }) => {
        const { book, driver } = await setup();
        books.push(book);
        const started = performance.now();
        const tally = await killLoop(path, book, driver, KILLS[path]);
        const aimed = path === 'passphrase' ? ` (${Math.floor(KILLS[path] / 2)} kills aimed at the header write)` : '';
        console.log(summary(path, tally, performance.now() - started, aimed));
        expectHere(tally.problems, tally.problems.join('\n')).toEqual([]);
        expectHere(tally.kills).toBe(KILLS[path]);
        expectHere(tally.acked).toBeGreaterThan(0);
      },
      timeoutFor(path),
    );
  }
});

// The worker's text formats are what the checks above rebuild; keep them honest.
describe('the fault worker’s formats', () => {
  it('rebuilds edit versions and entry texts exactly', () => {
    expect(versionOf(editText(41))).toBe(41);
    expect(newEntryText(3, 7)).not.toBe(newEntryText(3, 8));
    expect(FAULT_DAY).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(nextRole('R')).toBe('H');
    expect(nextRole('T')).toBe('R');
    expect(nextRole(null)).toBe('R');
  });
});
