// Which step of a passphrase change holds the event loop, and how long, beside an
// idle loop's holds in the same run (on a loaded machine the scheduler alone holds
// it): node tests/bench/rotation-holds.ts [--sizes=10000,100000] [--runs=2]
// Each run seeds a workbook, takes one backup, unlocks through the real services
// and changes the passphrase twice alternated: with the re-seal on its helper
// thread (vault/reseal-off-thread.ts) and with it on main (the code before it).
// Every gap of the loop over 20 ms is laid against the rotation's step marks
// (vault/rotation-steps.ts): the longest per step is printed.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createAppServices } from '../../main/services/app-services.ts';
import { testPorts } from '../support/test-ports.ts';
import { BENCH_PASSPHRASE, seedWorkbook } from './seed-workbook.ts';

const GAP_MS = 20;

/** Gaps of the loop while `work` runs: a timer every 5 ms, each late start over GAP_MS kept. */
async function gapsDuring<T>(work: () => Promise<T>): Promise<{ gaps: { start: number; end: number }[]; result: T }> {
  const gaps: { start: number; end: number }[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last > GAP_MS + 5) gaps.push({ start: last, end: now });
    last = now;
  }, 5);
  await sleep(20);
  try {
    const result = await work();
    await sleep(20);
    return { gaps, result };
  } finally {
    clearInterval(timer);
  }
}

/** The longest gap per rotation step: a gap is the step's whose mark came last before it began, and of each step marked during it. */
function byStep(gaps: { start: number; end: number }[]): Record<string, number> {
  const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('mend:rotation:')).sort((a, b) => a.startTime - b.startTime);
  const longest: Record<string, number> = {};
  for (const gap of gaps) {
    const during = marks.filter((m) => m.startTime <= gap.end);
    const atStart = during.filter((m) => m.startTime <= gap.start).at(-1);
    const steps = new Set([atStart?.name ?? 'before', ...during.filter((m) => m.startTime > gap.start).map((m) => m.name)]);
    const label = [...steps].map((s) => s.replace('mend:rotation:', '')).join('+');
    longest[label] = Math.max(longest[label] ?? 0, Math.round(gap.end - gap.start - 5));
  }
  return longest;
}

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sizes = (arg('sizes') ?? '10000').split(',').map(Number);
const runs = Number(arg('runs') ?? 1);

for (const size of sizes) {
  for (let run = 0; run < runs; run++) {
    for (const mode of run % 2 === 0 ? (['main', 'helper'] as const) : (['helper', 'main'] as const)) {
      const dir = mkdtempSync(join(tmpdir(), `mend-rotation-holds-${size}-`));
      try {
        (await seedWorkbook(dir, size)).lock();
        const { vault, backups } = createAppServices({ dataDir: dir, appOrigin: 'mend://app', ...testPorts(), ...(mode === 'main' ? { resealWorker: null } : {}) });
        await vault.unlock(BENCH_PASSPHRASE);
        await backups.create();
        const load = loadavg()[0]!.toFixed(1);
        const started = performance.now();
        const change = await gapsDuring(() => vault.changePassphrase(BENCH_PASSPHRASE, 'the benchmark’s new passphrase'));
        const changeMs = performance.now() - started;
        // The idle reference, as long as the change took (at most 20 s), right after it.
        const idle = await gapsDuring(() => sleep(Math.min(changeMs, 20_000)));
        vault.lock();
        const max = (gaps: { start: number; end: number }[]) => Math.round(Math.max(0, ...gaps.map((g) => g.end - g.start - 5)));
        console.log(
          JSON.stringify({ size, mode, load, changeMs: Math.round(changeMs), heldMs: max(change.gaps), idleHeldMs: max(idle.gaps), idleGapsOver50: idle.gaps.filter((g) => g.end - g.start - 5 > 50).length, changeGapsOver50: change.gaps.filter((g) => g.end - g.start - 5 > 50).length, byStep: byStep(change.gaps) }),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
}
