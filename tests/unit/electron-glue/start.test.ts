// `npm start` on a machine with no Electron binary: a clear message naming
// what to run instead, and a failing exit code (not "Error: Electron uninstall").
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('npm start without an Electron binary', () => {
  it('says what happened and to run npm run preview instead', () => {
    const emptyDist = mkdtempSync(join(tmpdir(), 'mend-no-electron-'));
    const result = spawnSync('npm', ['start', '--silent'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist }, timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no Electron binary');
    expect(result.stderr).toContain('npm run preview');
    expect(result.stderr + result.stdout).not.toMatch(/Electron uninstall|Downloading Electron/);
  });
});
