// Workbooks of header format 3, made by format 3's own code (the committed
// fixtures, tests/fixtures/workbooks/make-format-3-fixtures.ts), open as they
// are under format 4 with every partner's passphrase, and a passphrase change
// on them (which writes format 4 in the rotation's first transaction) retires
// the old passphrase and keeps every entry, for both partners.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { FORMAT_VERSION, parseHeader } from '../../../main/services/vault/header.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import fixtures from '../../fixtures/workbooks/fixtures.json' with { type: 'json' };
import { expectMendError, makeTempDir, readHeader, removeDir } from '../main/helpers.ts';
import { filesOpeningWith } from './revocation-kit.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/workbooks');
let dir: string | undefined;
afterEach(() => removeDir(dir));

async function seen(vault: Vault, passphrase: string): Promise<string[]> {
  const report = await vault.unlock(passphrase);
  expect(report.damaged).toEqual([]);
  const ids = vault.journal().list().map((e) => `${e.id} ${JSON.stringify(e.answers)}`).sort();
  vault.lock();
  return ids;
}

describe('a format-3 workbook under format 4', () => {
  const cases = [
    { file: 'format-3-solo.mend', passphrases: [fixtures.solo.passphrase] },
    { file: 'format-3-for-two.mend', passphrases: [fixtures.forTwo.passphrases.Sam, fixtures.forTwo.passphrases.Alex] },
  ];
  for (const { file, passphrases } of cases) {
    it(`${file}: opens for each partner, and a passphrase change retires the old one and keeps every entry`, async () => {
      dir = makeTempDir();
      cpSync(join(FIXTURES, file), join(dir, WORKBOOK_FILE));
      expect(parseHeader(readHeader(join(dir, WORKBOOK_FILE))).format).toBe(3);
      const vault = new Vault(dir);
      const before = new Map<string, string[]>();
      // (The fixture for two was made with Sam first, before Alex had an identity: Sam's next unlock pins Alex's
      // public keys, identity-upgrade.ts's one transaction, which writes the header as format 4 already.)
      for (const p of passphrases) before.set(p, await seen(vault, p));
      const [first, ...others] = passphrases as [string, ...string[]];
      await vault.unlock(first);
      await vault.changePassphrase(first, 'a new passphrase for the fixture');
      vault.lock();
      expect(parseHeader(readHeader(join(dir, WORKBOOK_FILE))).format).toBe(FORMAT_VERSION);
      await expectMendError(() => vault.unlock(first), 'wrong-passphrase');
      expect(await filesOpeningWith(dir, first)).toEqual([]);
      expect(await seen(vault, 'a new passphrase for the fixture')).toEqual(before.get(first));
      for (const other of others) expect(await seen(vault, other)).toEqual(before.get(other));
    }, 120_000);
  }
});
