// A workbook written before workbooks for two (header format 1: one data key,
// no member ids; records without tags) still opens with its passphrase, keeps
// every entry, and can be set up for two; the header is then format 2.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../../main/services/crypto/aead.ts';
import { deriveKey } from '../../../main/services/crypto/kdf.ts';
import { writeSealed } from '../../../main/services/settings/sealed-settings.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { FORMAT_VERSION, parseHeader } from '../../../main/services/vault/header.ts';
import { SEEN_GENERATIONS_FILE } from '../../../main/services/vault/seen-generations.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import { makeTempDir, readHeader, removeDir, withDatabase } from './helpers.ts';

const PASS = 'an older workbook passphrase';

/** Rewrites a new workbook as the first format wrote it: the private key as its only data key, and no tag column. */
async function downgradeToFormatOne(dir: string, privateKey: Buffer): Promise<void> {
  const path = join(dir, WORKBOOK_FILE);
  const { vaultId, members } = parseHeader(readHeader(path));
  const kdf = members[0]!.kdf;
  const passphraseKey = await deriveKey(PASS, kdf);
  const b64 = (s: { nonce: Buffer; ciphertext: Buffer }) => ({ nonce: s.nonce.toString('base64'), ciphertext: s.ciphertext.toString('base64') });
  const body = JSON.stringify({
    format: 1,
    vaultId,
    kdf,
    wrappedKey: b64(seal(passphraseKey, privateKey, `mend/key-wrap/v1|${vaultId}|${kdf.algorithm}|${kdf.N}|${kdf.r}|${kdf.p}|${kdf.salt}`)),
    keyCheck: b64(seal(privateKey, Buffer.from('mend key check'), `mend/key-check/v1|${vaultId}`)),
  });
  withDatabase(path, (db) => {
    db.prepare('UPDATE header SET body = ?, checksum = ? WHERE id = 1').run(body, createHash('sha256').update(body).digest('hex'));
    db.exec('ALTER TABLE records DROP COLUMN tag');
    // Format 1 kept its one profile under "profile" (read now as member "owner"'s).
    db.exec("DELETE FROM settings WHERE key LIKE 'profile:%'");
    writeSealed({ db, vaultId }, privateKey, 'profile', { role: 'R' });
    // Nor did it keep a generation, and no computer had seen one (rollback-guard.ts).
    db.exec("DELETE FROM settings WHERE key = 'generation'");
  });
  rmSync(join(dir, SEEN_GENERATIONS_FILE), { force: true });
}

describe('a format-1 workbook', () => {
  let dir: string;
  const vault = () => new Vault(dir);

  beforeAll(async () => {
    dir = makeTempDir();
    const v = vault();
    await v.create(PASS);
    v.journal().save({ exerciseId: 'owning-it', day: '2026-01-05', answers: { whatIDid: 'written in format one' } });
    const keys = v.copyKeys();
    v.lock();
    await downgradeToFormatOne(dir, keys.privateKey);
  }, 30_000);
  afterAll(() => removeDir(dir));

  it('opens with its passphrase, with its entries, and is set up for two without losing any', async () => {
    const v = vault();
    expect(await v.unlock(PASS)).toEqual({ damaged: [] });
    expect(v.partners()).toMatchObject({ forTwo: false, me: 'owner' });
    expect(v.journal().list().map((e) => e.answers.whatIDid)).toEqual(['written in format one']);
    expect(v.profile().get()).toEqual({ role: 'R' });
    await v.addPartner({ currentPassphrase: PASS, partnerPassphrase: 'the partner’s own passphrase', myName: 'Sam', partnerName: 'Alex', partnerRole: 'T' });
    expect(parseHeader(readHeader(join(dir, WORKBOOK_FILE)))).toMatchObject({ format: FORMAT_VERSION, members: [{ id: 'owner' }, {}] });
    v.lock();
    await v.unlock(PASS);
    expect(v.journal().list().map((e) => e.answers.whatIDid)).toEqual(['written in format one']);
    expect(v.partners().partners.map((p) => p.name)).toEqual(['Sam', 'Alex']);
    v.lock();
    await v.unlock('the partner’s own passphrase');
    expect(v.journal().list()).toEqual([]);
    expect(v.profile().get()).toEqual({ role: 'T' });
    v.lock();
  }, 30_000);
});
