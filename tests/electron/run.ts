// Runs the Electron end-to-end tests when an Electron binary is on this
// machine, and otherwise says in one line that they were skipped and why.
// On Linux with no display, they run under `xvfb-run -a` (Debian's xvfb).
import { spawnSync } from 'node:child_process';
import { ROOT, findElectronBinary } from './electron-binary.ts';

if (!findElectronBinary()) {
  console.log(
    'Electron end-to-end tests: skipped — no Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH, or install electron where its binary can be downloaded).',
  );
  process.exit(0);
}

const playwright = ['npx', 'playwright', 'test', '-c', 'tests/electron/playwright.config.ts'];
const needsVirtualDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (needsVirtualDisplay && spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error) {
  console.error('Electron end-to-end tests need a display: install xvfb (apt-get install xvfb), or run them where there is a screen.');
  process.exit(1);
}
const [command, ...args] = needsVirtualDisplay ? ['xvfb-run', '-a', ...playwright] : playwright;
const result = spawnSync(command!, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
