// Issue 14, point 1, the chain in a workbook for two, step by step. A once
// learned B's passphrase; B changes it to shut A out. A then restores a backup
// from before B's change, tries B's old passphrase, and restores the backup
// taken just before that restore to hide the trace. Every step must fail to
// give A anything of B's: B's old passphrase opens no file in the data folder,
// B's old private key opens none of B's rows there, and B's new passphrase keeps
// working with all of B's entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectMendError, removeDir } from '../main/helpers.ts';
import { owning, PASS_A, PASS_B, textsOf, workbookForTwo } from '../main/two-partners-kit.ts';
import type { Book } from '../main/two-partners-kit.ts';
import { filesOpeningWith, sealedUnder } from './revocation-kit.ts';

const B_NEW = 'the passphrase B chose to shut A out';

describe('the two-partner chain of issue 14', () => {
  let book: Book;
  let bOldPrivate: Buffer;
  let bOldShared: Buffer;
  let beforeChange: string;
  beforeAll(async () => {
    book = await workbookForTwo();
    const { vault, backups } = book.services;
    vault.lock();
    await vault.unlock(PASS_B);
    vault.journal().save(owning('B private, before the change'));
    beforeChange = (await backups.create()).name;
    const keys = vault.copyKeys();
    bOldPrivate = keys.privateKey;
    bOldShared = keys.sharedKey!;
    await vault.changePassphrase(PASS_B, B_NEW);
    vault.journal().save(owning('B private, after the change'));
    vault.lock();
  }, 120_000);
  afterAll(() => removeDir(book?.dir));

  it('1. right after B’s change, B’s old passphrase opens no file, B’s old keys no row', async () => {
    expect(await filesOpeningWith(book.dir, PASS_B)).toEqual([]);
    expect(sealedUnder(book.dir, bOldPrivate)).toEqual([]);
    expect(sealedUnder(book.dir, bOldShared)).toEqual([]);
  }, 60_000);

  it('2. A restores the backup from before B’s change: still nothing opens with B’s old passphrase', async () => {
    const { vault, backups } = book.services;
    await vault.unlock(PASS_A);
    await backups.restore(beforeChange);
    vault.lock();
    expect(await filesOpeningWith(book.dir, PASS_B)).toEqual([]);
    expect(sealedUnder(book.dir, bOldPrivate)).toEqual([]);
  }, 60_000);

  it('3. A unlocks with B’s old passphrase: refused', async () => {
    await expectMendError(() => book.services.vault.unlock(PASS_B), 'wrong-passphrase');
  }, 60_000);

  it('4. A restores the backup made just before that restore: still refused, and B’s new passphrase still opens all of B’s', async () => {
    const { vault, backups } = book.services;
    await vault.unlock(PASS_A);
    await backups.restore(backups.list()[0]!.name);
    vault.lock();
    await expectMendError(() => vault.unlock(PASS_B), 'wrong-passphrase');
    expect(await filesOpeningWith(book.dir, PASS_B)).toEqual([]);
    await vault.unlock(B_NEW);
    expect(textsOf(vault.journal().list())).toEqual(expect.arrayContaining(['B private, after the change', 'B private, before the change']));
    vault.lock();
  }, 60_000);
});
