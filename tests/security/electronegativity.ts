// Security gate: runs Electronegativity (Doyensec's static checks for Electron
// misconfigurations) over Mend's sources and fails on any finding that
// docs/SECURITY.md does not accept, with a reason, in its table "Electronegativity
// findings we accept". Rows match by check and file, not line, so moving code
// does not break the gate; a row that matches nothing fails it too, so the
// table never vouches for code that is gone. Runs offline, in about a second:
//   node tests/security/electronegativity.ts
//
// It uses Electronegativity's API rather than its CLI: the CLI always fetches
// translations first and writes only CSV or SARIF, while the API hands back the
// findings and parse errors as objects.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const POLICY_FILE = 'docs/SECURITY.md';
const TABLE_HEADING = /^#{2,4}\s+Electronegativity findings we accept\s*$/;

/**
 * What is scanned: all of main (with the preload and services), the renderer's
 * sources, and shared/. renderer/index.html too, because the CSP meta tag lives
 * there (without it the CSP check reports "no CSP" at all). Copied into one
 * folder so the global checks (navigation limits, permission handler, CSP) see
 * main and renderer together, and nothing else (tests, out/, node_modules).
 */
const SCANNED = ['main', 'renderer/src', 'renderer/index.html', 'shared'];

/**
 * AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list on
 * every run; it is left out so the gate works offline. Keeping Electron current
 * is item 16 of the checklist in docs/SECURITY.md.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
  manualReview?: boolean;
  sample?: string;
}

interface RunResult {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}

type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

interface Accepted {
  check: string;
  file: string;
  reason: string;
}

const projectRequire = createRequire(join(ROOT, 'package.json'));

/**
 * Electronegativity fetches translations (and, in the excluded check, releases)
 * with `got`. Putting a stand-in for `got` in the module cache before it loads
 * means no request can leave, whatever the network: the translation fetch
 * "fails" quietly and the bundled English texts are used.
 */
function loadElectronegativityOffline(): Run {
  const entry = projectRequire.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(entry).resolve('got');
  const offline = async () => ({ statusCode: 503, headers: {}, body: '' });
  const stub = Object.assign(offline, { default: offline, head: offline, get: offline });
  projectRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: stub } as unknown as NodeJS.Module;
  process.env.LANG = 'en-US';
  const loaded = projectRequire('@doyensec/electronegativity') as Run | { default: Run };
  return typeof loaded === 'function' ? loaded : loaded.default;
}

function electronVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
}

const clean = (cell: string) => cell.trim().replace(/^`(.*)`$/, '$1').trim();

/** The accepted findings table of docs/SECURITY.md: | Check | File | Reason |. */
function readAccepted(): Accepted[] {
  const lines = readFileSync(join(ROOT, POLICY_FILE), 'utf8').split('\n');
  const start = lines.findIndex((line) => TABLE_HEADING.test(line));
  if (start < 0) throw new Error(`${POLICY_FILE} has no "Electronegativity findings we accept" heading.`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,4}\s/.test(line)) break;
    if (!line.trim().startsWith('|')) {
      if (rows.length && line.trim()) break;
      continue;
    }
    rows.push(line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map(clean));
  }
  const [header, separator, ...body] = rows;
  if (!header || !separator) throw new Error(`${POLICY_FILE}: the accepted findings table is missing or empty.`);
  const column = (name: string) => {
    const index = header.findIndex((cell) => cell.toLowerCase().startsWith(name));
    if (index < 0) throw new Error(`${POLICY_FILE}: the accepted findings table needs a "${name}" column.`);
    return index;
  };
  const [check, file, reason] = [column('check'), column('file'), column('reason')];
  return body.map((cells, i) => {
    const row = { check: cells[check] ?? '', file: cells[file] ?? '', reason: cells[reason] ?? '' };
    if (!row.check || !row.file || row.reason.length < 20) {
      throw new Error(`${POLICY_FILE}: accepted finding ${i + 1} needs a check, a file and a real reason.`);
    }
    return row;
  });
}

async function scan(run: Run): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'mend-electronegativity-'));
  try {
    for (const path of SCANNED) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
    const result = await run(
      {
        input: dir,
        isRelative: true,
        electronVersionOverride: electronVersion(),
        excludeFromScan: EXCLUDED_CHECKS.map((c) => c.toLowerCase()),
        customScan: [],
        parserPlugins: [],
      },
      false,
    );
    for (const issue of result.issues) issue.file = issue.file.split(sep).join('/');
    for (const error of result.errors) error.file = error.file.replace(dir + sep, '').split(sep).join('/');
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const formatFinding = (f: Finding) =>
  `  ${f.id}  ${f.file}:${f.location.line}:${f.location.column}  (${f.severity.name}, ${f.confidence.name}${f.manualReview ? ', review' : ''})\n` +
  `      ${f.description}${f.sample ? `\n      ${f.sample.slice(0, 160)}` : ''}`;

async function main(): Promise<number> {
  const started = Date.now();
  const accepted = readAccepted();
  const { issues, errors } = await scan(loadElectronegativityOffline());
  const isAccepted = (f: Finding) => accepted.some((a) => a.check === f.id && a.file === f.file);
  const unaccepted = issues.filter((f) => !isAccepted(f));
  const stale = accepted.filter((a) => !issues.some((f) => a.check === f.id && a.file === f.file));
  // A file Electronegativity could not parse is a file it did not check.
  const parseErrors = errors.filter((e) => !e.tolerable);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Electronegativity: ${issues.length} findings in ${SCANNED.join(', ')} (${seconds} s); ${issues.length - unaccepted.length} accepted in ${POLICY_FILE}.`);
  for (const f of issues.filter(isAccepted)) console.log(`  accepted: ${f.id}  ${f.file}:${f.location.line}`);
  if (unaccepted.length) {
    console.error(`\n${unaccepted.length} finding(s) not accepted in ${POLICY_FILE} (fix them, or add a row with the reason):`);
    for (const f of unaccepted) console.error(formatFinding(f));
  }
  if (stale.length) {
    console.error(`\n${stale.length} row(s) of the accepted table match no finding any more; remove them:`);
    for (const a of stale) console.error(`  ${a.check}  ${a.file}`);
  }
  if (parseErrors.length) {
    console.error('\nFiles Electronegativity could not parse (so did not check):');
    for (const e of parseErrors) console.error(`  ${e.file}: ${e.message}`);
  }
  return unaccepted.length || stale.length || parseErrors.length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`Electronegativity gate could not run: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
