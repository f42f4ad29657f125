// Workbooks made by header format 2 (tests/fixtures/workbooks, made by that
// format's own code with make-fixtures.ts) open with their passphrases and keep
// every entry, the together-signed ones included. The first unlock by each
// partner upgrades their slot to format 3 (an identity, pinned partner keys) and
// signs the shared records they wrote or confirmed, once; after both, every
// shared record carries every signature it should.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Vault } from '../../../main/services/vault/vault.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { FORMAT_VERSION, parseHeader } from '../../../main/services/vault/header.ts';
import type { HeaderBody } from '../../../main/services/vault/header.ts';
import { readHeader } from './helpers.ts';
import { sharedProofs } from './signed-records-kit.ts';
import fixtures from '../../fixtures/workbooks/fixtures.json' with { type: 'json' };
import { makeTempDir, removeDir } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/workbooks');

/** A copy of a fixture in a fresh data folder (the committed file is never opened for writing). */
export function fixtureFolder(file: string): string {
  const dir = makeTempDir();
  cpSync(join(FIXTURES, file), join(dir, 'workbook.mend'));
  return dir;
}

const headerOf = (dir: string): HeaderBody => parseHeader(readHeader(join(dir, WORKBOOK_FILE)));

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
    const upgraded = headerOf(dir);
    expect(upgraded.format).toBe(FORMAT_VERSION);
    expect(upgraded.members[0]!.identity).toEqual({ sign: expect.any(String), agree: expect.any(String) });
    // Once: the next unlock finds nothing to upgrade and leaves the header as it is.
    expect(await vault.unlock(fixtures.solo.passphrase)).toEqual({ damaged: [] });
    expect(textsOf(vault)).toEqual(['solo entry one', 'solo entry two', 'solo promise']);
    vault.lock();
    expect(headerOf(dir)).toEqual(upgraded);
  }, 30_000);

  it('a workbook for two opens with each passphrase, each partner seeing their own and the shared entries', async () => {
    dir = fixtureFolder(fixtures.forTwo.file);
    const vault = new Vault(dir);
    expect(await vault.unlock(fixtures.forTwo.passphrases.Sam)).toEqual({ damaged: [] });
    expect(textsOf(vault)).toEqual(['Alex shared', 'Sam alone before Alex joined', 'Sam private', 'Sam shared', 'Talk on Sundays', 'We walked']);
    const checkIn = vault.journal().list('weekly-check-in')[0]!;
    expect(checkIn.signedBy?.map((s) => s.name)).toEqual(['Sam', 'Alex']);
    vault.lock();
    // Sam is upgraded, Alex not yet: Sam's slot has an identity; Sam signed what Sam wrote or confirmed.
    const [sam, alex] = headerOf(dir).members;
    expect(sam!.identity).toBeDefined();
    expect(alex!.identity).toBeUndefined();
    expect(await vault.unlock(fixtures.forTwo.passphrases.Alex)).toEqual({ damaged: [] });
    expect(textsOf(vault)).toEqual(['Alex private', 'Alex shared', 'Sam shared', 'Talk on Sundays', 'We walked']);
    expect(vault.journal().list('weekly-check-in')[0]!.signedBy?.map((s) => s.name)).toEqual(['Sam', 'Alex']);
    const alexKeys = vault.copyKeys();
    vault.lock();
    const both = headerOf(dir);
    expect(both.members.every((m) => m.identity)).toBe(true);
    // Every shared record now carries its author's signature and each confirmation.
    const proofs = sharedProofs(dir, alexKeys);
    expect(proofs.map((p) => p.text).sort()).toEqual(['Alex shared', 'Sam shared', 'Talk on Sundays', 'We walked']);
    for (const p of proofs) {
      expect(p.proof.author).toEqual(expect.any(String));
      expect(Object.keys(p.proof.confirmations ?? {}).sort()).toEqual(p.signedBy.sort());
    }
    // Sam's next unlock pins Alex's public keys, once; then nothing changes any more.
    expect(await vault.unlock(fixtures.forTwo.passphrases.Sam)).toEqual({ damaged: [] });
    expect(vault.journal().list('rebuilding-agreement')[0]!.signedBy).toHaveLength(2);
    vault.lock();
    const pinned = headerOf(dir);
    expect(await vault.unlock(fixtures.forTwo.passphrases.Sam)).toEqual({ damaged: [] });
    vault.lock();
    expect(headerOf(dir)).toEqual(pinned);
  }, 60_000);
});
