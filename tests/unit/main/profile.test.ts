// The user's role is kept encrypted in the workbook and survives lock and unlock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Vault } from '../../../main/services/vault/vault.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';

const PASS = 'profile test passphrase';
let dir: string;
let vault: Vault;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mend-profile-'));
  vault = new Vault(dir);
  await vault.create(PASS);
});
afterAll(() => {
  vault.lock();
  rmSync(dir, { recursive: true, force: true });
});

describe('profile', () => {
  it('starts with no role, keeps the chosen one across lock and unlock', async () => {
    expect(vault.profile().get()).toEqual({ role: null });
    expect(vault.profile().set({ role: 'H' })).toEqual({ role: 'H' });
    vault.lock();
    expect(() => vault.profile()).toThrow(/locked/);
    await vault.unlock(PASS);
    expect(vault.profile().get()).toEqual({ role: 'H' });
  });

  it('is not stored in the clear', () => {
    vault.profile().set({ role: 'T' });
    for (const file of readdirSync(dir)) {
      expect(readFileSync(join(dir, file)).includes(Buffer.from('"role"'))).toBe(false);
    }
  });

  it('a damaged profile reads as "not chosen yet", and the journal still opens', async () => {
    vault.lock();
    const db = new DatabaseSync(join(dir, WORKBOOK_FILE));
    db.prepare("UPDATE settings SET ciphertext = zeroblob(40) WHERE key LIKE 'profile%'").run();
    db.close();
    const report = await vault.unlock(PASS);
    expect(report.damaged).toEqual([]);
    expect(vault.profile().get()).toEqual({ role: null });
  });
});
