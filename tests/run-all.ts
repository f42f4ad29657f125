// `npm test`: lint (with the layer rule), the security scan (electronegativity),
// type checks, build, then every test runner, and one closing line that adds
// them up. A failing gate stops the run; the test suites always all run, so one
// red suite does not hide another.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const REPORTS = join(ROOT, 'test-results');

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n── ${title} ──`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function readJson<T>(file: string): T | null {
  const path = join(REPORTS, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

function vitestCounts(file: string): Counts | null {
  const r = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(file);
  return r && { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

// The names of failed tests, repeated beside the summary: CI keeps only the tail
// of a long run, and a count without a name cannot be acted on.
function vitestFailures(file: string): string[] {
  type Assertion = { fullName: string; status: string; failureMessages?: string[] };
  const r = readJson<{ testResults: { name: string; message?: string; status: string; assertionResults: Assertion[] }[] }>(file);
  if (!r) return [];
  const firstLine = (text: string | undefined) => (text ?? '').trim().split('\n')[0]?.slice(0, 200) ?? '';
  return r.testResults.flatMap((result) => {
    const path = result.name.replace(ROOT + '/', '');
    const failed = result.assertionResults.filter((a) => a.status === 'failed');
    // A file that fails outside any test (a hook, an import) has no failed assertion of its own.
    if (failed.length === 0 && result.status === 'failed') return [`${path} — ${firstLine(result.message)}`];
    return failed.map((a) => `${path} › ${a.fullName} — ${firstLine(a.failureMessages?.[0])}`);
  });
}

interface PlaywrightSuite {
  title: string;
  specs?: { title: string; ok: boolean }[];
  suites?: PlaywrightSuite[];
}

function playwrightFailures(file: string): string[] {
  const r = readJson<{ suites: PlaywrightSuite[] }>(file);
  const walk = (suite: PlaywrightSuite, path: string): string[] => [
    ...(suite.specs ?? []).filter((s) => !s.ok).map((s) => `${path} › ${s.title}`),
    ...(suite.suites ?? []).flatMap((child) => walk(child, `${path} › ${child.title}`)),
  ];
  return r ? r.suites.flatMap((s) => walk(s, s.title)) : [];
}

function playwrightCounts(file: string): Counts | null {
  const r = readJson<{ stats: { expected: number; unexpected: number; skipped: number; flaky: number } }>(file);
  return r && { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const gates: [string, string, string[]][] = [
  ['lint (including the layer rule)', 'npx', ['eslint', '.']],
  ['security scan (electronegativity)', 'node', ['tests/security/electronegativity.ts']],
  ['type checks (Node, renderer, shared)', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build']],
];
for (const [title, command, args] of gates) {
  if (!run(title, command, args)) {
    console.log(`\n${title} failed; tests were not run.`);
    process.exit(1);
  }
}

const unitOk = run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit-report.json']);
// electron-builder --dir against a stand-in Electron dist, then what app.asar holds (tests/package/package-check.ts).
const packageOk = run('packaged layout (app.asar, production dependencies, deb metadata)', 'node', ['tests/package/package-check.ts']);
const browserOk = run('browser end-to-end tests (Playwright + Chromium)', 'npx', ['playwright', 'test', '-c', 'tests/browser/playwright.config.ts']);
const electronOk = run('Electron end-to-end tests', 'node', ['tests/electron/run.ts']);
// The exchange through a real sync engine (tests/sync/): where Syncthing is installed, as
// .ci/run installs it; elsewhere it is skipped with its one line, as the Electron suite is.
const hasSyncthing = spawnSync('syncthing', ['--version'], { stdio: 'ignore' }).status === 0;
let syncOk = true;
if (hasSyncthing) {
  syncOk = run('two computers through Syncthing', 'npx', ['vitest', 'run', '--config', 'tests/sync/vitest.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/sync-report.json']);
} else {
  console.log('\n── two computers through Syncthing ──\nskipped — syncthing is not installed here (Debian: apt install syncthing; .ci/run installs it).');
}

const suites: [string, Counts | null, boolean][] = [
  ['unit', vitestCounts('unit-report.json'), unitOk],
  ['browser', playwrightCounts('browser-report.json'), browserOk],
  ['electron', playwrightCounts('electron-report.json'), electronOk],
  ['sync', vitestCounts('sync-report.json'), syncOk],
];
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
console.log('\n── summary ──');
for (const [name, counts, ok] of suites) {
  if (!counts) {
    console.log(`${name}: ${ok ? 'skipped (see above)' : 'did not report (failed to run)'}`);
    if (!ok) total.failed += 1;
    continue;
  }
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  total.passed += counts.passed;
  total.failed += counts.failed + (ok || counts.failed > 0 ? 0 : 1);
  total.skipped += counts.skipped;
}
const failures = [...vitestFailures('unit-report.json'), ...vitestFailures('sync-report.json'), ...playwrightFailures('browser-report.json'), ...playwrightFailures('electron-report.json')];
for (const name of failures) console.log(`failed: ${name}`);
console.log(`total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
console.log(`package layout: ${packageOk ? 'in place' : 'FAILED (see above)'}`);
process.exit(unitOk && packageOk && browserOk && electronOk && syncOk ? 0 : 1);
