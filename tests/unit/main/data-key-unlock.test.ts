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
    const key = vault.copyDataKey();
    vault.lock();
    await vault.unlockWithDataKey(key);
    expect(vault.journal().get(saved.id).answers.whatIDid).toBe('kept key test');
  });

  it('refuses a wrong key without opening', async () => {
    vault.lock();
    await expect(vault.unlockWithDataKey(randomBytes(32))).rejects.toMatchObject({ code: 'wrong-passphrase' } satisfies Partial<MendError>);
    expect(vault.isUnlocked).toBe(false);
  });

  it('a copied key is a copy: locking wipes the vault’s key, not the copy', async () => {
    await vault.unlock('data key test passphrase');
    const copy = vault.copyDataKey();
    vault.lock();
    expect(copy.equals(Buffer.alloc(32))).toBe(false);
    expect(() => vault.copyDataKey()).toThrow(/locked/);
  });
});
