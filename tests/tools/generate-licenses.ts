// `npm run licenses`: writes the list of shipped third-party packages shown in
// the About screen (renderer/src/about/third-party-licenses.json).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LICENSES_FILE, thirdPartyLicenses } from './third-party-licenses.ts';

const root = resolve(import.meta.dirname, '../..');
writeFileSync(join(root, LICENSES_FILE), `${JSON.stringify(thirdPartyLicenses(root), null, 2)}\n`);
console.log(`wrote ${LICENSES_FILE}`);
