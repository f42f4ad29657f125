// Runs the Electron end-to-end tests when an Electron binary is on this
// machine, and otherwise says in one line that they were skipped and why.
import { spawnSync } from 'node:child_process';
import { ROOT, findElectronBinary } from './electron-binary.ts';

if (!findElectronBinary()) {
  console.log(
    'Electron end-to-end tests: skipped — no Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH, or install electron where its binary can be downloaded).',
  );
  process.exit(0);
}

const result = spawnSync('npx', ['playwright', 'test', '-c', 'tests/electron/playwright.config.ts'], {
  cwd: ROOT,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
