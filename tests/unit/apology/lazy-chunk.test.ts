// The apology checker and compromise are a chunk of their own that the
// renderer loads with the first letter field, never at start (before the lock
// screen is painted). Reads the build (npm test builds before the unit tests).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RENDERER_DIR, gzipSize, startupScripts } from '../../bench/startup-js.ts';

// A name from compromise's own code (its second-stage contraction pass), present wherever compromise is bundled.
const COMPROMISE_MARK = 'contractionTwo';

it('keeps the checker and its tagger out of the JavaScript loaded at start', () => {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) expect.fail(`${RENDERER_DIR}/index.html is missing: run \`npm run build\` first.`);
  const assets = readdirSync(join(RENDERER_DIR, 'assets')).filter((f) => f.endsWith('.js'));
  const withCompromise = assets.filter((f) => readFileSync(join(RENDERER_DIR, 'assets', f), 'utf8').includes(COMPROMISE_MARK));
  expect(withCompromise, 'compromise should be bundled in exactly one chunk, the checker’s').toHaveLength(1);
  expect(withCompromise[0]).toMatch(/^excuse-checker-/);
  const atStart = startupScripts().map((s) => s.file);
  expect(atStart.some((f) => f.endsWith(withCompromise[0]!))).toBe(false);
  const kb = gzipSize(readFileSync(join(RENDERER_DIR, 'assets', withCompromise[0]!))) / 1024;
  console.log(`apology checker chunk (loaded with the letter fields): ${kb.toFixed(1)} KB gzip`);
  expect(kb).toBeLessThan(200);
});
