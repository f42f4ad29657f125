// "Data that survives": damaged and tampered workbook files. A copy of a real
// workbook gets one random byte flipped, or is cut short, and must then either
// open with the damaged records reported (and everything else exactly as it
// was), or be refused as 'damaged-file'. Never silently wrong data, never a
// raw exception, and opening never writes to the file.
//
// 200 flips and 50 truncations here; MEND_FAULTS=long runs 1,000 and 200. Then 100 copies
// (1,000 long) of a 300-entry workbook with 1 to 4 flipped bits: none may lose an entry unreported.
// Most copies are opened with the data key (unlockWithKeys: no scrypt); one
// in PASSPHRASE_EVERY is opened with the passphrase, which also runs the
// header's KDF checks and the key unwrap.
//
// Since format 5 (the manifest, journal/manifest.ts) no entry may go missing
// without a report: each is listed, or named in the report (missing, damaged,
// older…), or the report says the list itself is missing or damaged.
//
// What a refusal may say: the whole header body (KDF settings, wrapped key and
// key-check value alike) is covered by its SHA-256 checksum, so a single flipped
// byte anywhere in the header is 'damaged-file', never 'wrong-passphrase', with
// either way of unlocking. 'wrong-passphrase' is therefore never accepted here.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../../../main/services/vault/vault.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import type { MemberKeys } from '../../../main/services/vault/member-keys.ts';
import { MendError } from '../../../shared/contract/result.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { makeTempDir, readRecords, removeDir, withDatabase } from '../main/helpers.ts';
import type { RawRecord } from '../main/helpers.ts';
import { buildTemplate, checkpoint, PASS, removeSidecars, settingsRow } from './tamper-kit.ts';
import type { Template } from './tamper-kit.ts';

const LONG = process.env.MEND_FAULTS === 'long';
const FLIPS = LONG ? 1000 : 200;
const TRUNCATIONS = LONG ? 200 : 50;
const PASSPHRASE_EVERY = 25;
/** Printed in the summary; set MEND_FAULTS_SEED to replay the same offsets (the workbook's random bytes differ per run). */
const SEED = Number(process.env.MEND_FAULTS_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: a small seeded PRNG, so a failing run's offsets can be replayed. */
function prng(seed: number): (maxExclusive: number) => number {
  let a = seed >>> 0;
  return (maxExclusive) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * maxExclusive);
  };
}

const sameRow = (a: RawRecord, b: RawRecord) =>
  a.id === b.id &&
  a.sort_key === b.sort_key &&
  Buffer.from(a.nonce).equals(Buffer.from(b.nonce)) &&
  Buffer.from(a.ciphertext).equals(Buffer.from(b.ciphertext));

type Outcome = 'opened intact' | 'opened, damage reported' | 'refused: damaged-file' | 'WRONG';

interface CaseResult {
  outcome: Outcome;
  problems: string[];
}

/** Writes `bytes` as the workbook in `dir`, opens it, and checks what came back against the template. */
async function openDamagedCopy(t: Template, dir: string, bytes: Buffer, withPassphrase: boolean): Promise<CaseResult> {
  const path = join(dir, WORKBOOK_FILE);
  removeSidecars(path);
  writeFileSync(path, bytes);
  const problems: string[] = [];
  const vault = new Vault(dir);
  let outcome: Outcome;
  let report: { damaged: { id: string; day: string | null; kind?: string }[]; recordList?: string } | null = null;
  let listed: Entry[] = [];
  let role: string | null = null;
  try {
    report = withPassphrase ? await vault.unlock(PASS) : await vault.unlockWithKeys(t.key);
    listed = vault.journal().list();
    role = vault.profile().get().role;
    outcome = report.damaged.length > 0 || report.recordList ? 'opened, damage reported' : 'opened intact';
  } catch (err) {
    if (err instanceof MendError && err.code === 'damaged-file') outcome = 'refused: damaged-file';
    else {
      outcome = 'WRONG';
      problems.push(`refused with ${err instanceof MendError ? `MendError '${err.code}'` : `a raw error (errcode ${(err as { errcode?: number }).errcode}: ${(err as Error).message}) at ${(err as Error).stack?.split("\n")[1]?.trim()}`}`);
    }
  } finally {
    vault.lock();
  }

  // Opening never writes to the file, whether it opened or was refused.
  if (!readFileSync(path).equals(bytes)) problems.push('the file was changed by opening it');

  if (report) {
    for (const entry of listed) {
      const original = t.entries.get(entry.id);
      if (!original) problems.push(`an entry that was never saved: ${entry.id}`);
      else if (JSON.stringify(entry) !== JSON.stringify(original)) problems.push(`SILENTLY WRONG entry ${entry.id}`);
    }
    const rows = new Map(readRecords(path).map((r) => [r.id, r]));
    for (const d of report.damaged) {
      const original = t.rows.get(d.id);
      const now = rows.get(d.id);
      // (A row the table's scan could not reach and its lookup by id did: the manifest names it missing.)
      if (original && now && sameRow(original, now) && d.kind !== 'missing') problems.push(`record ${d.id} reported damaged but its row is unchanged`);
    }
    // No entry missing without a report: named by id (the manifest names what no row holds), or the list itself reported.
    const seen = new Set([...listed.map((e) => e.id), ...report.damaged.map((d) => d.id)]);
    const missing = [...t.entries.keys()].filter((id) => !seen.has(id));
    if (missing.length > 0 && !report.recordList) problems.push(`SILENTLY LOST: ${missing.length} entries neither opened nor reported`);
    // An unreadable profile counts as "not chosen yet" by design; it must not change otherwise.
    if (role !== 'H') {
      const row = settingsRow(path);
      // A flip in the row's key column leaves its sealed value as it was, but under a name Mend never asks for.
      const changed = !row || row.key !== t.profileRow.key || !Buffer.from(row.ciphertext).equals(Buffer.from(t.profileRow.ciphertext)) || !Buffer.from(row.nonce).equals(Buffer.from(t.profileRow.nonce));
      if (role !== null || !changed) problems.push(`profile reads ${JSON.stringify(role)}`);
    }
    removeSidecars(path);
  }
  return { outcome, problems };
}

function tallyLine(title: string, results: CaseResult[], withPassphrase: number): string {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([outcome, n]) => `${n} ${outcome}`);
  return `tamper ${title}: ${results.length} copies (${withPassphrase} opened with the passphrase, seed ${SEED}): ${parts.join(', ')}`;
}

describe('random damage to a checkpointed workbook', () => {
  let t: Template;
  let work: string;
  const next = prng(SEED);

  beforeAll(async () => {
    t = await buildTemplate();
    work = makeTempDir();
  });
  afterAll(() => {
    removeDir(t?.dir);
    removeDir(work);
  });

  it('starts from a file that holds everything (no WAL left) and opens intact', async () => {
    expect(existsSync(`${t.path}-wal`) ? statSync(`${t.path}-wal`).size : 0).toBe(0);
    const result = await openDamagedCopy(t, work, t.bytes, false);
    expect(result).toEqual({ outcome: 'opened intact', problems: [] });
  });

  it(`${FLIPS} random single-byte flips: damage reported or refused as damaged-file, never wrong data`, async () => {
    const results: CaseResult[] = [];
    const problems: string[] = [];
    let withPassphrase = 0;
    for (let i = 0; i < FLIPS; i++) {
      const bytes = Buffer.from(t.bytes);
      const offset = next(bytes.length);
      const mask = 1 + next(255);
      bytes[offset] = (bytes[offset] ?? 0) ^ mask;
      const usePassphrase = i % PASSPHRASE_EVERY === 0;
      if (usePassphrase) withPassphrase += 1;
      const result = await openDamagedCopy(t, work, bytes, usePassphrase);
      results.push(result);
      for (const p of result.problems) problems.push(`byte ${offset} (page ${Math.floor(offset / 4096) + 1}) ^ 0x${mask.toString(16)}: ${p}`);
    }
    console.log(tallyLine('single-byte flips', results, withPassphrase));
    expect(problems).toEqual([]);
  }, LONG ? 1_800_000 : 300_000);

  it(`${TRUNCATIONS} truncations at random lengths: damage reported or refused as damaged-file, never wrong data`, async () => {
    const results: CaseResult[] = [];
    const problems: string[] = [];
    let withPassphrase = 0;
    for (let i = 0; i < TRUNCATIONS; i++) {
      const length = next(t.bytes.length);
      const usePassphrase = i % PASSPHRASE_EVERY === 0;
      if (usePassphrase) withPassphrase += 1;
      const result = await openDamagedCopy(t, work, Buffer.from(t.bytes.subarray(0, length)), usePassphrase);
      results.push(result);
      for (const p of result.problems) problems.push(`cut to ${length} bytes: ${p}`);
    }
    console.log(tallyLine('truncations', results, withPassphrase));
    expect(problems).toEqual([]);
  }, LONG ? 1_800_000 : 300_000);

  /** Opens `bytes` as a workbook with the data key: 'reported' (damage reported), a MendError code, or the raw error. */
  const openOutcome = async (bytes: Buffer) => {
    const path = join(work, WORKBOOK_FILE);
    removeSidecars(path);
    writeFileSync(path, bytes);
    const vault = new Vault(work);
    try {
      const report = await vault.unlockWithKeys(t.key);
      return report.damaged.length > 0 ? 'reported' : 'opened without reporting it';
    } catch (err) {
      return err instanceof MendError ? err.code : `raw SQLite error ${(err as { errcode?: number }).errcode}: ${(err as Error).message}`;
    } finally {
      vault.lock();
    }
  };

  // KNOWN BUG (this and the next test). Vault.#unlockWith -> #adopt -> new Journal(): the records
  // are read with a plain `SELECT … FROM records` that nothing wraps, and openDatabase's check
  // (`SELECT count(*) FROM records`) is answered from an index, so it never touches the table's
  // pages. Damage there (a broken overflow chain: SQLITE_CORRUPT, errcode 11; a file cut in the
  // middle of its last page: SQLITE_IOERR_SHORT_READ, errcode 522, "disk I/O error") makes unlock
  // reject with a raw SqliteError. Over IPC the router turns it into 'internal' ("Something went
  // wrong… please try again"): the user is never told the file is damaged, and trying again never
  // helps. Expected: 'damaged-file', or the record reported as damaged and the rest opened.
  // In random runs: ~0.2% of single-byte flips and ~5% of truncations.
  it('a broken overflow chain in one record is reported as damage, not thrown as a raw SQLite error', async () => {
    const ciphertext = Buffer.from(t.rows.get(t.big.id)!.ciphertext);
    const at = t.bytes.indexOf(ciphertext.subarray(5_000, 5_064));
    expect(at).toBeGreaterThan(0);
    const bytes = Buffer.from(t.bytes);
    // Byte 5,000 of a ~19 kB record lies on one of its first overflow pages, never the last; an
    // overflow page starts with the number of the next page of the chain, and 0 ends it early.
    bytes.writeUInt32BE(0, Math.floor(at / 4096) * 4096);
    expect(['reported', 'damaged-file']).toContain(await openOutcome(bytes));
  });

  it('a file cut in the middle of an overflow page is reported as damage, not thrown raw', async () => {
    const pages = withDatabase(t.path, (db) => db.prepare("SELECT pageno FROM dbstat WHERE pagetype = 'overflow' ORDER BY pageno DESC LIMIT 1").all(), {
      readOnly: true,
    }) as { pageno: number }[];
    const last = pages[0]!;
    expect(last.pageno).toBeGreaterThan(1);
    const bytes = Buffer.from(t.bytes.subarray(0, (last.pageno - 1) * 4096 + 2048));
    expect(['reported', 'damaged-file']).toContain(await openOutcome(bytes));
  });
});

// The issue's measurement: 1 to 4 flipped bits in a 300-entry workbook dropped an entry with no report in 5 % of
// runs (SQLite keeps no page checksums; a flip in a B-tree page can hide rows). With the manifest, none.
describe('bit flips in a 300-entry workbook: no entry missing without a report', () => {
  const RUNS = LONG ? 1000 : 100;
  let dir: string;
  let work: string;
  let bytes: Buffer;
  let ids: string[];
  let key: MemberKeys;
  const next = prng(SEED + 1);

  beforeAll(async () => {
    dir = makeTempDir();
    work = makeTempDir();
    const vault = new Vault(dir);
    await vault.create(PASS);
    for (let i = 0; i < 300; i++) vault.journal().save({ exerciseId: 'owning-it', day: '2026-03-01', answers: { whatIDid: `entry ${i} ${'w'.repeat(40 + (i % 7) * 90)}` } });
    ids = vault.journal().list().map((e) => e.id);
    key = vault.copyKeys();
    vault.lock();
    checkpoint(join(dir, WORKBOOK_FILE));
    bytes = readFileSync(join(dir, WORKBOOK_FILE));
  }, 120_000);
  afterAll(() => {
    removeDir(dir);
    removeDir(work);
  });

  it(`${RUNS} copies with 1 to 4 flipped bits`, async () => {
    const silent: string[] = [];
    let reported = 0;
    for (let run = 0; run < RUNS; run++) {
      const copy = Buffer.from(bytes);
      const flips = 1 + next(4);
      for (let f = 0; f < flips; f++) {
        const at = next(copy.length);
        copy[at] = (copy[at] ?? 0) ^ (1 << next(8));
      }
      const path = join(work, WORKBOOK_FILE);
      removeSidecars(path);
      writeFileSync(path, copy);
      const vault = new Vault(work);
      try {
        const report = await vault.unlockWithKeys(key);
        const seen = new Set([...vault.journal().list().map((e) => e.id), ...report.damaged.map((d) => d.id)]);
        const missing = ids.filter((id) => !seen.has(id));
        if (missing.length > 0 && !report.recordList) silent.push(`run ${run}: ${missing.length} entries missing, no report`);
        if (report.damaged.length > 0 || report.recordList) reported += 1;
      } catch (err) {
        if (!(err instanceof MendError)) silent.push(`run ${run}: ${String(err)}`);
      } finally {
        vault.lock();
      }
    }
    console.log(`tamper bit flips in 300 entries: ${RUNS} copies (seed ${SEED + 1}), ${reported} with a report, ${silent.length} with an entry missing and no report`);
    expect(silent).toEqual([]);
  }, LONG ? 1_800_000 : 300_000);
});
