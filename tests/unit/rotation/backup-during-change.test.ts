// Issue 14, point 2 ("afterwards no file in the data folder opens with the old
// passphrase"): a backup still being made when a passphrase change starts must
// not land afterwards under the old header. Its copy is taken before the change
// and named only after its check (every record decrypted), so the test holds that check open until the
// change has finished (or 2 s, whichever comes first): before the fix the backup
// landed under the retired slot; now the change waits for it and seals it again.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupStore } from '../../../main/services/backups/backup-store.ts';
import type { Vault } from '../../../main/services/vault/vault.ts';
import { makeTempDir, removeDir } from '../main/helpers.ts';
import { openBook, owning, PASS_A } from '../main/two-partners-kit.ts';
import type { Book } from '../main/two-partners-kit.ts';
import { filesOpeningWith, sealedUnder } from './revocation-kit.ts';

const NEW_A = 'a new passphrase for the first partner';
let book: Book | undefined;
afterEach(() => removeDir(book?.dir));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const changeDone = () => performance.getEntriesByName('mend:rotation:done').length > 0;

/** The vault as a backup store sees it, with the gap between a backup's copy and its naming held open (as a long check at 100k entries does). */
function slowCopies(vault: Vault): Vault {
  return new Proxy(vault, {
    get(target, prop) {
      // The keys for the copy's check are taken at its start; the check itself (every record decrypted) takes long.
      if (prop === 'keysForCopiesOf') {
        return async (body: Parameters<Vault['keysForCopiesOf']>[0]) => {
          const keys = target.keysForCopiesOf(body);
          for (let waited = 0; waited < 2000 && !changeDone(); waited += 20) await sleep(20);
          return keys;
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('a backup under way when a passphrase change starts', () => {
  it('does not land afterwards under the retired passphrase', async () => {
    book = openBook(makeTempDir());
    const { vault } = book.services;
    await vault.create(PASS_A);
    for (let i = 0; i < 20; i++) vault.journal().save(owning(`entry ${i}`));
    const backups = new BackupStore({ vault: slowCopies(vault), dir: join(book.dir, 'backups') });
    const old = vault.copyKeys();
    performance.clearMarks('mend:rotation:done');
    const making = backups.create();
    await sleep(0);
    await Promise.all([making, vault.changePassphrase(PASS_A, NEW_A)]);
    expect(backups.list()).toHaveLength(1);
    vault.lock();
    expect(await filesOpeningWith(book.dir, PASS_A)).toEqual([]);
    expect(sealedUnder(book.dir, old.privateKey)).toEqual([]);
    expect(sealedUnder(book.dir, old.sharedKey!)).toEqual([]);
    await vault.unlock(NEW_A);
    await backups.restore(backups.list()[0]!.name);
    expect(vault.journal().list()).toHaveLength(20);
  }, 60_000);
});
