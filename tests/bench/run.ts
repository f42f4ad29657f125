// `npm run bench`: every benchmark on generated data, a table on screen, and
// bench-results.json (see tests/bench/bench-kit.ts). One workbook is seeded per
// size (100, 10k, 100k) and shared by the benchmarks of that size (seeding 100k
// entries takes a while); docs/PERFORMANCE.md reads the results.
//   --small         sizes divided by 100 and very few runs: only proves the
//                   benchmarks still work (npm test runs it); no figure means anything.
//   --only=a,b      only these groups: save, list, search, unlock, export, memory, rotation, summary, renderer, apology, exchange.
//   --out=file      where to write the results (default bench-results.json, or
//                   test-results/bench-small.json with --small).
//   --sizes=a,b     only these of the full sizes (100, 10000, 100000), before --small divides them.
//   --ref=a,b       signatures only: other checkouts timed beside this one, in the same run.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { benchApology } from './apology.bench.ts';
import { machine, progress, report } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';
import { benchExchange } from './exchange.bench.ts';
import { benchExports } from './exports.bench.ts';
import { benchListOpen } from './list-open.bench.ts';
import { benchMemory } from './memory.bench.ts';
import { benchRenderer } from './renderer.bench.ts';
import { benchRotation } from './rotation.bench.ts';
import { benchSave, saveGrowthRow } from './save.bench.ts';
import { benchSearch } from './search.bench.ts';
import { benchSignatures } from './signatures.bench.ts';
import { seedBenchWorkbook } from './seed-workbook.ts';
import type { BenchWorkbook } from './seed-workbook.ts';
import { benchSummaryPdf } from './summary-pdf.bench.ts';
import { benchUnlock } from './unlock.bench.ts';

const GROUPS = ['save', 'list', 'search', 'unlock', 'export', 'memory', 'rotation', 'signatures', 'summary', 'renderer', 'apology', 'exchange'] as const;
type Group = (typeof GROUPS)[number];

const small = process.argv.includes('--small');
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = new Set((onlyArg ? onlyArg.slice('--only='.length).split(',') : GROUPS) as Group[]);
for (const g of only) if (!GROUPS.includes(g)) throw new Error(`unknown group ${g}; known: ${GROUPS.join(', ')}`);

const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const FULL_SIZES = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : [100, 10_000, 100_000];
const size = (full: number) => (small ? full / 100 : full);
const started = performance.now();
const atStart = machine();
const rows = new Map<Group, BenchRow[]>(GROUPS.map((g) => [g, []]));
const add = (group: Group, found: BenchRow[] | undefined) => rows.get(group)!.push(...progress(found ?? []));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const failures: string[] = [];

/** Runs one benchmark; a failure is reported and the run goes on (and ends with exit code 1). */
async function step<T>(title: string, work: () => Promise<T> | T): Promise<T | undefined> {
  const t = performance.now();
  console.log(`${title}…`);
  try {
    const result = await work();
    console.log(`  (${title}: ${seconds(performance.now() - t)})`);
    return result;
  } catch (err) {
    console.error(`  ${title} FAILED after ${seconds(performance.now() - t)}:`, err);
    failures.push(title);
    return undefined;
  }
}

const needsWorkbook = ['save', 'list', 'search', 'unlock', 'export', 'memory', 'rotation'].some((g) => only.has(g as Group));
const seeded: BenchWorkbook[] = [];
try {
  // Every size's workbook first, so saves at all sizes can be sampled in the same rounds.
  for (const full of needsWorkbook ? FULL_SIZES : []) {
    // Save runs at every size; the others from 10k up.
    if (full < 10_000 && !only.has('save')) continue;
    const wb = await step(`seeding ${size(full)} entries`, () => seedBenchWorkbook(size(full)));
    if (wb) seeded.push(wb);
  }
  if (only.has('save') && seeded.length) {
    const saves = await step(`save @${seeded.map((wb) => wb.size).join(', ')}`, () =>
      benchSave(seeded, small ? { samples: 5, confSamples: () => 2, confBudgetMs: 0 } : { samples: 200, confSamples: (n) => (n >= 100_000 ? 5 : 30), confBudgetMs: 60_000 }),
    );
    add('save', saves?.map((r) => r.row));
    add('save', saveGrowthRow(saves ?? []));
  }
  for (const wb of [...seeded]) {
    const n = wb.size;
    if (n >= size(10_000)) {
      if (only.has('list')) add('list', await step(`list and open @${n}`, () => benchListOpen(wb, small ? 5 : 50)));
      if (only.has('search')) add('search', await step(`search @${n}`, () => benchSearch(wb, small ? 3 : 30)));
      if (only.has('unlock')) add('unlock', await step(`unlock @${n}`, () => benchUnlock(wb, small ? { runs: 1, backupRuns: 1 } : { runs: n >= 100_000 ? 3 : 5, backupRuns: 2 })));
      if (only.has('export')) add('export', await step(`exports @${n}`, () => benchExports(wb, small ? 1 : 3)));
      if (only.has('memory')) add('memory', await step(`memory @${n}`, () => benchMemory(wb)));
      // Last: it leaves the workbook under another passphrase.
      if (only.has('rotation')) add('rotation', await step(`passphrase change @${n}`, () => benchRotation(wb)));
    }
    wb.remove();
    seeded.splice(seeded.indexOf(wb), 1);
  }
} finally {
  for (const wb of seeded) wb.remove();
}

if (only.has('exchange')) add('exchange', await step('the exchange between two computers', () => benchExchange(small ? 20 : 1000, small ? 2 : 10)));
// --ref=a[,b]: checkouts timed beside this one in the same run (the first is what the 1.2x target is measured against).
const refArg = process.argv.find((a) => a.startsWith('--ref='))?.slice('--ref='.length);
const signatureSizes = small ? [size(10_000)] : FULL_SIZES.filter((n) => n >= 10_000);
if (only.has('signatures')) add('signatures', await step('signature checks at unlock', () => benchSignatures(signatureSizes, small ? 1 : 3, refArg ? refArg.split(',').map((r) => resolve(r)) : [])));
if (only.has('summary')) add('summary', await step('summary PDF', () => benchSummaryPdf(small ? { entries: 100, runs: 1 } : { entries: 10_000, runs: 7 })));
if (only.has('apology')) add('apology', await step('apology notes per keystroke', () => benchApology(small ? 20 : 400)));
let chromiumVersion: string | undefined;
if (only.has('renderer')) {
  const renderer = await step('renderer start', () => benchRenderer(small ? 2 : 15));
  chromiumVersion = renderer?.chromium;
  add('renderer', renderer?.rows);
}

const outArg = process.argv.find((a) => a.startsWith('--out='));
const out = outArg ? outArg.slice('--out='.length) : small ? 'test-results/bench-small.json' : 'bench-results.json';
mkdirSync(dirname(resolve(out)), { recursive: true });
report(
  GROUPS.flatMap((g) => rows.get(g)!),
  out,
  { machine: atStart, runtimeSeconds: (performance.now() - started) / 1000, small, failures, ...(chromiumVersion ? { chromium: chromiumVersion } : {}) },
);
if (failures.length) {
  console.error(`\n${failures.length} benchmark(s) failed: ${failures.join('; ')}`);
  process.exitCode = 1;
}
// The results are written: exit now. A benchmark that failed half-way can leave a
// handle open (a page server, a browser), and the small bench's test would then
// wait on this process until its timeout instead of reading the failure.
process.exit();
