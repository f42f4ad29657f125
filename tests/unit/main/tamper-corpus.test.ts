// The tamper corpus at the SQLite level (issue 15): one test per kind of edit
// someone holding the file could make, each noticed and reported with its own
// kind or message, nothing overwritten, the workbook still usable where that is
// safe. (A planted trigger or view: schema-check.test.ts; an older copy of the
// whole file: rollback.test.ts.)
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import type { HeaderBody } from '../../../main/services/vault/header.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { catchMendError, makeTempDir, readHeader, removeDir, withDatabase } from './helpers.ts';
import { ask, openBook, owning, PASS_A, PASS_B, workbookForTwo } from './two-partners-kit.ts';
import type { Book } from './two-partners-kit.ts';

const PASS = 'tamper corpus passphrase';
let dir: string;
let path: string;
let vault: Vault;
let kept: Entry;
let edited: Entry;

const say = (text: string, day = '2026-05-02') => ({ exerciseId: 'next-right-thing', day, answers: { rightThing: text } }) as const;
type Row = { nonce: Uint8Array; ciphertext: Uint8Array; sort_key: number };
const rowOf = (id: string, at = path) => withDatabase(at, (db) => db.prepare('SELECT nonce, ciphertext, sort_key FROM records WHERE id = ?').get(id) as Row);
const putRow = (id: string, row: Row) =>
  withDatabase(path, (db) => db.prepare('INSERT OR REPLACE INTO records (id, sort_key, tag, nonce, ciphertext) VALUES (?, ?, NULL, ?, ?)').run(id, row.sort_key, row.nonce, row.ciphertext));
const sql = (statement: string, ...args: (string | number)[]) => withDatabase(path, (db) => db.prepare(statement).run(...args));
const editHeader = (edit: (body: HeaderBody) => void) => {
  const body = JSON.parse(readHeader(path).body) as HeaderBody;
  edit(body);
  const text = JSON.stringify(body);
  sql('UPDATE header SET body = ?, checksum = ? WHERE id = 1', text, createHash('sha256').update(text, 'utf8').digest('hex'));
};
const texts = () => vault.journal().list().map((e) => String(e.answers.rightThing));

beforeEach(async () => {
  dir = makeTempDir();
  path = join(dir, WORKBOOK_FILE);
  vault = new Vault(dir);
  await vault.create(PASS);
  kept = vault.journal().save(say('kept as it is', '2026-05-01'));
  edited = vault.journal().save(say('first words'));
  vault.lock();
});
afterEach(() => {
  vault.lock();
  removeDir(dir);
});

describe('the tamper corpus, a workbook for one', () => {
  it('a deleted row: reported missing, named by exercise and day; the rest opens', async () => {
    sql('DELETE FROM records WHERE id = ?', edited.id);
    const report = await vault.unlock(PASS);
    expect(report.damaged).toEqual([{ id: edited.id, day: '2026-05-02', exerciseId: 'next-right-thing', kind: 'missing' }]);
    expect(texts()).toEqual(['kept as it is']);
  });

  it('a row’s older ciphertext put back: reported as an older version, and still shown', async () => {
    await vault.unlock(PASS);
    const older = rowOf(edited.id);
    vault.journal().save({ ...say('second words'), id: edited.id });
    vault.lock();
    putRow(edited.id, older);
    const report = await vault.unlock(PASS);
    expect(report.damaged).toEqual([{ id: edited.id, day: '2026-05-02', exerciseId: 'next-right-thing', kind: 'older' }]);
    expect(texts()).toContain('first words');
  });

  it('a deleted entry’s row put back: reported as a row nobody wrote, and not shown', async () => {
    const before = rowOf(edited.id);
    await vault.unlock(PASS);
    vault.journal().delete(edited.id);
    vault.lock();
    putRow(edited.id, before);
    const report = await vault.unlock(PASS);
    expect(report.damaged).toEqual([{ id: edited.id, day: '2026-05-02', exerciseId: 'next-right-thing', kind: 'unknown' }]);
    expect(texts()).toEqual(['kept as it is']);
  });

  it('an edited sort_key (the day in the clear): reported as altered, the entry shown with its sealed day', async () => {
    sql('UPDATE records SET sort_key = sort_key + 30 WHERE id = ?', kept.id);
    const report = await vault.unlock(PASS);
    expect(report.damaged).toEqual([{ id: kept.id, day: '2026-05-01', exerciseId: 'next-right-thing', kind: 'altered' }]);
    expect(vault.journal().get(kept.id).day).toBe('2026-05-01');
  });

  it('the manifest deleted with the row: the list itself is reported missing', async () => {
    sql("DELETE FROM settings WHERE key LIKE 'manifest/%'");
    sql('DELETE FROM records WHERE id = ?', edited.id);
    const bytes = readFileSync(path);
    const report = await vault.unlock(PASS);
    expect(report.recordList).toBe('missing');
    vault.lock();
    // Not rebuilt on its own: the question comes back.
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect((await vault.unlock(PASS)).recordList).toBe('missing');
  });

  it('the manifest’s older buckets put back: the list is reported damaged', async () => {
    const copy = join(dir, 'older.mend');
    copyFileSync(path, copy);
    await vault.unlock(PASS);
    vault.journal().save(say('written later'));
    vault.lock();
    const older = withDatabase(copy, (db) => db.prepare("SELECT key, nonce, ciphertext FROM settings WHERE key LIKE 'manifest/%/%'").all() as Row[]);
    withDatabase(path, (db) => {
      for (const b of older as unknown as { key: string; nonce: Uint8Array; ciphertext: Uint8Array }[]) {
        db.prepare('UPDATE settings SET nonce = ?, ciphertext = ? WHERE key = ?').run(b.nonce, b.ciphertext, b.key);
      }
    });
    expect((await vault.unlock(PASS)).recordList).toBe('damaged');
  });

  it('KDF settings raised above what Mend writes (checksum recomputed): refused before deriving, with its own message', async () => {
    editHeader((body) => void (body.members[0]!.kdf.N = 2 ** 18));
    const raised = await catchMendError(() => vault.unlock(PASS));
    expect(raised.code).toBe('damaged-file');
    expect(raised.message).toMatch(/far slower key derivation/);
    editHeader((body) => Object.assign(body.members[0]!.kdf, { N: 2 ** 20, r: 16, p: 4 }));
    expect((await catchMendError(() => vault.unlock(PASS))).message).toMatch(/far slower key derivation/);
  });

  it('header lengths edited (checksum recomputed): damaged-file with its own message, not a wrong passphrase', async () => {
    editHeader((body) => {
      const slot = body.members[0]!;
      slot.wrapped.ciphertext = Buffer.from(slot.wrapped.ciphertext, 'base64').subarray(0, 100).toString('base64');
    });
    const cut = await catchMendError(() => vault.unlock(PASS));
    expect(cut.code).toBe('damaged-file');
    expect(cut.message).toMatch(/lengths Mend writes/);
  });

  it('after a report the workbook stays usable: a new save is kept and listed at the next unlock', async () => {
    sql('DELETE FROM records WHERE id = ?', edited.id);
    await vault.unlock(PASS);
    vault.journal().save(say('after the report'));
    vault.lock();
    const report = await vault.unlock(PASS);
    expect(report.damaged.map((d) => d.kind)).toEqual(['missing']);
    expect(texts().sort()).toEqual(['after the report', 'kept as it is']);
  });
});

describe('the tamper corpus, a workbook for two: each partner checks the spaces they hold', () => {
  let book: Book;
  afterEach(() => {
    book?.services.vault.lock();
    removeDir(book?.dir);
  });

  it('B’s private row deleted by someone with A’s keys: A sees nothing wrong, B is told it is missing', async () => {
    book = await workbookForTwo();
    const v = book.services.vault;
    v.lock();
    await v.unlock(PASS_B);
    const mine = v.journal().save({ ...owning('B only'), visibility: 'private' });
    v.lock();
    withDatabase(join(book.dir, WORKBOOK_FILE), (db) => db.prepare('DELETE FROM records WHERE id = ?').run(mine.id));
    expect((await v.unlock(PASS_A)).damaged).toEqual([]);
    v.lock();
    expect((await v.unlock(PASS_B)).damaged).toEqual([{ id: mine.id, day: '2026-11-10', exerciseId: 'owning-it', kind: 'missing' }]);
  });

  it('a shared row deleted: both partners are told, over IPC too', async () => {
    book = await workbookForTwo();
    const v = book.services.vault;
    const shared = v.journal().save({ ...owning('for both'), visibility: 'shared' });
    v.lock();
    withDatabase(join(book.dir, WORKBOOK_FILE), (db) => db.prepare('DELETE FROM records WHERE id = ?').run(shared.id));
    const reopened = openBook(book.dir);
    const expected = [{ id: shared.id, day: '2026-11-10', exerciseId: 'owning-it', kind: 'missing' }];
    expect(await ask(reopened, 'vault:unlock', { passphrase: PASS_B })).toEqual({ ok: true, value: { damaged: expected } });
    reopened.services.vault.lock();
    expect(await ask(reopened, 'vault:unlock', { passphrase: PASS_A })).toEqual({ ok: true, value: { damaged: expected } });
    reopened.services.vault.lock();
  });
});
