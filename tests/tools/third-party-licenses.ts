// The third-party packages Mend ships (bundled into the renderer or loaded by
// main), with version and licence, walked from the packages the app imports
// through their own dependencies. Pure over a node_modules folder, so a test can
// check the committed list is current.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Packages the app's code imports at run time (renderer bundle and main). */
export const SHIPPED_ROOTS = [
  'react',
  'react-dom',
  'react-hook-form',
  '@hookform/resolvers',
  'zod',
  '@visx/axis',
  '@visx/group',
  '@visx/scale',
  '@visx/shape',
  '@zxcvbn-ts/core',
  '@zxcvbn-ts/language-common',
  '@zxcvbn-ts/language-en',
  'compromise',
  'electron-store',
];

export interface LicenseEntry {
  name: string;
  version: string;
  license: string;
}

export function thirdPartyLicenses(root: string): LicenseEntry[] {
  const seen = new Map<string, LicenseEntry>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const file = join(root, 'node_modules', name, 'package.json');
    if (!existsSync(file)) return;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { version: string; license?: string | { type: string }; dependencies?: Record<string, string> };
    const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'see package');
    seen.set(name, { name, version: pkg.version, license });
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep);
  };
  SHIPPED_ROOTS.forEach(visit);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export const LICENSES_FILE = 'renderer/src/about/third-party-licenses.json';
