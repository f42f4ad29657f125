// `npm run package:check`: packs the built app with electron-builder (--dir,
// the real configuration) against a stand-in Electron distribution (a folder
// with a dummy executable: no binary can be had here), then reads the app.asar
// it wrote with @electron/asar and checks what ships:
//  - out/main (index.js, its chunks, the record worker), the CommonJS preload, the renderer;
//  - every import of the main bundle and the worker resolves inside the asar (relative files,
//    production packages, node: built-ins or electron), and both load as ES modules;
//  - the production dependencies (package-lock's non-dev closure: electron-store and its own, zod)
//    and nothing from devDependencies;
//  - the record worker, unpacked from app.asar as shipped, starts as an ES module and answers;
//  - the metadata the deb needs (author with an email, homepage, description), and deb as the Linux target.
// Expects `npm run build` to have run (npm test's build gate, or the package:check script).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import asar from '@electron/asar';

const ROOT = resolve(import.meta.dirname, '../..');
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
};

interface PackageJson {
  name: string;
  version: string;
  description?: string;
  homepage?: string;
  author?: { name?: string; email?: string } | string;
  main?: string;
  type?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; dev?: boolean; devOptional?: boolean }> };

if (!existsSync(join(ROOT, 'out/main/index.js'))) {
  console.error('out/ is missing: run `npm run build` first (npm run package:check does).');
  process.exit(1);
}

// The deb's metadata, before packing: electron-builder refuses a deb without them.
const author = typeof pkg.author === 'string' ? { name: pkg.author } : (pkg.author ?? {});
check(Boolean(author.name) && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(author.email ?? ''), 'package.json has an author with an email (the deb Maintainer)');
check(/^https:\/\//.test(pkg.homepage ?? ''), 'package.json has an https homepage (the deb Homepage)');
check(Boolean(pkg.description), 'package.json has a description (the deb Description)');
const builderYml = readFileSync(join(ROOT, 'build/electron-builder.yml'), 'utf8');
/** The list under `linux:` / `target:` in the YAML (comments and other keys skipped). */
function linuxTargetsOf(yml: string): string[] {
  const lines = yml.split('\n').filter((l) => !/^\s*#/.test(l));
  const start = lines.findIndex((l) => l === 'linux:');
  const end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  const section = lines.slice(start + 1, end === -1 ? undefined : end);
  const at = section.findIndex((l) => l.trim() === 'target:');
  const targets: string[] = [];
  for (const line of section.slice(at + 1)) {
    const item = /^\s+- (\S+)$/.exec(line);
    if (!item) break;
    targets.push(item[1]!);
  }
  return start === -1 || at === -1 ? [] : targets;
}
const linuxTargets = linuxTargetsOf(builderYml);
check(JSON.stringify(linuxTargets) === '["deb"]', `the Linux package is the deb only (found ${JSON.stringify(linuxTargets)})`);
for (const dep of ['@electron/fuses', '@electron/asar']) check(Boolean(pkg.devDependencies?.[dep]), `${dep} is declared in devDependencies`);

// Pack against a stand-in Electron dist: electron-builder copies it and renames the executable.
const work = mkdtempSync(join(tmpdir(), 'mend-package-check-'));
const dist = join(work, 'electron-dist');
mkdirSync(join(dist, 'resources'), { recursive: true });
writeFileSync(join(dist, 'electron'), '#!/bin/sh\necho "stand-in Electron: nothing to run"\n');
chmodSync(join(dist, 'electron'), 0o755);
writeFileSync(join(dist, 'version'), JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version);
const output = join(work, 'dist');
const packed = spawnSync(
  'npx',
  ['electron-builder', '--config', 'build/electron-builder.yml', '--linux', 'dir', `-c.electronDist=${dist}`, `-c.directories.output=${output}`, '--publish', 'never'],
  { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MEND_STAND_IN_ELECTRON_DIST: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
);
const archive = join(output, 'linux-unpacked/resources/app.asar');
check(packed.status === 0 && existsSync(archive), 'electron-builder --dir packs app.asar against the stand-in dist');
if (!existsSync(archive)) {
  console.error(packed.stdout, packed.stderr);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

const files = new Set(asar.listPackage(archive, { isPack: false }).map((f) => f.replaceAll('\\', '/').replace(/^\//, '')));
const read = (file: string) => asar.extractFile(archive, file).toString('utf8');
const localFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).replaceAll('\\', '/'));

// What was built is what ships.
for (const dir of ['out/main', 'out/preload', 'out/renderer']) {
  const missing = localFiles(dir).filter((f) => !files.has(f));
  check(missing.length === 0, `${dir} ships whole (${localFiles(dir).length} files)${missing.length ? `; missing ${missing.join(', ')}` : ''}`);
}
check(files.has('out/main/record-worker.js'), 'the record worker ships beside the main bundle');
check(files.has('out/main/envelope-worker.js'), 'the envelope worker (exchange/envelope-opener.ts) ships beside the main bundle');
check(files.has('out/main/reseal-worker.js'), 'the re-seal worker of a key rotation (vault/reseal-off-thread.ts) ships beside the main bundle');
check([...files].some((f) => f.startsWith('out/main/chunks/')), 'out/main/chunks ships');
// main/index.ts hands each built worker's file to createAppServices: a name missing here means a thread the app never starts.
const mainBundle = read('out/main/index.js');
for (const worker of ['record-worker.js', 'reseal-worker.js', 'envelope-worker.js']) {
  check(mainBundle.includes(`./${worker}`), `the main bundle starts ${worker} by its built name`);
}
check(files.has('out/preload/index.cjs') && !/^\s*(import|export)\s/m.test(read('out/preload/index.cjs')), 'the preload ships as CommonJS (a sandboxed preload cannot be an ES module)');
const shippedPkg = JSON.parse(read('package.json')) as PackageJson;
check(shippedPkg.main === 'out/main/index.js' && shippedPkg.type === 'module', 'the shipped package.json starts out/main/index.js as an ES module (the worker is one too)');

// The production closure from package-lock (everything under node_modules not marked dev), as name@version:
// electron-builder may hoist a nested copy, so the path can differ but the package must not.
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
const production = new Set(
  Object.entries(lock.packages)
    .filter(([path, info]) => path.startsWith('node_modules/') && !info.dev && !info.devOptional)
    .map(([path, info]) => `${nameOf(path)}@${info.version}`),
);
// A package is a folder under node_modules (perhaps nested) with its own package.json.
const PACKAGE_PATH = /^node_modules\/(?:@[^/]+\/)?[^/@][^/]*(?:\/node_modules\/(?:@[^/]+\/)?[^/@][^/]*)*$/;
const shipped = new Set(
  [...files]
    .filter((f) => f.endsWith('/package.json') && PACKAGE_PATH.test(f.slice(0, -'/package.json'.length)))
    .map((f) => {
      const { name, version } = JSON.parse(read(f)) as PackageJson;
      return `${name}@${version}`;
    }),
);
const missingProd = [...production].filter((p) => !shipped.has(p));
check(missingProd.length === 0, `every production dependency ships (${production.size}: ${[...production].join(', ')})${missingProd.length ? `; missing ${missingProd.join(', ')}` : ''}`);
const notProduction = [...shipped].filter((p) => !production.has(p));
check(notProduction.length === 0, `nothing from devDependencies (or outside the lock file) ships${notProduction.length ? `; found ${notProduction.join(', ')}` : ''}`);
for (const name of ['electron-store', 'zod']) check(files.has(`node_modules/${name}/package.json`), `${name} ships`);

check(!files.has('node_modules/electron/package.json'), 'the electron package itself does not ship');

// Every import of the main bundle and the worker resolves inside the asar.
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const resolvesInside = (from: string, specifier: string): boolean => {
  if (specifier.startsWith('.')) return files.has(posix.normalize(posix.join(posix.dirname(from), specifier)));
  if (builtins.has(specifier) || specifier === 'electron') return true;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  return files.has(`node_modules/${name}/package.json`) && Boolean(pkg.dependencies?.[name]);
};
for (const file of [...files].filter((f) => f.startsWith('out/main/') && f.endsWith('.js'))) {
  const source = read(file);
  const specifiers = [...source.matchAll(/(?:^|[\s;}])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s*["']([^"']+)["']/gm)].map((m) => m[1] ?? m[2] ?? m[3]!);
  const unresolved = specifiers.filter((s) => !resolvesInside(file, s));
  check(unresolved.length === 0, `${file}: its ${specifiers.length} imports resolve inside app.asar${unresolved.length ? `; not: ${unresolved.join(', ')}` : ''}`);
}
const worker = read('out/main/record-worker.js');
check(/parentPort|workerData/.test(worker) && !/\brequire\(/.test(worker), 'the record worker is an ES module that talks to its parent (worker_threads)');

// The worker as shipped: unpacked, started the way parallel-loader.ts starts it, on a workbook that is not
// there. Answering `failed` proves the module loaded (as ESM, its chunk and node:sqlite resolved) and ran.
const unpacked = join(work, 'app');
asar.extractAll(archive, unpacked);
const workerAnswer = await new Promise<string>((settle) => {
  const task = { path: join(work, 'no-such-workbook.mend'), keys: {}, vaultId: 'x', range: { from: 0, to: 0 } };
  const w = new Worker(pathToFileURL(join(unpacked, 'out/main/record-worker.js')), { workerData: task });
  const timer = setTimeout(() => settle('no answer in 20 s'), 20_000);
  w.once('message', (message) => settle(JSON.stringify(message)));
  w.once('error', (error) => settle(`error: ${error.message}`));
  w.once('exit', () => clearTimeout(timer));
});
check(workerAnswer === '{"failed":true}', `the shipped record worker starts and answers (${workerAnswer})`);

rmSync(work, { recursive: true, force: true });
console.log(failures.length === 0 ? '\npackage check: everything that ships is in place' : `\npackage check: ${failures.length} problem(s)`);
process.exit(failures.length === 0 ? 0 : 1);

