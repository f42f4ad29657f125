// The workbook lifecycle with real scrypt and real SQLite files. Each KDF call
// costs ~350 ms, so every describe shares one workbook where its state allows.
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../../../main/services/vault/vault.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import type { HeaderBody } from '../../../main/services/vault/header.ts';
import { expectMendError, makeTempDir, readHeader, readRecords, removeDir, withDatabase } from './helpers.ts';

const PASS = 'correct horse battery staple';
const OTHER = 'a completely different passphrase';

const nrtEntry = (rightThing: string, day = '2026-03-01') => ({
  exerciseId: 'next-right-thing',
  day,
  answers: { rightThing },
});

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('a newly created workbook', () => {
  let dir: string;
  let vault: Vault;

  beforeAll(async () => {
    dir = makeTempDir();
    vault = new Vault(dir);
    expect(vault.exists()).toBe(false);
    await vault.create(PASS);
  });

  afterAll(() => {
    vault?.lock();
    removeDir(dir);
  });

  it('is unlocked right after create, and exists() sees the file', () => {
    expect(vault.isUnlocked).toBe(true);
    expect(vault.exists()).toBe(true);
    expect(existsSync(join(dir, WORKBOOK_FILE))).toBe(true);
    expect(vault.journal().list()).toEqual([]);
  });

  it('leaves no ".creating" temporary file in the data folder', () => {
    const leftovers = readdirSync(dir).filter((name) => name.includes('.creating'));
    expect(leftovers).toEqual([]);
  });

  it('refuses a second create with workbook-exists and keeps the first workbook and its entries', async () => {
    const saved = vault.journal().save(nrtEntry('kept through a second create'));
    const headerBefore = readHeader(vault.path);

    await expectMendError(() => vault.create(OTHER), 'workbook-exists');

    expect(readHeader(vault.path)).toEqual(headerBefore);
    expect(vault.isUnlocked).toBe(true);
    expect(vault.journal().get(saved.id)).toEqual(saved);
  });

  it('locks, and unlocks again with the right passphrase', async () => {
    vault.lock();
    expect(vault.isUnlocked).toBe(false);

    const report = await vault.unlock(PASS);

    expect(report).toEqual({ damaged: [] });
    expect(vault.isUnlocked).toBe(true);
    expect(vault.journal().list().map((e) => e.answers.rightThing)).toEqual(['kept through a second create']);
  });

  it('refuses a wrong passphrase with wrong-passphrase and stays locked', async () => {
    vault.lock();

    await expectMendError(() => vault.unlock(OTHER), 'wrong-passphrase');

    expect(vault.isUnlocked).toBe(false);
    await expectMendError(() => vault.journal(), 'locked');
  });

  it('throws locked from journal() while locked', async () => {
    vault.lock();
    await expectMendError(() => vault.journal(), 'locked');
  });

  it('refuses changePassphrase while locked', async () => {
    vault.lock();
    await expectMendError(() => vault.changePassphrase(PASS, OTHER), 'locked');
  });
});

describe('unlocking files that are missing, damaged or tampered with', () => {
  let templateDir: string;
  const dirs: string[] = [];

  /** A fresh data folder holding a byte copy of the (locked) template workbook. */
  const copyOfTemplate = () => {
    const dir = makeTempDir();
    dirs.push(dir);
    copyFileSync(join(templateDir, WORKBOOK_FILE), join(dir, WORKBOOK_FILE));
    return dir;
  };

  const rewriteHeader = (path: string, edit: (body: HeaderBody) => void) => {
    const { body } = readHeader(path);
    const parsed = JSON.parse(body) as HeaderBody;
    edit(parsed);
    const text = JSON.stringify(parsed);
    withDatabase(path, (db) => db.prepare('UPDATE header SET body = ?, checksum = ? WHERE id = 1').run(text, sha256Hex(text)));
  };

  beforeAll(async () => {
    templateDir = makeTempDir();
    const template = new Vault(templateDir);
    await template.create(PASS);
    template.journal().save(nrtEntry('template entry'));
    template.lock();
  });

  afterEach(() => {
    for (const dir of dirs.splice(0)) removeDir(dir);
  });

  afterAll(() => removeDir(templateDir));

  it('opens an untouched copy of the template (so the tamper tests below start from a good file)', async () => {
    const vault = new Vault(copyOfTemplate());
    await vault.unlock(PASS);
    expect(vault.journal().list().map((e) => e.answers.rightThing)).toEqual(['template entry']);
    vault.lock();
  });

  it('reports no-workbook when the folder has no workbook file', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const vault = new Vault(dir);

    expect(vault.exists()).toBe(false);
    await expectMendError(() => vault.unlock(PASS), 'no-workbook');
    expect(vault.isUnlocked).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports damaged-file for a file that is not SQLite, and leaves its bytes untouched', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const path = join(dir, WORKBOOK_FILE);
    const garbage = randomBytes(8192);
    writeFileSync(path, garbage);
    const vault = new Vault(dir);

    await expectMendError(() => vault.unlock(PASS), 'damaged-file');

    expect(vault.isUnlocked).toBe(false);
    expect(readFileSync(path).equals(garbage)).toBe(true);
  });

  // Opening must never write to a file it then reports as damaged (a truncated file, or someone else's database).
  it('leaves a 0-byte workbook file untouched when reporting it as damaged', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const path = join(dir, WORKBOOK_FILE);
    writeFileSync(path, Buffer.alloc(0));
    const vault = new Vault(dir);

    await expectMendError(() => vault.unlock(PASS), 'damaged-file');

    expect(readFileSync(path).length).toBe(0);
  });

  it('does not switch a non-workbook SQLite file to WAL mode when reporting it as damaged', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const path = join(dir, WORKBOOK_FILE);
    withDatabase(path, (db) => db.exec("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('hello');"));
    const before = readFileSync(path);
    const vault = new Vault(dir);

    await expectMendError(() => vault.unlock(PASS), 'damaged-file');

    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('reports a tampered header checksum as damaged-file, not wrong-passphrase', async () => {
    const dir = copyOfTemplate();
    const path = join(dir, WORKBOOK_FILE);
    withDatabase(path, (db) => db.prepare("UPDATE header SET checksum = '00' WHERE id = 1").run());
    const vault = new Vault(dir);

    await expectMendError(() => vault.unlock(PASS), 'damaged-file');
    expect(vault.isUnlocked).toBe(false);
  });

  it('refuses KDF settings below the floor (N = 2^16, checksum recomputed) as damaged-file', async () => {
    const dir = copyOfTemplate();
    const path = join(dir, WORKBOOK_FILE);
    rewriteHeader(path, (body) => {
      expect(body.members[0]!.kdf.N).toBe(2 ** 17);
      body.members[0]!.kdf.N = 2 ** 16;
    });
    const vault = new Vault(dir);

    await expectMendError(() => vault.unlock(PASS), 'damaged-file');
    expect(vault.isUnlocked).toBe(false);
  });

  it('refuses KDF settings above the ceiling (N = 2^21, checksum recomputed) as damaged-file', async () => {
    const dir = copyOfTemplate();
    rewriteHeader(join(dir, WORKBOOK_FILE), (body) => {
      body.members[0]!.kdf.N = 2 ** 21;
    });
    await expectMendError(() => new Vault(dir).unlock(PASS), 'damaged-file');
  });

  it('reports a header whose body is not JSON (checksum recomputed) as damaged-file', async () => {
    const dir = copyOfTemplate();
    const text = '{not json';
    withDatabase(join(dir, WORKBOOK_FILE), (db) =>
      db.prepare('UPDATE header SET body = ?, checksum = ? WHERE id = 1').run(text, sha256Hex(text)),
    );
    await expectMendError(() => new Vault(dir).unlock(PASS), 'damaged-file');
  });
});

describe('changing the passphrase', () => {
  const NEXT = 'the brand new passphrase';
  let dir: string;
  let vault: Vault;
  let recordsBefore: { id: string; nonce: string; ciphertext: string }[];
  let headerBefore: HeaderBody;
  let entryIds: string[];

  const recordBytes = () =>
    readRecords(vault.path).map((r) => ({ id: r.id, nonce: hex(r.nonce), ciphertext: hex(r.ciphertext) }));

  beforeAll(async () => {
    dir = makeTempDir();
    vault = new Vault(dir);
    await vault.create(PASS);
    entryIds = [
      vault.journal().save(nrtEntry('first', '2026-03-01')).id,
      vault.journal().save(nrtEntry('second', '2026-03-02')).id,
    ];
    recordsBefore = recordBytes();
    headerBefore = JSON.parse(readHeader(vault.path).body) as HeaderBody;
    await vault.changePassphrase(PASS, NEXT);
  });

  afterAll(() => {
    vault?.lock();
    removeDir(dir);
  });

  it('retires the key: every record is sealed again, none keeps its nonce and ciphertext (key-rotation.ts)', () => {
    expect(recordsBefore).toHaveLength(2);
    const after = recordBytes();
    expect(after).toHaveLength(2);
    for (const row of after) expect(recordsBefore).not.toContainEqual(row);
  });

  it('writes new key settings (fresh salt, new wrapped key) under the same vault id', () => {
    const after = JSON.parse(readHeader(vault.path).body) as HeaderBody;
    expect(after.vaultId).toBe(headerBefore.vaultId);
    expect(after.members[0]!.kdf.salt).not.toBe(headerBefore.members[0]!.kdf.salt);
    expect(after.members[0]!.wrapped.ciphertext).not.toBe(headerBefore.members[0]!.wrapped.ciphertext);
  });

  it('keeps the workbook unlocked after the change', () => {
    expect(vault.isUnlocked).toBe(true);
    expect(vault.journal().list()).toHaveLength(2);
  });

  it('refuses the old passphrase afterwards with wrong-passphrase', async () => {
    vault.lock();
    await expectMendError(() => vault.unlock(PASS), 'wrong-passphrase');
    expect(vault.isUnlocked).toBe(false);
  });

  it('opens with the new passphrase, and the entries are all still there', async () => {
    vault.lock();
    const report = await vault.unlock(NEXT);
    expect(report.damaged).toEqual([]);
    expect(
      vault
        .journal()
        .list()
        .map((e) => e.id)
        .sort(),
    ).toEqual([...entryIds].sort());
  });

  it('refuses a wrong current passphrase, leaving the header and the passphrase in force unchanged', async () => {
    if (!vault.isUnlocked) await vault.unlock(NEXT);
    const header = readHeader(vault.path);

    await expectMendError(() => vault.changePassphrase('not the current one', OTHER), 'wrong-passphrase');

    expect(readHeader(vault.path)).toEqual(header);
    vault.lock();
    await vault.unlock(NEXT);
    expect(vault.isUnlocked).toBe(true);
    expect(vault.journal().list()).toHaveLength(2);
  });
});

describe('unlocking', () => {
  const NFC = 'caf\u00e9 passphrase';
  const NFD = 'cafe\u0301 passphrase';
  let dir: string;
  let vault: Vault;

  beforeAll(async () => {
    dir = makeTempDir();
    vault = new Vault(dir);
    await vault.create(NFC);
    vault.journal().save(nrtEntry('normalised'));
    vault.lock();
  });

  afterEach(() => vault.lock());

  afterAll(() => {
    vault?.lock();
    removeDir(dir);
  });

  it('accepts the same passphrase typed in decomposed form (NFD) for one created in NFC', async () => {
    expect(NFD).not.toBe(NFC);
    expect(NFD.normalize('NFC')).toBe(NFC);

    await vault.unlock(NFD);

    expect(vault.isUnlocked).toBe(true);
    expect(vault.journal().list().map((e) => e.answers.rightThing)).toEqual(['normalised']);
  });

  it('does not finish opening when lock() is called while the key is being derived', async () => {
    const pending = vault.unlock(NFC);
    // Let the queued unlock start (open the file, start scrypt) before locking.
    await new Promise((resolve) => setTimeout(resolve, 20));
    vault.lock();

    await expectMendError(() => pending, 'locked');

    expect(vault.isUnlocked).toBe(false);
    await expectMendError(() => vault.journal(), 'locked');
    // The aborted unlock left nothing half-open: a normal unlock still works.
    await vault.unlock(NFC);
    expect(vault.isUnlocked).toBe(true);
  });

  // The lock count is read when unlock() is called, so a lock() right after it wins even before the queued task starts.
  it('does not finish opening when lock() is called synchronously right after unlock()', async () => {
    const pending = vault.unlock(NFC);
    vault.lock();

    await expectMendError(() => pending, 'locked');
    expect(vault.isUnlocked).toBe(false);
  });
});
