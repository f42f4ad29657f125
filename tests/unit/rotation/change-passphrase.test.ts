// Changing a passphrase retires keys (issue 14, point 2): afterwards the old
// passphrase opens no file in the data folder, no row or setting anywhere there
// opens with the old private or shared key, every entry reads as before under
// the new passphrase, and the backups keep their dates.
import { afterEach, describe, expect, it } from 'vitest';
import { expectMendError, removeDir } from '../main/helpers.ts';
import { openBook, owning, PASS_A, PASS_B, textsOf, workbookForTwo } from '../main/two-partners-kit.ts';
import type { Book } from '../main/two-partners-kit.ts';
import { makeTempDir } from '../main/helpers.ts';
import { filesOpeningWith, sealedUnder } from './revocation-kit.ts';

const NEW_A = 'a new passphrase for the first partner';
let book: Book | undefined;
afterEach(() => removeDir(book?.dir));

describe('changing a passphrase', () => {
  it('retires the private and shared keys, in the workbook and its backups', async () => {
    book = openBook(makeTempDir());
    const { vault, backups } = book.services;
    await vault.create(PASS_A);
    for (let i = 0; i < 40; i++) vault.journal().save(owning(`entry ${i}`));
    await vault.profile().set({ role: 'H' });
    await backups.create();
    await backups.create();
    const names = backups.list().map((b) => b.name);
    const old = vault.copyKeys();
    const before = textsOf(vault.journal().list());
    await vault.changePassphrase(PASS_A, NEW_A);
    const after = vault.journal().save(owning('written after the change'));
    expect(textsOf(vault.journal().list())).toEqual([...before, 'written after the change'].sort());
    vault.lock();
    expect(await filesOpeningWith(book.dir, PASS_A)).toEqual([]);
    expect(sealedUnder(book.dir, old.privateKey)).toEqual([]);
    expect(sealedUnder(book.dir, old.sharedKey!)).toEqual([]);
    expect(backups.list().map((b) => b.name)).toEqual(names);
    await expectMendError(() => vault.unlock(PASS_A), 'wrong-passphrase');
    await vault.unlock(NEW_A);
    expect(textsOf(vault.journal().list())).toEqual([...before, 'written after the change'].sort());
    expect(vault.journal().get(after.id).answers.whatIDid).toBe('written after the change');
    expect(vault.profile().get().role).toBe('H');
    // A backup sealed again restores whole, under the new passphrase.
    await backups.restore(names.at(-1)!);
    expect(textsOf(vault.journal().list())).toEqual(before);
    vault.lock();
    expect(await filesOpeningWith(book.dir, PASS_A)).toEqual([]);
  }, 120_000);

  it('in a workbook for two, hands the other partner the new shared key', async () => {
    book = await workbookForTwo();
    const { vault, backups } = book.services;
    vault.journal().save({ ...owning('A shared this'), visibility: 'shared' });
    await backups.create();
    const oldShared = vault.copyKeys().sharedKey!;
    await vault.changePassphrase(PASS_A, NEW_A);
    vault.journal().save({ ...owning('A shared this after'), visibility: 'shared' });
    vault.lock();
    expect(sealedUnder(book.dir, oldShared)).toEqual([]);
    // B was not there: the new shared key waits beside their slot, and their unlock takes it in.
    await vault.unlock(PASS_B);
    expect(textsOf(vault.journal().list())).toEqual(['A shared this', 'A shared this after']);
    vault.journal().save({ ...owning('B shared this'), visibility: 'shared' });
    vault.lock();
    await vault.unlock(NEW_A);
    expect(textsOf(vault.journal().list())).toContain('B shared this');
    vault.lock();
    expect(await filesOpeningWith(book.dir, PASS_A)).toEqual([]);
  }, 120_000);
});
