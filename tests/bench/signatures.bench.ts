// Signature checks at unlock. Only shared records carry signatures (a workbook
// for one has none to check), so the case that costs is a workbook for two whose
// entries are all shared: it is seeded here through the code under test (its own
// Vault, addPartner and record codec, each row signed by its author as the
// journal signs it) and unlocked with a kept key, so the KDF is left out.
// Beside it: a workbook for one of the same size (nothing to verify: the unlock
// the 1.2x target is about), and one Ed25519 verify alone.
//
// In `npm run bench` it times this code. With reference checkouts (the first is
// the one the 1.2x target is measured against: code from before signatures), it
// times each in the same run, alternated, and reports the ratios:
//   node tests/bench/signatures.bench.ts --ref=/path/a[,/path/b] [--sizes=10000,100000]
//   node tests/bench/run.ts --only=signatures --ref=/path/a[,/path/b] --sizes=10000
// Each unlock is timed three times: the first after seeding (nothing verified
// before: with the cache of verified records, every record is verified then and
// the cache written at lock) and two more; the median is reported, the first beside it.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import type { BenchRow } from './bench-kit.ts';
import { measureVerify } from './verify-cost.ts';

const HERE = resolve(import.meta.dirname, '../..');
const PASS_A = 'bench partner one';
const PASS_B = 'bench partner two';

/** The modules of one checkout, loaded from its root (this one, or a reference). */
async function codeAt(root: string) {
  const load = (path: string) => import(pathToFileURL(join(root, path)).href);
  const [vault, codec, keys, seed, kit] = await Promise.all([
    load('main/services/vault/vault.ts'),
    load('main/services/journal/record-codec.ts'),
    load('main/services/journal/record-keys.ts'),
    load('tests/bench/seed-workbook.ts'),
    load('tests/bench/bench-kit.ts'),
  ]);
  // Only code with identities signs: the reference writes the same rows unsigned.
  const upgrade = await load('main/services/vault/identity-upgrade.ts').catch(() => null);
  return { Vault: vault.Vault, encodeRecord: codec.encodeRecord, recordKeysOf: keys.recordKeysOf, seed, kit, signerOf: upgrade?.signerOf as ((k: unknown) => unknown) | undefined };
}
type Code = Awaited<ReturnType<typeof codeAt>>;

/** A workbook for two, seeded with `count` shared entries by its first partner; answers its folder and that partner's keys. */
async function seedShared(code: Code, count: number): Promise<{ dir: string; keys: unknown }> {
  const dir = mkdtempSync(join(tmpdir(), `mend-bench-sig-${count}-`));
  const vault = new code.Vault(dir);
  await vault.create(PASS_A);
  await vault.addPartner({ currentPassphrase: PASS_A, partnerPassphrase: PASS_B, myName: 'Sam', partnerName: 'Alex', partnerRole: 'H' });
  const keys = vault.copyKeys();
  vault.lock();
  const db = new DatabaseSync(join(dir, 'workbook.mend'));
  const vaultId = (JSON.parse((db.prepare('SELECT body FROM header').get() as { body: string }).body) as { vaultId: string }).vaultId;
  const shared = code.recordKeysOf(keys, true).shared;
  const signing = code.signerOf ? { author: code.signerOf(keys) } : undefined;
  const insert = db.prepare('INSERT INTO records (id, sort_key, tag, nonce, ciphertext) VALUES (?, ?, ?, ?, ?)');
  db.exec('BEGIN');
  for (let i = 0; i < count; i++) {
    const entry = { ...code.seed.realisticEntry(i, '2026-11-21'), id: randomUUID(), visibility: 'shared', author: (keys as { memberId: string }).memberId };
    const row = code.encodeRecord(shared, vaultId, entry, { hidden: false }, signing);
    insert.run(row.id, row.sort_key, row.tag, row.nonce, row.ciphertext);
  }
  db.exec('COMMIT');
  // Rows put in behind Mend's back are in no manifest: code that keeps one (format 5) is handed a workbook that
  // looks like format 4, which its first unlock upgrades (seed-workbook.ts).
  (code.seed as { dropManifests?: (db: DatabaseSync) => void }).dropManifests?.(db);
  db.close();
  return { dir, keys };
}

/**
 * Median unlock (kept key, no KDF) of the workbook in `dir`, the first one, the longest hold of the event loop, and the
 * median CPU time of the process (main and the helper thread): on a loaded machine, less moved by the other work than the wall time.
 */
async function unlockTimes(code: Code, dir: string, keys: unknown, count: number, runs: number): Promise<{ ms: number; first: number; blocked: number; cpuMs: number }> {
  const vault = new code.Vault(dir);
  const times: number[] = [];
  const cpu: number[] = [];
  let blocked = 0;
  for (let i = 0; i < runs; i++) {
    vault.lock();
    const { result, maxBlockedMs } = await code.kit.watchEventLoop(async () => {
      const started = performance.now();
      const cpuAtStart = process.cpuUsage();
      const report = await vault.unlockWithKeys(keys);
      const used = process.cpuUsage(cpuAtStart);
      cpu.push((used.user + used.system) / 1000);
      if (report.damaged.length > 0 || vault.journal().size !== count) throw new Error(`unlock read ${vault.journal().size} of ${count}, ${report.damaged.length} damaged`);
      return performance.now() - started;
    });
    times.push(result as number);
    blocked = Math.max(blocked, maxBlockedMs as number);
  }
  vault.lock();
  return { ms: code.kit.median(times), first: times[0]!, blocked, cpuMs: code.kit.median(cpu) };
}

type Times = Awaited<ReturnType<typeof unlockTimes>>;

interface Figures {
  solo: Times;
  forTwo: Times;
}

async function figuresOf(code: Code, count: number, runs: number): Promise<Figures> {
  const soloDir = mkdtempSync(join(tmpdir(), `mend-bench-solo-${count}-`));
  try {
    const vault = await code.seed.seedWorkbook(soloDir, count);
    const keys = vault.copyKeys();
    vault.lock();
    const solo = await unlockTimes(code, soloDir, keys, count, runs);
    const shared = await seedShared(code, count);
    try {
      return { solo, forTwo: await unlockTimes(code, shared.dir, shared.keys, count, runs) };
    } finally {
      rmSync(shared.dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(soloDir, { recursive: true, force: true });
  }
}

const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

const nameOf = (root: string) => root.split('/').filter(Boolean).at(-1) ?? root;

/** Rows for `npm run bench` (this code), or beside reference checkouts' figures (the first is the target's). */
export async function benchSignatures(sizes: number[], runs: number, references: string[] = []): Promise<BenchRow[]> {
  const here = await codeAt(HERE);
  const refs = await Promise.all(references.map(async (root) => ({ name: nameOf(root), code: await codeAt(root) })));
  const rows: BenchRow[] = [{ name: 'one Ed25519 verify (a shared record at unlock)', value: measureVerify(), unit: 'ms' }];
  for (const n of sizes) {
    // Alternated, references first, so load on the machine falls on all alike.
    const theirs: { name: string; figures: Figures }[] = [];
    for (const ref of refs) theirs.push({ name: ref.name, figures: await figuresOf(ref.code, n, runs) });
    const ours = await figuresOf(here, n, runs);
    const target = theirs[0];
    const others = (pick: (f: Figures) => Times) => Object.fromEntries(theirs.map((t) => [`${t.name}Ms`, pick(t.figures).ms]));
    for (const [name, pick] of [
      [`unlock @${label(n)}, workbook for one (kept key, no KDF)`, (f: Figures) => f.solo],
      [`unlock @${label(n)} shared entries, workbook for two, every signature checked`, (f: Figures) => f.forTwo],
    ] as const) {
      const mine = pick(ours);
      rows.push({
        name,
        value: mine.ms,
        unit: 'ms',
        detail: { firstUnlockMs: mine.first, loopHeldMs: mine.blocked, cpuMs: mine.cpuMs, ...others(pick), ...Object.fromEntries(theirs.map((t) => [`${t.name}CpuMs`, pick(t.figures).cpuMs])) },
        ...(target ? { reference: { name: target.name, value: pick(target.figures).ms }, target: 1.2 * pick(target.figures).ms, pass: mine.ms <= 1.2 * pick(target.figures).ms } : {}),
      });
    }
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const refArg = process.argv.find((a) => a.startsWith('--ref='))?.slice('--ref='.length);
  const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length);
  const sizes = sizesArg ? sizesArg.split(',').map(Number) : [10_000, 100_000];
  // A size at a time, printed as it comes: 100k on a loaded machine takes a long while.
  for (const n of sizes) {
    for (const row of await benchSignatures([n], 3, refArg ? refArg.split(',').map((r) => resolve(r)) : [])) {
      const ratio = row.reference ? ` | reference ${row.reference.value.toFixed(0)} ms, ratio ${(row.value / row.reference.value).toFixed(2)}x` : '';
      console.log(`${row.name}: ${row.value.toFixed(row.value < 1 ? 3 : 0)} ${row.unit}${ratio}${row.detail ? ` ${JSON.stringify(row.detail)}` : ''}`);
    }
  }
}
