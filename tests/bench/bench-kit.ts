// The small kit every benchmark uses: timing a measure several times, median
// and p95, the machine it ran on, and bench-results.json in the agreed shape:
// one row per measure and size, each paired with a reference from the same run.
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';

export interface BenchRow {
  name: string;
  value: number;
  unit: 'ms' | 'MB' | 'KB';
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

export const round = (n: number) => Math.round(n * 10) / 10;

export function machine() {
  const cpu = cpus();
  return { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, node: process.version, platform: `${process.platform} ${process.arch}` };
}

export function report(rows: BenchRow[], file = 'bench-results.json'): void {
  const m = machine();
  console.log(`\nMend benchmarks — ${m.cpu}, ${m.cores} cores, Node ${m.node}\n`);
  console.log(`${'measure'.padEnd(44)} ${'value'.padStart(10)} ${'target'.padStart(8)}  pass  reference`);
  for (const r of rows) {
    const ref = r.reference ? `${r.reference.name}: ${r.reference.value} ${r.unit}` : '';
    const target = r.target === undefined ? '' : `≤ ${r.target}`;
    const pass = r.pass === undefined ? '' : r.pass ? 'yes' : 'NO';
    console.log(`${r.name.padEnd(44)} ${`${r.value} ${r.unit}`.padStart(10)} ${target.padStart(8)}  ${pass.padEnd(4)}  ${ref}`);
  }
  writeFileSync(file, `${JSON.stringify({ machine: m, date: new Date().toISOString(), results: rows }, null, 2)}\n`);
  console.log(`\nwritten to ${file}`);
}
