// Workbooks made by header format 2 (tests/fixtures/workbooks, made by that
// format's own code with make-fixtures.ts) open with their passphrases and keep
// every entry, the together-signed ones included.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Vault } from '../../../main/services/vault/vault.ts';
import fixtures from '../../fixtures/workbooks/fixtures.json' with { type: 'json' };
import { makeTempDir, removeDir } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/workbooks');

/** A copy of a fixture in a fresh data folder (the committed file is never opened for writing). */
export function fixtureFolder(file: string): string {
  const dir = makeTempDir();
  cpSync(join(FIXTURES, file), join(dir, 'workbook.mend'));
  return dir;
}

const textsOf = (vault: Vault) =>
  vault
    .journal()
    .list()
    .map((e) => String(e.answers.whatIDid ?? e.answers.whatISaid ?? e.answers.oneWin ?? (e.answers.commitments as { commitment: string }[] | undefined)?.[0]?.commitment))
    .sort();

describe('workbooks of format 2', () => {
  let dir: string | undefined;
  afterEach(() => removeDir(dir));

  it('a workbook for one opens with its passphrase and keeps its entries', async () => {
    dir = fixtureFolder(fixtures.solo.file);
    const vault = new Vault(dir);
    expect(await vault.unlock(fixtures.solo.passphrase)).toEqual({ damaged: [] });
    expect(textsOf(vault)).toEqual(['solo entry one', 'solo entry two', 'solo promise']);
    vault.lock();
  }, 30_000);

  it('a workbook for two opens with each passphrase, each partner seeing their own and the shared entries', async () => {
    dir = fixtureFolder(fixtures.forTwo.file);
    const vault = new Vault(dir);
    expect(await vault.unlock(fixtures.forTwo.passphrases.Sam)).toEqual({ damaged: [] });
    expect(textsOf(vault)).toEqual(['Alex shared', 'Sam alone before Alex joined', 'Sam private', 'Sam shared', 'Talk on Sundays', 'We walked']);
    const checkIn = vault.journal().list('weekly-check-in')[0]!;
    expect(checkIn.signedBy?.map((s) => s.name)).toEqual(['Sam', 'Alex']);
    vault.lock();
    expect(await vault.unlock(fixtures.forTwo.passphrases.Alex)).toEqual({ damaged: [] });
    expect(textsOf(vault)).toEqual(['Alex private', 'Alex shared', 'Sam shared', 'Talk on Sundays', 'We walked']);
    vault.lock();
  }, 30_000);
});
