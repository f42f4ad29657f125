// The file's schema is Mend's own, or the file is not opened: a planted trigger
// that makes saves vanish, a view, an extra table, or a table of another shape is
// named, and nothing in the file changes. Backups and imported files get the same
// check, so a restore cannot bring one in. And what is deleted is gone: no freed
// page or log frame keeps a deleted entry's ciphertext once the workbook locks.
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertWorkbookSchema, openDatabase, WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { normalizeSql } from '../../../main/services/vault/schema-check.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import { inspectWorkbookCopy } from '../../../main/services/vault/workbook-copy.ts';
import { expectMendError, makeTempDir, readRecords, removeDir, withDatabase } from './helpers.ts';

const PASS = 'schema check passphrase';

let dir: string;
let path: string;

async function workbookWithEntries(): Promise<Vault> {
  const vault = new Vault(dir);
  await vault.create(PASS);
  for (let i = 0; i < 5; i++) vault.journal().save({ exerciseId: 'next-right-thing', day: `2026-05-0${i + 1}`, answers: { rightThing: `step ${i}` } });
  return vault;
}

/** Plants `sql` in a locked workbook with a plain SQLite connection, as someone holding the file could. */
function plant(sql: string): Buffer {
  withDatabase(path, (db) => db.exec(sql));
  withDatabase(path, (db) => db.exec('PRAGMA wal_checkpoint(TRUNCATE)'));
  return readFileSync(path);
}

beforeEach(() => {
  dir = makeTempDir();
  path = join(dir, WORKBOOK_FILE);
});
afterEach(() => removeDir(dir));

describe('a workbook whose schema was changed outside Mend', () => {
  const planted: [string, string, RegExp][] = [
    ['a trigger that makes saves vanish', 'CREATE TRIGGER keep_old BEFORE UPDATE ON records BEGIN SELECT RAISE(IGNORE); END;', /holds a trigger/],
    ['a trigger that drops new rows', "CREATE TRIGGER drop_new AFTER INSERT ON records BEGIN DELETE FROM records WHERE id = new.id; END;", /holds a trigger/],
    ['a view', 'CREATE VIEW everything AS SELECT * FROM records;', /holds a view/],
    ['an extra table', 'CREATE TABLE notes (body TEXT);', /holds a table that Mend never makes/],
    ['an extra index', 'CREATE INDEX records_by_tag ON records (tag);', /holds an index that Mend never makes/],
    [
      'the records table rebuilt without STRICT and with a column of its own',
      'CREATE TABLE r2 AS SELECT * FROM records; DROP TABLE records; CREATE TABLE records (id TEXT PRIMARY KEY, sort_key INTEGER NOT NULL, tag BLOB, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL, extra TEXT DEFAULT \'x\'); INSERT INTO records (id, sort_key, tag, nonce, ciphertext) SELECT * FROM r2; DROP TABLE r2; CREATE INDEX records_by_sort_key ON records (sort_key);',
      /holds a table of a shape Mend never makes \(records\)/,
    ],
  ];

  for (const [what, sql, message] of planted) {
    it(`is refused when it holds ${what}, named, and left exactly as it was`, async () => {
      (await workbookWithEntries()).lock();
      const bytes = plant(sql);
      const error = await expectMendError(() => new Vault(dir).unlock(PASS), 'damaged-file');
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/changed outside Mend/);
      expect(readFileSync(path).equals(bytes)).toBe(true);
    });
  }

  it('a backup holding a trigger is refused too, so a restore cannot bring it in', async () => {
    const vault = await workbookWithEntries();
    vault.lock();
    const copy = join(dir, 'copy.mend');
    copyFileSync(path, copy);
    withDatabase(copy, (db) => db.exec('CREATE TRIGGER keep_old BEFORE UPDATE ON records BEGIN SELECT RAISE(IGNORE); END; PRAGMA wal_checkpoint(TRUNCATE);'));
    await vault.unlock(PASS);
    const error = await expectMendError(() => inspectWorkbookCopy(copy, () => vault.copyKeys()), 'damaged-file');
    expect(error.message).toMatch(/holds a trigger/);
    vault.lock();
  });

  it('a fresh workbook passes, and so do the records table’s earlier forms, which an upgrade brings up to date', async () => {
    (await workbookWithEntries()).lock();
    expect(await new Vault(dir).unlock(PASS)).toEqual({ damaged: [] });
    withDatabase(path, (db) => {
      expect(() => assertWorkbookSchema(db)).not.toThrow();
      // As the first format made it: no tag column, no settings table yet.
      db.exec('DROP TABLE records; DROP TABLE settings;');
      db.exec('CREATE TABLE records (id TEXT PRIMARY KEY, sort_key INTEGER NOT NULL, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL) STRICT;');
      expect(() => assertWorkbookSchema(db)).not.toThrow();
      // As ensureSchema upgrades it.
      db.exec('ALTER TABLE records ADD COLUMN tag BLOB');
      expect(() => assertWorkbookSchema(db)).not.toThrow();
      db.exec('ALTER TABLE records ADD COLUMN more BLOB');
      expect(() => assertWorkbookSchema(db)).toThrow(/shape Mend never makes \(records\)/);
    });
  });

  it('compares definitions by their words, not their spacing', () => {
    expect(normalizeSql('CREATE TABLE records (\n    id TEXT PRIMARY KEY,\n    ciphertext BLOB NOT NULL\n  , tag BLOB) STRICT')).toBe(
      normalizeSql('CREATE TABLE records (id TEXT PRIMARY KEY, ciphertext BLOB NOT NULL, tag BLOB) STRICT'),
    );
    expect(normalizeSql('CREATE TABLE t (a TEXT)')).not.toBe(normalizeSql('CREATE TABLE t (a BLOB)'));
  });

  it('opens with trusted_schema off, defensive mode on (no schema writes) and secure_delete on', async () => {
    (await workbookWithEntries()).lock();
    const { db } = openDatabase(path);
    try {
      expect(db.prepare('PRAGMA trusted_schema').get()).toEqual({ trusted_schema: 0 });
      expect(db.prepare('PRAGMA secure_delete').get()).toEqual({ secure_delete: 1 });
      db.exec('PRAGMA writable_schema = ON');
      expect(() => db.exec("UPDATE sqlite_schema SET sql = 'CREATE TABLE records (x)' WHERE name = 'records'")).toThrow(/may not be modified/);
    } finally {
      db.close();
    }
  });
});

describe('what is deleted is gone', () => {
  it('no freed page or log frame keeps a deleted entry’s ciphertext once the workbook locks', async () => {
    const vault = await workbookWithEntries();
    const doomed = vault.journal().save({ exerciseId: 'owning-it', day: '2026-05-09', answers: { whatIDid: 'w'.repeat(6_000) } });
    vault.lock();
    const row = readRecords(path).find((r) => r.id === doomed.id)!;
    const sealed = Buffer.from(row.ciphertext).subarray(0, 64);
    expect(readFileSync(path).includes(sealed)).toBe(true);
    await vault.unlock(PASS);
    vault.journal().delete(doomed.id);
    vault.lock();
    expect(readFileSync(path).includes(sealed)).toBe(false);
    const wal = `${path}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
  });
});
