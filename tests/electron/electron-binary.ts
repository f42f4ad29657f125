// Finds an Electron executable without ever downloading one: the override
// folder (ELECTRON_OVERRIDE_DIST_PATH) or a binary the electron package already
// fetched. Requiring the `electron` package instead would try to download it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const ELECTRON_PACKAGE = join(ROOT, 'node_modules/electron');

/** The executable's path inside an Electron dist folder, as the electron package names it. */
function executableInDist(): string {
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  if (existsSync(pathFile)) return readFileSync(pathFile, 'utf8').trim();
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

export function findElectronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const dist = override ? resolve(override) : join(ELECTRON_PACKAGE, 'dist');
  const binary = join(dist, executableInDist());
  return existsSync(binary) ? binary : null;
}
