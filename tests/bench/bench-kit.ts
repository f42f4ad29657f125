// The small kit every benchmark uses: timing a measure several times, median
// and p95, the machine it ran on, how long the event loop was held, and
// bench-results.json in the agreed shape: one row per measure and size, each
// paired with a reference from the same run.
import { cpus, loadavg, totalmem, release } from 'node:os';
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface BenchRow {
  name: string;
  value: number;
  /** 'x' is a ratio (e.g. p95 at 100k over p95 at 100). */
  unit: 'ms' | 'MB' | 'KB' | 'x';
  target?: number;
  pass?: boolean;
  reference?: { name: string; value: number };
  /** Other figures of the same run worth reading next to it (e.g. the p95 beside the median). */
  detail?: Record<string, number>;
}

export async function sample(runs: number, measure: () => Promise<number> | number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await measure());
  return times;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** One decimal, or three significant digits below 1 (so a fast measure does not read as 0). */
export const round = (n: number) => (Math.abs(n) < 1 ? Number(n.toPrecision(3)) : Math.round(n * 10) / 10);
export const round2 = (n: number) => (Math.abs(n) < 1 ? round(n) : Math.round(n * 100) / 100);

/** 100 -> "100", 10000 -> "10k", 100000 -> "100k", as the rows are named. */
export function sizeLabel(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

/** `target` as an upper bound: the row's target and pass fields, or nothing when there is no target. */
export function targetOf(value: number, target: number | undefined): Pick<BenchRow, 'target' | 'pass'> {
  return target === undefined ? {} : { target, pass: value <= target };
}

export function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch} ${release()}`,
    /** 1-minute load average when the run started: other work on the machine shows up in every figure. */
    loadAverage: round2(loadavg()[0] ?? 0),
  };
}

/**
 * Our reading of "the UI never freezes": no single hold of the main event loop
 * longer than a long task in the browser's sense (50 ms). The issue names no number.
 */
export const LOOP_BLOCK_TARGET_MS = 50;

/**
 * Runs `work` while watching the event loop, and returns how long the loop was held at
 * most (ms): what a user would feel as a frozen window if this ran in Electron's main.
 */
export async function watchEventLoop<T>(work: () => Promise<T> | T): Promise<{ result: T; maxBlockedMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  // Let the monitor's timer start before the work can hold the loop.
  await new Promise((done) => setTimeout(done, 15));
  const result = await work();
  // Give the timer one turn after the work, so a block at its very end is recorded too.
  await new Promise((done) => setTimeout(done, 15));
  histogram.disable();
  return { result, maxBlockedMs: histogram.max / 1e6 };
}

export function formatRow(r: BenchRow): string {
  const ref = r.reference ? `${r.reference.name}: ${r.reference.value} ${r.unit}` : '';
  const target = r.target === undefined ? '' : `≤ ${r.target}`;
  const pass = r.pass === undefined ? '' : r.pass ? 'yes' : 'NO';
  const detail = r.detail ? Object.entries(r.detail).map(([k, v]) => `${k} ${v}`).join(', ') : '';
  return `${r.name.padEnd(58)} ${`${r.value} ${r.unit}`.padStart(11)} ${target.padStart(8)}  ${pass.padEnd(4)}  ${ref}${detail ? `  [${detail}]` : ''}`;
}

export interface ReportExtra {
  /** The machine as it was when the run started (its load average then). */
  machine?: ReturnType<typeof machine>;
  chromium?: string;
  runtimeSeconds?: number;
  small?: boolean;
  /** Benchmarks that failed to run (their rows are missing). */
  failures?: string[];
}

export function report(rows: BenchRow[], file = 'bench-results.json', extra: ReportExtra = {}): void {
  const m = { ...(extra.machine ?? machine()), ...(extra.chromium ? { chromium: extra.chromium } : {}) };
  console.log(`\nMend benchmarks — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}${extra.chromium ? `, ${extra.chromium}` : ''}, load ${m.loadAverage} at start\n`);
  console.log(`${'measure'.padEnd(58)} ${'value'.padStart(11)} ${'target'.padStart(8)}  pass  reference  [detail]`);
  for (const r of rows) console.log(formatRow(r));
  const body = {
    machine: m,
    date: new Date().toISOString(),
    ...(extra.runtimeSeconds === undefined ? {} : { runtimeSeconds: Math.round(extra.runtimeSeconds) }),
    ...(extra.small ? { small: true } : {}),
    ...(extra.failures?.length ? { failures: extra.failures } : {}),
    results: rows,
  };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  const missed = rows.filter((r) => r.pass === false).map((r) => r.name);
  console.log(`\n${missed.length ? `missed: ${missed.join('; ')}` : 'every target met'}`);
  console.log(`written to ${file}${extra.runtimeSeconds === undefined ? '' : ` (${Math.round(extra.runtimeSeconds)} s in all)`}`);
}

/** Prints a row as soon as it is measured, so a long run shows where it is. */
export function progress(rows: BenchRow[]): BenchRow[] {
  for (const r of rows) console.log(`  ${formatRow(r)}`);
  return rows;
}
