// Unlocking with a data key kept elsewhere ("remember on this device"): the key
// is checked against the header's key-check value, and a wrong key is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Vault } from '../../../main/services/vault/vault.ts';
import { MendError } from '../../../shared/contract/result.ts';

let dir: string;
let vault: Vault;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mend-datakey-'));
  vault = new Vault(dir);
  await vault.create('data key test passphrase');
});
afterAll(() => {
  vault.lock();
  rmSync(dir, { recursive: true, force: true });
});

describe('unlock with a kept data key', () => {
  it('opens with the right key, and the entries are there', async () => {
    const saved = vault.journal().save({ exerciseId: 'owning-it', day: '2026-11-21', answers: { whatIDid: 'kept key test' } });
    const key = vault.copyKeys();
    vault.lock();
    await vault.unlockWithKeys(key);
    expect(vault.journal().get(saved.id).answers.whatIDid).toBe('kept key test');
  });

  it('refuses a wrong key without opening', async () => {
    const right = vault.copyKeys();
    vault.lock();
    await expect(vault.unlockWithKeys({ ...right, privateKey: randomBytes(32) })).rejects.toMatchObject({ code: 'wrong-passphrase' } satisfies Partial<MendError>);
    expect(vault.isUnlocked).toBe(false);
  });

  it('a copied key is a copy: locking wipes the vault’s key, not the copy', async () => {
    await vault.unlock('data key test passphrase');
    const copy = vault.copyKeys();
    vault.lock();
    expect(copy.privateKey.equals(Buffer.alloc(32))).toBe(false);
    expect(copy.sharedKey?.equals(Buffer.alloc(32))).toBe(false);
    expect(() => vault.copyKeys()).toThrow(/locked/);
  });
});
