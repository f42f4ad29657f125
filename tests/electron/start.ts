// `npm start`: builds and starts Mend in Electron (electron-vite preview) when
// an Electron binary is on this machine. Without one, the electron package
// would only say "Electron uninstall"; this says what happened and what to run
// instead, and exits with an error.
import { spawnSync } from 'node:child_process';
import { ROOT, findElectronBinary } from './electron-binary.ts';

const NO_BINARY_MESSAGE = [
  'Mend cannot start in Electron here: this machine has no Electron binary',
  '(the electron package downloads it on install, and that download did not happen or is not allowed here).',
  '',
  'To use Mend now, run the same screens in Chromium, wired to the real services:',
  '  npm run preview',
  '',
  'Or point ELECTRON_OVERRIDE_DIST_PATH at an Electron 45 folder, or reinstall where the download works:',
  '  rm -rf node_modules/electron && npm install',
].join('\n');

if (!findElectronBinary()) {
  console.error(NO_BINARY_MESSAGE);
  process.exit(1);
}

const result = spawnSync('npx', ['electron-vite', 'preview', '--config', 'electron.config.ts'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
