// Signature checks at unlock. Only shared records carry signatures (a workbook
// for one has none to check), so the case that costs is a workbook for two whose
// entries are all shared: it is seeded here through the code under test (its own
// Vault, addPartner and record codec, each row signed by its author as the
// journal signs it) and unlocked with a kept key, so the KDF is left out.
// Beside it: a workbook for one of the same size (nothing to verify: the unlock
// the 1.2x target is about), and one Ed25519 verify alone.
//
// In `npm run bench` it times this code. Run on its own with a reference
// checkout, it times both in the same run and reports the ratios:
//   node tests/bench/signatures.bench.ts --ref=/path/to/main-checkout [--sizes=10000,100000]
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
  db.close();
  return { dir, keys };
}

/** Median unlock (kept key, no KDF) of the workbook in `dir`, and the longest hold of the event loop. */
async function unlockTimes(code: Code, dir: string, keys: unknown, count: number, runs: number): Promise<{ ms: number; blocked: number }> {
  const vault = new code.Vault(dir);
  const times: number[] = [];
  let blocked = 0;
  for (let i = 0; i < runs; i++) {
    vault.lock();
    const { result, maxBlockedMs } = await code.kit.watchEventLoop(async () => {
      const started = performance.now();
      const report = await vault.unlockWithKeys(keys);
      if (report.damaged.length > 0 || vault.journal().size !== count) throw new Error(`unlock read ${vault.journal().size} of ${count}, ${report.damaged.length} damaged`);
      return performance.now() - started;
    });
    times.push(result as number);
    blocked = Math.max(blocked, maxBlockedMs as number);
  }
  vault.lock();
  return { ms: code.kit.median(times), blocked };
}

interface Figures {
  solo: { ms: number; blocked: number };
  forTwo: { ms: number; blocked: number };
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

/** Rows for `npm run bench` (this code), or beside a reference checkout's figures. */
export async function benchSignatures(sizes: number[], runs: number, reference?: string): Promise<BenchRow[]> {
  const here = await codeAt(HERE);
  const ref = reference ? await codeAt(reference) : undefined;
  const rows: BenchRow[] = [{ name: 'one Ed25519 verify (a shared record at unlock)', value: measureVerify(), unit: 'ms' }];
  for (const n of sizes) {
    // Alternated, reference first, so load on the machine falls on both alike.
    const theirs = ref ? await figuresOf(ref, n, runs) : undefined;
    const ours = await figuresOf(here, n, runs);
    rows.push({
      name: `unlock @${label(n)}, workbook for one (kept key, no KDF)`,
      value: ours.solo.ms,
      unit: 'ms',
      detail: { loopHeldMs: ours.solo.blocked },
      ...(theirs ? { reference: { name: 'reference checkout', value: theirs.solo.ms }, target: 1.2 * theirs.solo.ms, pass: ours.solo.ms <= 1.2 * theirs.solo.ms } : {}),
    });
    rows.push({
      name: `unlock @${label(n)} shared entries, workbook for two, every signature checked`,
      value: ours.forTwo.ms,
      unit: 'ms',
      detail: { loopHeldMs: ours.forTwo.blocked },
      ...(theirs ? { reference: { name: 'reference checkout (no signatures)', value: theirs.forTwo.ms } } : {}),
    });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const refArg = process.argv.find((a) => a.startsWith('--ref='))?.slice('--ref='.length);
  const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length);
  const sizes = sizesArg ? sizesArg.split(',').map(Number) : [10_000, 100_000];
  // A size at a time, printed as it comes: 100k on a loaded machine takes a long while.
  for (const n of sizes) {
    for (const row of await benchSignatures([n], 3, refArg ? resolve(refArg) : undefined)) {
      const ratio = row.reference ? ` | reference ${row.reference.value.toFixed(0)} ms, ratio ${(row.value / row.reference.value).toFixed(2)}x` : '';
      console.log(`${row.name}: ${row.value.toFixed(row.value < 1 ? 3 : 0)} ${row.unit}${ratio}${row.detail ? ` ${JSON.stringify(row.detail)}` : ''}`);
    }
  }
}
