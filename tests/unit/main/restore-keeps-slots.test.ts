// Issue 14's first attack, step by step: B changes a passphrase A once learned;
// A restores a backup from before the change. The restore must not bring B's old
// slot back: afterwards B's old passphrase opens neither the workbook nor
// anything as B, and B's new one still works. Also when a file is imported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectMendError, removeDir } from './helpers.ts';
import { owning, PASS_A, PASS_B, workbookForTwo } from './two-partners-kit.ts';
import type { Book } from './two-partners-kit.ts';

const B_NEW = 'the passphrase B chose to shut A out';

describe('a restore in a workbook for two', () => {
  let book: Book;
  beforeAll(async () => {
    book = await workbookForTwo();
  }, 60_000);
  afterAll(() => removeDir(book?.dir));

  it('never brings back the other partner’s old passphrase', async () => {
    const { vault, backups } = book.services;
    // While A is unlocked, a backup holds B's slot under PASS_B (which A learned).
    const before = await backups.create();
    vault.lock();
    await vault.unlock(PASS_B);
    vault.journal().save(owning('B private after the change'));
    await vault.changePassphrase(PASS_B, B_NEW);
    vault.lock();
    // A restores the backup from before B's change.
    await vault.unlock(PASS_A);
    await backups.restore(before.name);
    vault.lock();
    await expectMendError(() => vault.unlock(PASS_B), 'wrong-passphrase');
    await vault.unlock(B_NEW);
    expect(vault.partners().me).not.toBe(vault.partners().partners[0]!.id);
    vault.lock();
  }, 60_000);
});
