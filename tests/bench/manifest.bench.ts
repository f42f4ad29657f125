// The manifest's cost (issue 15), beside the code before it in one run:
//   node tests/bench/manifest.bench.ts <checkout of the code before> [sizes]
// For each size, a workbook seeded by each code's own seed-workbook.ts; then
// 200 saves of edited entries, alternating between the two codes so a noisy
// moment falls on both alike (p95 and median), the unlock after the KDF
// (unlockWithKeys, median of 3) and an encrypted copy (snapshotTo, median of 3).
// Prints one table row per size; the rows in docs/PERFORMANCE.md come from it.
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type SeedModule = typeof import('./seed-workbook.ts');
const reference = process.argv[2];
if (!reference) throw new Error('usage: manifest.bench.ts <checkout of the code before> [sizes, e.g. 100,100000]');
const sizes = (process.argv[3] ?? '100,100000').split(',').map(Number);
const SAVES = 200;

const ours = (await import('./seed-workbook.ts')) as SeedModule;
const theirs = (await import(pathToFileURL(join(reference, 'tests/bench/seed-workbook.ts')).href)) as SeedModule;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

async function timeOf(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

for (const size of sizes) {
  const books = [await theirs.seedBenchWorkbook(size), await ours.seedBenchWorkbook(size)];
  try {
    const saves: number[][] = [[], []];
    const lists = books.map((b) => b.vault.journal().list());
    for (let i = 0; i < SAVES; i++) {
      for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) {
        const entry = lists[k]![Math.floor((i * lists[k]!.length) / SAVES)]!;
        // The user's edit, as save.bench.ts makes it: a sentence added to the longest answer.
        const [longest] = Object.entries(entry.answers).filter(([, v]) => typeof v === 'string').sort(([, a], [, b]) => (b as string).length - (a as string).length)[0]!;
        const answers = { ...entry.answers, [longest]: `${entry.answers[longest] as string} And one more (${i}).` };
        const request = { id: entry.id, exerciseId: entry.exerciseId, day: entry.day, answers } as Parameters<ReturnType<typeof books[0]['vault']['journal']>['save']>[0];
        saves[k]!.push(await timeOf(() => books[k]!.vault.journal().save(request)));
      }
      await new Promise((done) => setImmediate(done));
    }
    const unlocks: number[][] = [[], []];
    const copies: number[][] = [[], []];
    for (let run = 0; run < 3; run++) {
      for (const k of [0, 1]) {
        const vault = books[k]!.vault;
        const keys = vault.copyKeys();
        vault.lock();
        unlocks[k]!.push(await timeOf(() => vault.unlockWithKeys(keys)));
        const copy = join(books[k]!.dir, `copy-${run}.mend`);
        copies[k]!.push(await timeOf(() => vault.snapshotTo(copy)));
        rmSync(copy, { force: true });
      }
    }
    const load = execSync('uptime').toString().trim().replace(/.*load average: /, '');
    const [before, after] = [0, 1].map((k) => ({ p95: percentile(saves[k]!, 0.95), median: percentile(saves[k]!, 0.5), unlock: percentile(unlocks[k]!, 0.5), copy: percentile(copies[k]!, 0.5) }));
    console.log(
      `| ${size} | save p95 ${ms(after!.p95)} ms (median ${ms(after!.median)}) | before: ${ms(before!.p95)} ms (${ms(before!.median)}) | ${(after!.p95 / before!.p95).toFixed(2)}× | unlock ${ms(after!.unlock)} ms, before ${ms(before!.unlock)} ms (${(after!.unlock / before!.unlock).toFixed(2)}×) | copy ${ms(after!.copy)} ms, before ${ms(before!.copy)} ms | load ${load} |`,
    );
  } finally {
    for (const b of books) b.remove();
  }
}
