// What the file says without any key (issue 15, point 5): in a workbook for one
// and for two, no row shows its day (sort_key) or its exact length (ciphertexts
// come in steps of 256 bytes plus the 16-byte tag), checked with raw SQL on the
// file; and a workbook of format 4, which showed both, hides them once upgraded.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PAD_BLOCK } from '../../../main/services/journal/record-codec.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import format4 from '../../fixtures/workbooks/format-4.json' with { type: 'json' };
import { makeTempDir, readRecords, removeDir } from './helpers.ts';
import { owning, PASS_B, workbookForTwo } from './two-partners-kit.ts';

let dir: string | undefined;
afterEach(() => removeDir(dir));

/** Every row's day in the clear and its plaintext length modulo the pad step: all should be 0. */
const shown = (path: string) => readRecords(path).map((r) => ({ day: r.sort_key, rest: (r.ciphertext.length - 16) % PAD_BLOCK }));
const nothingShown = (path: string) => {
  const rows = shown(path);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.filter((r) => r.day !== 0 || r.rest !== 0)).toEqual([]);
};

describe('no day and no exact length in the clear', () => {
  it('a workbook for one: entries of many lengths, edited and marked, show neither', async () => {
    dir = makeTempDir();
    const vault = new Vault(dir);
    await vault.create('metadata test passphrase');
    for (let i = 1; i <= 12; i++) vault.journal().save(owning(`entry ${'x'.repeat(i * 37)}`));
    const first = vault.journal().list()[0]!;
    vault.journal().save({ ...owning('edited'), id: first.id, day: '2026-01-02' });
    vault.journal().setPrivate(first.id, true);
    vault.lock();
    nothingShown(join(dir, WORKBOOK_FILE));
  });

  it('a workbook for two: private and shared rows and fillers show neither, the first partner’s older rows included', async () => {
    const book = await workbookForTwo();
    dir = book.dir;
    const v = book.services.vault;
    v.journal().save({ ...owning('A shared, of some length'), visibility: 'shared' });
    v.journal().save(owning('A private'));
    v.lock();
    await v.unlock(PASS_B);
    v.journal().save({ ...owning(`B shared ${'y'.repeat(500)}`), visibility: 'shared' });
    v.lock();
    nothingShown(join(dir, WORKBOOK_FILE));
  });

  it('a workbook of format 4 (days and lengths in the clear) hides them at its upgrade', async () => {
    dir = makeTempDir();
    const path = join(dir, WORKBOOK_FILE);
    cpSync(join(import.meta.dirname, '../../fixtures/workbooks', format4.solo.file), path);
    expect(shown(path).some((r) => r.day !== 0 || r.rest !== 0)).toBe(true);
    const vault = new Vault(dir);
    await vault.unlock(format4.solo.passphrase);
    const before = vault.journal().list();
    vault.lock();
    nothingShown(path);
    await vault.unlock(format4.solo.passphrase);
    expect(vault.journal().list()).toEqual(before);
    vault.lock();
  });
});
