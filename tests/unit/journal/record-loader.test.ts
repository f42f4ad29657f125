// The chunked loader behind unlock and the check of copies: it decrypts every
// record, gives the event loop turns while it works, reports progress, stops
// when told to (a lock during the load), and still reports damaged records.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDecoder, sortKeyDay } from '../../../main/services/journal/record-codec.ts';
import { loadRecords } from '../../../main/services/journal/record-loader.ts';
import type { LoadProgress } from '../../../main/services/journal/record-loader.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import type { MemberKeys } from '../../../main/services/vault/member-keys.ts';
import { recordKeysOf } from '../../../main/services/journal/record-keys.ts';
import { BENCH_PASSPHRASE, seedWorkbook } from '../../bench/seed-workbook.ts';
import { expectMendError, makeTempDir, readHeader, removeDir, withDatabase } from '../main/helpers.ts';

const COUNT = 600;
let dir: string;
let key: MemberKeys;
let vaultId: string;
let ids: string[];

beforeAll(async () => {
  dir = makeTempDir();
  const vault = await seedWorkbook(dir, COUNT);
  ids = vault.journal().list().map((e) => e.id).sort();
  key = vault.copyKeys();
  vault.lock();
  vaultId = (JSON.parse(readHeader(join(dir, WORKBOOK_FILE)).body) as { vaultId: string }).vaultId;
});

afterAll(() => removeDir(dir));

/** Runs `fn` on the workbook opened read-only, as the loader would see it. */
async function withWorkbook<T>(fn: (db: DatabaseSync) => Promise<T>, path = join(dir, WORKBOOK_FILE)): Promise<T> {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

const decode = () => recordDecoder(recordKeysOf(key, false), vaultId);

describe('loading records a slice at a time', () => {
  it('decrypts every record', async () => {
    const { entries, damaged } = await withWorkbook((db) => loadRecords(db, { decode: decode() }));
    expect(entries.map((e) => e.entry.id).sort()).toEqual(ids);
    expect(damaged).toEqual([]);
  });

  it('hands each entry to `keep` instead of keeping it, when asked (checking a copy needs the ids only)', async () => {
    const kept: string[] = [];
    const { entries, damaged } = await withWorkbook((db) => loadRecords(db, { decode: decode(), keep: (loaded) => kept.push(loaded.entry.id) }));
    expect(entries).toEqual([]);
    expect(damaged).toEqual([]);
    expect(kept.sort()).toEqual(ids);
  });

  it('gives the event loop turns while it works: a callback scheduled at the start runs before it ends', async () => {
    const order: string[] = [];
    await withWorkbook(async (db) => {
      const loading = loadRecords(db, { decode: decode(), sliceMs: 1, onProgress: ({ done }) => order.push(`progress ${done}`) });
      setImmediate(() => order.push('other work'));
      await loading;
    });
    const otherWork = order.indexOf('other work');
    expect(otherWork).toBeGreaterThan(0);
    // Other work ran between two slices, not after the last one.
    expect(otherWork).toBeLessThan(order.length - 1);
  });

  it('reports progress after each slice, counting up to the total', async () => {
    const seen: LoadProgress[] = [];
    await withWorkbook((db) => loadRecords(db, { decode: decode(), sliceMs: 0, onProgress: (p) => seen.push(p) }));
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((p) => p.total === COUNT)).toBe(true);
    const done = seen.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(COUNT);
  });

  it('stops, with the checkpoint’s error, when the checkpoint throws between slices', async () => {
    let slices = 0;
    const stop = new Error('locked meanwhile');
    const loading = withWorkbook((db) =>
      loadRecords(db, {
        decode: decode(),
        sliceMs: 0,
        onProgress: () => void (slices += 1),
        checkpoint: () => {
          if (slices >= 2) throw stop;
        },
      }),
    );
    await expect(loading).rejects.toBe(stop);
    expect(slices).toBe(2);
  });

  // Rows hide their day in the file (format 5), so the loader names a damaged one by id alone; the
  // journal then names its exercise and day from the manifest (tests/unit/main/tamper-corpus.test.ts).
  it('still reports a damaged record by id, and loads the others', async () => {
    const copy = makeTempDir();
    try {
      const path = join(copy, WORKBOOK_FILE);
      withDatabase(join(dir, WORKBOOK_FILE), (db) => db.prepare('VACUUM INTO ?').run(path), { readOnly: true });
      const victim = ids[ids.length >> 1]!;
      const { sort_key: sortKey } = withDatabase(path, (db) => {
        const row = db.prepare('SELECT sort_key, ciphertext FROM records WHERE id = ?').get(victim) as { sort_key: number; ciphertext: Uint8Array };
        const flipped = Buffer.from(row.ciphertext);
        flipped[3]! ^= 0x10;
        db.prepare('UPDATE records SET ciphertext = ? WHERE id = ?').run(flipped, victim);
        return row;
      });
      const { entries, damaged } = await withWorkbook((db) => loadRecords(db, { decode: decode(), sliceMs: 0 }), path);
      expect(sortKeyDay(sortKey)).toBeNull();
      expect(damaged).toEqual([{ id: victim, day: null }]);
      expect(entries.map((e) => e.entry.id).sort()).toEqual(ids.filter((id) => id !== victim));
    } finally {
      removeDir(copy);
    }
  });
});

describe('a vault opening a large workbook', () => {
  it('reports how far opening has got', async () => {
    const seen: LoadProgress[] = [];
    const vault = new Vault(dir, { onOpenProgress: (p) => seen.push(p) });
    try {
      await vault.unlockWithKeys(key);
      expect(seen.at(-1)).toEqual({ done: COUNT, total: COUNT });
    } finally {
      vault.lock();
    }
  });

  it('does not finish opening when lock() comes while the records are being decrypted', async () => {
    let locked = false;
    const vault = new Vault(dir, {
      onOpenProgress: () => {
        // The first report comes after the first slice: the key is known, the records are being read.
        if (locked) return;
        locked = true;
        vault.lock();
      },
    });
    const unlocking = vault.unlock(BENCH_PASSPHRASE);
    await expectMendError(() => unlocking, 'locked');
    expect(locked).toBe(true);
    expect(vault.isUnlocked).toBe(false);
    await expectMendError(() => vault.journal(), 'locked');
    // Nothing was left half-open: the next unlock works.
    await vault.unlockWithKeys(key);
    expect(vault.journal().list()).toHaveLength(COUNT);
    vault.lock();
  });
});
