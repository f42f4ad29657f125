// Issue 14, point 4: in a workbook for two, one partner restoring a backup alone
// gets back their own private space, their own shared entries and their own
// settings, and nothing else: every row of the other partner (private rows and
// fillers, shared entries, entries they confirmed, their sealed settings) and the
// shared settings stay byte for byte as the live workbook has them. In a
// together session the whole backup comes back. Rows are compared raw (id, day
// key, tag, nonce, ciphertext), read straight from the file, and sorted out with
// the other partner's own keys, independently of the code under test.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../main/services/backups/import-workbook.ts';
import { open } from '../../../main/services/crypto/aead.ts';
import { decodeRow } from '../../../main/services/journal/record-codec.ts';
import type { RecordRow } from '../../../main/services/journal/record-codec.ts';
import { recordKeysOf, spaceKeyOf } from '../../../main/services/journal/record-keys.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { parseHeader } from '../../../main/services/vault/header.ts';
import { checkIdentities } from '../../../main/services/vault/identity-check.ts';
import type { MemberKeys } from '../../../main/services/vault/member-keys.ts';
import type { BackupInfo } from '../../../shared/contract/channels.ts';
import { readHeader, removeDir, withDatabase } from './helpers.ts';
import { owning, PASS_A, PASS_B, textsOf, workbookForTwo } from './two-partners-kit.ts';
import type { Book } from './two-partners-kit.ts';

type Raw = Map<string, string>;
const hex = (bytes: Uint8Array | null) => (bytes ? Buffer.from(bytes).toString('hex') : 'null');

/** Every row of the file as stored, records by id and settings by key, split into B's (opened with B's keys) and the rest. */
function rowsOf(path: string, keysB: MemberKeys): { b: Raw; shared: Raw; a: Raw } {
  const header = parseHeader(readHeader(path));
  const vaultId = header.vaultId;
  const privateB = { mine: spaceKeyOf(keysB.privateKey), shared: null };
  const allB = recordKeysOf(keysB, true, checkIdentities(header, keysB).verifiers);
  const first = header.members[0]!.id;
  const out = { b: new Map(), shared: new Map(), a: new Map() } as { b: Raw; shared: Raw; a: Raw };
  withDatabase(
    path,
    (db) => {
      for (const row of db.prepare('SELECT id, sort_key, tag, nonce, ciphertext FROM records').all() as unknown as RecordRow[]) {
        const bytes = `${row.sort_key}|${hex(row.tag)}|${hex(row.nonce)}|${hex(row.ciphertext)}`;
        const decoded = decodeRow(allB, vaultId, row);
        const bsPrivate = decodeRow(privateB, vaultId, row).kind !== 'foreign';
        const bsShared =
          decoded.kind === 'entry' && decoded.space === 'shared' && ((decoded.entry.author ?? first) === keysB.memberId || (decoded.entry.signedBy ?? []).some((s) => s.memberId === keysB.memberId));
        (bsPrivate || bsShared ? out.b : out.a).set(`record ${row.id}`, bytes);
      }
      for (const row of db.prepare('SELECT key, nonce, ciphertext FROM settings').all() as unknown as { key: string; nonce: Uint8Array; ciphertext: Uint8Array }[]) {
        const bytes = `${hex(row.nonce)}|${hex(row.ciphertext)}`;
        const opens = (key: Buffer) => {
          try {
            open(key, { nonce: Buffer.from(row.nonce), ciphertext: Buffer.from(row.ciphertext) }, `mend/setting/v1|${vaultId}|${row.key}`);
            return true;
          } catch {
            return false;
          }
        };
        (opens(keysB.privateKey) ? out.b : opens(keysB.sharedKey!) ? out.shared : out.a).set(`setting ${row.key}`, bytes);
      }
    },
    { readOnly: true },
  );
  return out;
}

describe('a restore by one partner alone, in a workbook for two', () => {
  let book: Book;
  let keysB: MemberKeys;
  let backup: BackupInfo;
  let inBackup: ReturnType<typeof rowsOf>;
  const path = () => join(book.dir, WORKBOOK_FILE);

  beforeAll(async () => {
    book = await workbookForTwo();
    const { vault, backups } = book.services;
    vault.journal().save(owning('A private then'));
    const aShared = vault.journal().save({ ...owning('A shared then'), visibility: 'shared' });
    // A check-in saved together: signed by both, so B's confirmation is in it.
    await vault.joinTogether(PASS_A);
    await vault.joinTogether(PASS_B);
    vault.journal().save({ exerciseId: 'weekly-check-in', day: '2026-11-12', answers: { oneTrust: '4', oneWin: 'Together then', twoTrust: '3', twoWin: 'We talked' } }, vault.saveContext());
    vault.endTogether();
    vault.lock();
    await vault.unlock(PASS_B);
    keysB = vault.copyKeys();
    const bPrivate = vault.journal().save(owning('B private then'));
    const bShared = vault.journal().save({ ...owning('B shared then'), visibility: 'shared' });
    vault.profile().set({ role: 'H' });
    vault.lock();
    await vault.unlock(PASS_A);
    backup = await backups.create();
    inBackup = rowsOf(join(book.dir, 'backups', backup.name), keysB);
    // Since the backup: A writes and changes, B writes, changes, deletes and changes their role.
    vault.journal().save(owning('A private since'));
    vault.journal().save({ ...aShared, id: aShared.id, answers: { whatIDid: 'A shared changed since' } });
    vault.lock();
    await vault.unlock(PASS_B);
    vault.journal().save(owning('B private since'));
    vault.journal().save({ ...bShared, id: bShared.id, answers: { whatIDid: 'B shared changed since' } });
    vault.journal().delete(bPrivate.id);
    vault.profile().set({ role: 'T' });
    vault.lock();
    await vault.unlock(PASS_A);
  }, 150_000);
  afterAll(() => removeDir(book?.dir));

  it('brings back only A’s own rows; every row of B’s, and the shared settings, stay byte for byte', async () => {
    const { vault, backups } = book.services;
    const before = rowsOf(path(), keysB);
    expect(before.b).not.toEqual(inBackup.b);
    await backups.restore(backup.name);
    const after = rowsOf(path(), keysB);
    expect(after.b).toEqual(before.b);
    // The generation (rollback-guard.ts) is rewritten by every restore on purpose; the names are not touched.
    expect(after.shared.get('setting partner-names')).toEqual(before.shared.get('setting partner-names'));
    // A's side is the backup's: what A wrote since is gone, A's changed shared entry is back as it was.
    const aSees = textsOf(vault.journal().list());
    expect(aSees).toEqual(expect.arrayContaining(['A private then', 'A shared then', 'Together then', 'B shared changed since']));
    expect(aSees).not.toContain('A private since');
    expect(aSees).not.toContain('A shared changed since');
    vault.lock();
    // B finds everything as B left it.
    await vault.unlock(PASS_B);
    const bSees = textsOf(vault.journal().list());
    expect(bSees).toEqual(expect.arrayContaining(['B private since', 'B shared changed since', 'A shared then', 'Together then']));
    expect(bSees).not.toContain('B private then');
    expect(vault.profile().get()).toEqual({ role: 'T' });
    vault.lock();
    await vault.unlock(PASS_A);
  }, 150_000);

  it('in a together session, the whole backup comes back, B’s rows included', async () => {
    const { vault, backups } = book.services;
    await vault.joinTogether(PASS_A);
    await vault.joinTogether(PASS_B);
    await backups.restore(backup.name);
    expect(rowsOf(path(), keysB).b).toEqual(inBackup.b);
    vault.lock();
    await vault.unlock(PASS_B);
    const bSees = textsOf(vault.journal().list());
    expect(bSees).toEqual(expect.arrayContaining(['B private then', 'B shared then']));
    expect(bSees).not.toContain('B private since');
    expect(vault.profile().get()).toEqual({ role: 'H' });
    vault.lock();
  }, 150_000);

  it('importing a copy of the workbook follows the same rule', async () => {
    const { vault, backups } = book.services;
    await vault.unlock(PASS_B);
    vault.journal().save(owning('B private after the together restore'));
    vault.lock();
    await vault.unlock(PASS_A);
    const before = rowsOf(path(), keysB);
    await importWorkbook(join(book.dir, 'backups', backup.name), PASS_A, vault, backups);
    expect(rowsOf(path(), keysB).b).toEqual(before.b);
    vault.lock();
  }, 150_000);
});
