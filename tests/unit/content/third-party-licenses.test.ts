// The About screen's licence list must match what is installed and shipped.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LICENSES_FILE, SHIPPED_ROOTS, thirdPartyLicenses } from '../../tools/third-party-licenses.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('third-party licences', () => {
  it('the committed list is current (run `npm run licenses` if not)', () => {
    const committed = JSON.parse(readFileSync(join(root, LICENSES_FILE), 'utf8'));
    expect(committed, 'renderer/src/about/third-party-licenses.json is stale: run `npm run licenses`').toEqual(thirdPartyLicenses(root));
  });

  it('names every shipped root package, each with a version and a licence', () => {
    const list = thirdPartyLicenses(root);
    for (const name of SHIPPED_ROOTS) expect(list.map((l) => l.name)).toContain(name);
    for (const entry of list) {
      expect(entry.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(entry.license.length).toBeGreaterThan(0);
    }
  });
});
