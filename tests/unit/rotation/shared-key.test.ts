// A new shared key asked for in a together session (issue 14, point 3): only
// with both partners here; afterwards the old shared key opens nothing in the
// data folder, and each partner still reads every shared entry, taking the new
// key in at their next unlock.
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir } from '../main/helpers.ts';
import { ask, owning, PASS_A, PASS_B, textsOf, workbookForTwo } from '../main/two-partners-kit.ts';
import type { Book } from '../main/two-partners-kit.ts';
import { sealedUnder } from './revocation-kit.ts';

let book: Book | undefined;
afterEach(() => removeDir(book?.dir));

describe('a new shared key from a together session', () => {
  it('is refused alone, and once both are here retires the old shared key everywhere in the folder', async () => {
    book = await workbookForTwo();
    const { vault, backups } = book.services;
    vault.journal().save({ ...owning('shared before'), visibility: 'shared' });
    await backups.create();
    expect(await ask(book, 'together:newSharedKey')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const oldShared = vault.copyKeys().sharedKey!;
    await vault.joinTogether(PASS_A);
    await vault.joinTogether(PASS_B);
    expect(await ask(book, 'together:newSharedKey')).toMatchObject({ ok: true, value: { active: true } });
    expect(vault.copyKeys().sharedKey!.equals(oldShared)).toBe(false);
    vault.journal().save({ ...owning('shared after'), visibility: 'shared' });
    vault.lock();
    expect(sealedUnder(book.dir, oldShared)).toEqual([]);
    for (const pass of [PASS_B, PASS_A, PASS_B]) {
      await vault.unlock(pass);
      expect(textsOf(vault.journal().list().filter((e) => e.visibility === 'shared'))).toEqual(['shared after', 'shared before']);
      vault.lock();
    }
  }, 120_000);
});
