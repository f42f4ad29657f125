// The benchmarks still work: `npm run bench --small` (sizes divided by 100,
// one or two runs each) runs every benchmark end to end and writes its results
// in the agreed shape. No figure is asserted: on a shared machine with tiny
// sizes they mean nothing; `npm run bench` is where timings are read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'mend-bench-small-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Results {
  machine: { cpu: string; cores: number; node: string };
  date: string;
  results: { name: string; value: number; unit: string; target?: number; pass?: boolean; reference?: { name: string; value: number } }[];
}

it('runs every benchmark in its small version and reports each row in the agreed shape', () => {
  const out = join(dir, 'bench-small.json');
  const run = spawnSync(process.execPath, ['tests/bench/run.ts', '--small', `--out=${out}`], { cwd: ROOT, encoding: 'utf8', timeout: 280_000, maxBuffer: 16 << 20 });
  expect(run.status, `the small bench failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`).toBe(0);

  const report = JSON.parse(readFileSync(out, 'utf8')) as Results;
  expect(report.machine.node).toBe(process.version);
  expect(Number.isNaN(Date.parse(report.date))).toBe(false);
  for (const row of report.results) {
    expect(row.name, JSON.stringify(row)).toMatch(/\S/);
    expect(Number.isFinite(row.value) && row.value > 0, `${row.name}: ${row.value}`).toBe(true);
    expect(['ms', 'MB', 'KB', 'x']).toContain(row.unit);
    if (row.target !== undefined) expect(typeof row.pass, row.name).toBe('boolean');
    if (row.reference) expect(Number.isFinite(row.reference.value), `${row.name} reference`).toBe(true);
  }
  // Every benchmark of the issue reported (one row per measure, at the small sizes).
  const names = report.results.map((r) => r.name).join('\n');
  for (const measure of [
    /^save p95 @1$/m,
    /^save p95 @100$/m,
    /^save p95 @1k$/m,
    /^save p95 growth/m,
    /^unlock after KDF, to home data ready @1k$/m,
    /^unlock KDF alone @1k$/m,
    /^event loop held longest during unlock @1k$/m,
    /^list an exercise's entries p95 @1k$/m,
    /^list a page \(100\) of an exercise's entries p95 @1k$/m,
    /^open an entry p95 @1k$/m,
    /^search p95 @1k$/m,
    /^event loop held longest during search @1k$/m,
    /^export an encrypted copy \(median\) @1k$/m,
    /^event loop held longest during export of a copy @1k$/m,
    /^readable export, Markdown \(median\) @1k$/m,
    /^event loop held longest during the readable export @1k$/m,
    /^summary PDF/m,
    /^renderer start/m,
    /^renderer JavaScript loaded at start/m,
    /^main heap after unlock @1k$/m,
    /^apology notes per keystroke/m,
  ]) {
    expect(names).toMatch(measure);
  }
}, 300_000);
