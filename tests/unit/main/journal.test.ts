// The unlocked journal: saving, updating, listing, deleting and validating
// entries, persistence across lock/unlock, and how damaged or moved records are
// reported (skipped, never deleted).
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../../../main/services/vault/vault.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import type { Entry, SaveEntryRequest } from '../../../shared/domain/entry.ts';
import type { Journal } from '../../../main/services/journal/journal.ts';
import {
  controllableClock,
  expectMendError,
  makeTempDir,
  readRecords,
  removeDir,
  withDatabase,
} from './helpers.ts';
import type { RawRecord } from './helpers.ts';

const PASS = 'journal test passphrase';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const nrt = (day: string, answers: Record<string, string>, id?: string): SaveEntryRequest => ({
  ...(id ? { id } : {}),
  exerciseId: 'next-right-thing',
  day,
  answers,
});
const owning = (day: string, answers: Record<string, string>, id?: string): SaveEntryRequest => ({
  ...(id ? { id } : {}),
  exerciseId: 'owning-it',
  day,
  answers,
});

describe('the journal of an unlocked workbook', () => {
  const clock = controllableClock('2026-03-01T08:00:00.000Z');
  let dir: string;
  let vault: Vault;
  const journal = (): Journal => vault.journal();

  beforeAll(async () => {
    dir = makeTempDir();
    vault = new Vault(dir, { now: clock.now });
    await vault.create(PASS);
  });

  afterAll(() => {
    vault?.lock();
    removeDir(dir);
  });

  it('saves a new entry with a fresh uuid, createdAt === updatedAt from the clock, and private visibility', () => {
    clock.set('2026-03-01T08:00:00.000Z');
    const entry = journal().save(nrt('2026-03-01', { rightThing: 'Call when I said I would' }));

    expect(entry.id).toMatch(UUID);
    expect(entry.createdAt).toBe('2026-03-01T08:00:00.000Z');
    expect(entry.updatedAt).toBe(entry.createdAt);
    expect(entry.visibility).toBe('private');
    expect(entry).toMatchObject({
      exerciseId: 'next-right-thing',
      day: '2026-03-01',
      answers: { rightThing: 'Call when I said I would' },
    });
    expect(journal().get(entry.id)).toEqual(entry);
  });

  it('gives every new entry its own id', () => {
    const a = journal().save(nrt('2026-03-01', { rightThing: 'a' }));
    const b = journal().save(nrt('2026-03-01', { rightThing: 'a' }));
    expect(a.id).not.toBe(b.id);
  });

  it('updates an entry in place: same id and createdAt, new updatedAt and answers', () => {
    clock.set('2026-03-02T07:30:00.000Z');
    const first = journal().save(nrt('2026-03-02', { rightThing: 'Be home by six' }));
    clock.set('2026-03-02T21:15:00.000Z');

    const updated = journal().save(nrt('2026-03-02', { rightThing: 'Be home by six', didI: 'yes' }, first.id));

    expect(updated.id).toBe(first.id);
    expect(updated.createdAt).toBe('2026-03-02T07:30:00.000Z');
    expect(updated.updatedAt).toBe('2026-03-02T21:15:00.000Z');
    expect(updated.answers).toEqual({ rightThing: 'Be home by six', didI: 'yes' });
    expect(journal().get(first.id)).toEqual(updated);
    expect(journal().list().filter((e) => e.id === first.id)).toHaveLength(1);
  });

  it('lists by exercise, newest day first, and within a day the latest update first', () => {
    clock.set('2026-04-01T09:00:00.000Z');
    const mid = journal().save(nrt('2026-04-10', { rightThing: 'mid' }));
    const oldest = journal().save(nrt('2026-04-05', { rightThing: 'oldest' }));
    const newest = journal().save(nrt('2026-04-20', { rightThing: 'newest' }));
    clock.set('2026-04-10T12:00:00.000Z');
    const midLater = journal().save(nrt('2026-04-10', { rightThing: 'mid, saved later' }));
    const letter = journal().save(owning('2026-04-30', { whatIDid: 'I lied about where I was.' }));

    const nrtIds = journal()
      .list('next-right-thing')
      .map((e) => e.id);
    const ours = [newest.id, midLater.id, mid.id, oldest.id];
    expect(nrtIds.filter((id) => ours.includes(id))).toEqual(ours);
    expect(nrtIds).not.toContain(letter.id);

    const days = journal()
      .list()
      .map((e) => e.day);
    expect(days).toEqual([...days].sort().reverse());
    expect(journal().list()[0]?.id).toBe(letter.id);
    expect(journal().list('owning-it').map((e) => e.id)).toEqual([letter.id]);
  });

  it('throws not-found for an id it does not hold', async () => {
    await expectMendError(() => journal().get('6f1c3a7e-2b7d-4c1e-9a55-0d8f7f5b2a10'), 'not-found');
  });

  it('refuses an answer for a field the exercise does not have, and stores nothing', async () => {
    const before = journal().list();
    await expectMendError(() => journal().save(nrt('2026-03-01', { rightThing: 'ok', notAField: 'x' })), 'invalid-request');
    // A field of the other exercise is just as unknown here.
    await expectMendError(() => journal().save(nrt('2026-03-01', { whatIDid: 'x' })), 'invalid-request');
    expect(journal().list()).toEqual(before);
  });

  it('enforces the short-text limit of 500 characters (rightThing)', async () => {
    expect(journal().save(nrt('2026-03-01', { rightThing: 'a'.repeat(500) })).answers.rightThing).toHaveLength(500);
    const err = await expectMendError(
      () => journal().save(nrt('2026-03-01', { rightThing: 'a'.repeat(501) })),
      'invalid-request',
    );
    expect(err.message).toContain('500');
  });

  it('enforces the long-text limit of 20,000 characters (owning-it fields)', async () => {
    expect(journal().save(owning('2026-03-01', { whatIDid: 'b'.repeat(20_000) })).answers.whatIDid).toHaveLength(20_000);
    const err = await expectMendError(
      () => journal().save(owning('2026-03-01', { whatItCost: 'b'.repeat(20_001) })),
      'invalid-request',
    );
    expect(err.message).toContain('20,000');
  });

  it('refuses a value for didI that is not one of its choices, but accepts the offered ones and ""', async () => {
    await expectMendError(() => journal().save(nrt('2026-03-01', { didI: 'maybe' })), 'invalid-request');
    await expectMendError(() => journal().save(nrt('2026-03-01', { didI: 'YES' })), 'invalid-request');
    for (const value of ['', 'yes', 'partly', 'not-today']) {
      expect(journal().save(nrt('2026-03-01', { didI: value })).answers.didI).toBe(value);
    }
  });

  it('refuses to move an entry to another exercise by saving its id under a different exerciseId', async () => {
    const letter = journal().save(owning('2026-03-05', { whatIDid: 'original letter' }));

    await expectMendError(() => journal().save(nrt('2026-03-05', { rightThing: 'hijack' }, letter.id)), 'invalid-request');

    expect(journal().get(letter.id)).toEqual(letter);
  });

  it('deletes an entry: get throws not-found, and it stays gone after lock and unlock', async () => {
    const doomed = journal().save(nrt('2026-03-06', { rightThing: 'to be deleted' }));
    const kept = journal().save(nrt('2026-03-06', { rightThing: 'to be kept' }));

    journal().delete(doomed.id);

    await expectMendError(() => journal().get(doomed.id), 'not-found');
    await expectMendError(() => journal().delete(doomed.id), 'not-found');
    expect(readRecords(vault.path).map((r) => r.id)).not.toContain(doomed.id);
    vault.lock();
    await vault.unlock(PASS);
    await expectMendError(() => journal().get(doomed.id), 'not-found');
    expect(journal().get(kept.id)).toEqual(kept);
  });

  it('keeps every entry, exactly, across lock/unlock and in a brand new Vault on the same folder', async () => {
    const before = journal().list();
    expect(before.length).toBeGreaterThan(5);

    vault.lock();
    expect((await vault.unlock(PASS)).damaged).toEqual([]);
    expect(journal().list()).toEqual(before);

    vault.lock();
    const fresh = new Vault(dir, { now: clock.now });
    expect((await fresh.unlock(PASS)).damaged).toEqual([]);
    expect(fresh.journal().list()).toEqual(before);
    fresh.lock();

    await vault.unlock(PASS);
  });
});

describe('damaged and moved records', () => {
  let dir1: string;
  let dir2: string;
  let a: Entry;
  let b: Entry;
  let c: Entry;
  let d: Entry;
  const dirs: string[] = [];

  /** A fresh data folder with a byte copy of a locked template workbook. */
  const copyOf = (dir: string) => {
    const copy = makeTempDir();
    dirs.push(copy);
    copyFileSync(join(dir, WORKBOOK_FILE), join(copy, WORKBOOK_FILE));
    return join(copy, WORKBOOK_FILE);
  };
  const recordOf = (path: string, id: string): RawRecord => {
    const row = readRecords(path).find((r) => r.id === id);
    if (!row) throw new Error(`no record ${id}`);
    return row;
  };
  const unlockAt = async (path: string) => {
    const vault = new Vault(dirname(path));
    const report = await vault.unlock(PASS);
    const ids = vault
      .journal()
      .list()
      .map((e) => e.id)
      .sort();
    vault.lock();
    return { report, ids };
  };

  beforeAll(async () => {
    dir1 = makeTempDir();
    const vault1 = new Vault(dir1);
    await vault1.create(PASS);
    a = vault1.journal().save(nrt('2026-03-01', { rightThing: 'entry A' }));
    b = vault1.journal().save(nrt('2026-03-02', { rightThing: 'entry B' }));
    c = vault1.journal().save(owning('2026-03-03', { whatIDid: 'entry C' }));
    vault1.lock();

    dir2 = makeTempDir();
    const vault2 = new Vault(dir2);
    await vault2.create(PASS);
    d = vault2.journal().save(nrt('2026-05-01', { rightThing: 'entry D' }));
    vault2.lock();
  });

  afterEach(() => {
    for (const dir of dirs.splice(0)) removeDir(dir);
  });

  afterAll(() => {
    removeDir(dir1);
    removeDir(dir2);
  });

  it('skips a record with one flipped ciphertext byte, reports it with its day, and keeps the row', async () => {
    const path = copyOf(dir1);
    const original = recordOf(path, a.id);
    const tampered = Buffer.from(original.ciphertext);
    tampered[5] = (tampered[5] ?? 0) ^ 0x01;
    withDatabase(path, (db) => db.prepare('UPDATE records SET ciphertext = ? WHERE id = ?').run(tampered, a.id));

    const { report, ids } = await unlockAt(path);

    // Named from the manifest: its exercise too.
    expect(report.damaged).toEqual([{ id: a.id, day: '2026-03-01', exerciseId: 'next-right-thing' }]);
    expect(ids).toEqual([b.id, c.id].sort());
    const row = recordOf(path, a.id);
    expect(Buffer.from(row.ciphertext).equals(tampered)).toBe(true);
    expect(Buffer.from(row.nonce).equals(Buffer.from(original.nonce))).toBe(true);
    expect(readRecords(path)).toHaveLength(3);
  });

  it('skips a record whose nonce and ciphertext were copied from another row (the AAD binds the record id)', async () => {
    const path = copyOf(dir1);
    const fromA = recordOf(path, a.id);
    withDatabase(path, (db) =>
      db.prepare('UPDATE records SET nonce = ?, ciphertext = ? WHERE id = ?').run(fromA.nonce, fromA.ciphertext, b.id),
    );

    const { report, ids } = await unlockAt(path);

    expect(report.damaged).toEqual([{ id: b.id, day: '2026-03-02', exerciseId: 'next-right-thing' }]);
    expect(ids).toEqual([a.id, c.id].sort());
    expect(readRecords(path).map((r) => r.id)).toContain(b.id);
  });

  it('skips a record replayed from another workbook', async () => {
    const source = recordOf(join(dir1, WORKBOOK_FILE), a.id);
    const path = copyOf(dir2);
    withDatabase(path, (db) =>
      db
        .prepare('INSERT INTO records (id, sort_key, nonce, ciphertext) VALUES (?, ?, ?, ?)')
        .run(source.id, source.sort_key, source.nonce, source.ciphertext),
    );

    const { report, ids } = await unlockAt(path);

    // Opens with no key of this workbook and no manifest lists it: a row nobody wrote.
    expect(report.damaged).toEqual([{ id: a.id, day: null, kind: 'unknown' }]); // its day is hidden in the file, as every row's
    expect(ids).toEqual([d.id]);
    expect(readRecords(path).map((r) => r.id).sort()).toEqual([a.id, d.id].sort());
  });
});
