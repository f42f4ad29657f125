// The renderer's start-up JavaScript budget (performance issue): at most 300 KB
// gzip loaded at start, the rest split and loaded when a screen needs it.
// Deterministic, so enforced here: reads the build (npm test builds before the
// unit tests), follows index.html's module script, its modulepreload links and
// their static imports, and gzips what it finds. Builds nothing itself.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RENDERER_DIR, STARTUP_JS_BUDGET_KB, entryScripts, staticImports, startupScripts, totalGzipKB } from '../../bench/startup-js.ts';

it(`loads at most ${STARTUP_JS_BUDGET_KB} KB of gzipped JavaScript at start`, () => {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    expect.fail(`${RENDERER_DIR}/index.html is missing: run \`npm run build\` first (npm test does it before the unit tests).`);
  }
  const scripts = startupScripts();
  const kb = totalGzipKB(scripts);
  console.log(`renderer JavaScript at start: ${kb.toFixed(1)} KB gzip in ${scripts.length} file(s) (budget ${STARTUP_JS_BUDGET_KB} KB): ${scripts.map((s) => `${s.file} ${(s.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}`);
  expect(scripts.length).toBeGreaterThan(0);
  expect(kb, `${kb.toFixed(1)} KB gzip of JavaScript loaded at start, over the ${STARTUP_JS_BUDGET_KB} KB budget: split more of it behind import()`).toBeLessThanOrEqual(STARTUP_JS_BUDGET_KB);
});

it('finds start-up scripts the way Vite writes them, and leaves dynamic imports out', () => {
  const html = '<script type="module" crossorigin src="./assets/index-a.js"></script><link rel="modulepreload" crossorigin href="./assets/vendor-b.js"><link rel="stylesheet" href="./assets/index.css"><script src="./legacy.js"></script>';
  expect(entryScripts(html)).toEqual(['./assets/index-a.js', './assets/vendor-b.js']);
  const chunk = 'import{a as e,b as t}from"./react-c.js";import"./side-d.js";export*from"./re-e.js";\nimport { x } from "../up-f.js";const s=()=>import("./lazy-g.js");';
  expect(staticImports(chunk)).toEqual(['./react-c.js', './side-d.js', './re-e.js', '../up-f.js']);
});
