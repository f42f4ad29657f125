// A large workbook decrypted by main and a worker thread at once: the same
// entries and the same damage report as main alone, damage in the worker's
// half included; a worker that cannot run leaves main to read its half.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecordsInParallel, PARALLEL_FROM_RECORDS } from '../../../main/services/journal/parallel-loader.ts';
import { recordDecoder } from '../../../main/services/journal/record-codec.ts';
import { loadRecords } from '../../../main/services/journal/record-loader.ts';
import type { LoadedRecords, LoadProgress } from '../../../main/services/journal/record-loader.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import type { MemberKeys } from '../../../main/services/vault/member-keys.ts';
import { recordKeysOf } from '../../../main/services/journal/record-keys.ts';
import type { RecordKeys } from '../../../main/services/journal/record-keys.ts';
import { seedWorkbook } from '../../bench/seed-workbook.ts';
import { expectMendError, makeTempDir, readHeader, removeDir, withDatabase } from '../main/helpers.ts';

const WORKER = new URL('../../../main/services/journal/record-worker.ts', import.meta.url);
const STUB = new URL('./fixtures/stub-record-worker.ts', import.meta.url);
const COUNT = PARALLEL_FROM_RECORDS + 500;
let dir: string;
let path: string;
let rawKey: MemberKeys;
let key: RecordKeys;
let vaultId: string;

beforeAll(async () => {
  dir = makeTempDir();
  const vault = await seedWorkbook(dir, COUNT);
  rawKey = vault.copyKeys();
  key = recordKeysOf(rawKey, false);
  vault.lock();
  path = join(dir, WORKBOOK_FILE);
  vaultId = (JSON.parse(readHeader(path).body) as { vaultId: string }).vaultId;
}, 60_000);

afterAll(() => removeDir(dir));

async function load(at: string, how: 'parallel' | 'alone', helper: { workerUrl?: URL; vaultId?: string } = {}, onProgress?: (p: LoadProgress) => void): Promise<LoadedRecords> {
  const db = new DatabaseSync(at, { readOnly: true });
  try {
    const options = { decode: recordDecoder(key, vaultId), ...(onProgress ? { onProgress } : {}) };
    if (how === 'alone') return await loadRecords(db, options);
    return await loadRecordsInParallel(db, options, { workerUrl: helper.workerUrl ?? WORKER, path: at, keys: key, vaultId: helper.vaultId ?? vaultId });
  } finally {
    db.close();
  }
}

const ids = (loaded: LoadedRecords) => loaded.entries.map((e) => e.entry.id).sort();

describe('decrypting with a helper thread', () => {
  it('gives the same entries as main alone, and reports progress up to the total', async () => {
    const seen: LoadProgress[] = [];
    const [together, alone] = [await load(path, 'parallel', {}, (p) => seen.push(p)), await load(path, 'alone')];
    expect(ids(together)).toEqual(ids(alone));
    expect(together.entries).toHaveLength(COUNT);
    expect(together.entries.find((e) => e.entry.id === alone.entries[COUNT - 1]!.entry.id)).toEqual(alone.entries[COUNT - 1]);
    expect(seen.at(-1)).toEqual({ done: COUNT, total: COUNT });
  });

  it('reports a damaged record in the worker’s half exactly as main alone does', async () => {
    const copy = makeTempDir();
    try {
      const at = join(copy, WORKBOOK_FILE);
      copyFileSync(path, at);
      // The last row by rowid lies in the worker's half.
      const victim = withDatabase(at, (db) => {
        const row = db.prepare('SELECT id, ciphertext FROM records ORDER BY rowid DESC LIMIT 1').get() as { id: string; ciphertext: Uint8Array };
        const flipped = Buffer.from(row.ciphertext);
        flipped[7]! ^= 0x04;
        db.prepare('UPDATE records SET ciphertext = ? WHERE id = ?').run(flipped, row.id);
        return row.id;
      });
      const [together, alone] = [await load(at, 'parallel'), await load(at, 'alone')];
      expect(together.damaged).toEqual(alone.damaged);
      expect(together.damaged.map((d) => d.id)).toEqual([victim]);
      expect(ids(together)).toEqual(ids(alone));
    } finally {
      removeDir(copy);
    }
  });

  it('runs the worker script on its part of the table and posts every record back in batches', async () => {
    const { Worker } = await import('node:worker_threads');
    const range = withDatabase(path, (db) => db.prepare('SELECT min(rowid) AS "from", max(rowid) AS "to" FROM records').get() as { from: number; to: number }, { readOnly: true });
    const half = { from: range.from, to: range.from + 999 };
    const messages: unknown[] = [];
    await new Promise<void>((done, fail) => {
      const worker = new Worker(WORKER, { workerData: { path, keys: key, vaultId, range: half } });
      worker.on('message', (m: Record<string, unknown>) => {
        messages.push(m);
        if (!('batch' in m)) done();
      });
      worker.on('error', fail);
    });
    const batches = messages.slice(0, -1) as { batch: LoadedRecords; read: number }[];
    expect(messages.at(-1)).toEqual({ finished: true });
    expect(batches.reduce((n, b) => n + b.read, 0)).toBe(1000);
    expect(batches.flatMap((b) => b.batch.entries)).toHaveLength(1000);
    expect(batches.flatMap((b) => b.batch.damaged)).toEqual([]);
  });

  it('takes in what the worker posts for its half', async () => {
    const loaded = await load(path, 'parallel', { workerUrl: STUB });
    // The stub decrypts nothing: main's half, plus the stub's one report.
    expect(loaded.damaged).toEqual([{ id: 'posted-by-the-worker', day: '2026-01-01' }]);
    expect(loaded.entries.length).toBeLessThan(COUNT);
  });

  it('reads the worker’s half on main when the worker fails', async () => {
    const loaded = await load(path, 'parallel', { workerUrl: STUB, vaultId: 'fail' });
    // The stub said 'failed' at once: main read that half too, with its own decoder.
    expect(loaded.entries).toHaveLength(COUNT);
  });

  it('reads the worker’s half on main when the worker cannot run', async () => {
    const loaded = await load(path, 'parallel', { workerUrl: new URL('./no-such-worker.ts', WORKER) });
    expect(loaded.entries).toHaveLength(COUNT);
    expect(loaded.damaged).toEqual([]);
  });

  it('lets a lock during the load win, in a vault that uses the helper', async () => {
    let locked = false;
    const vault = new Vault(dir, {
      recordWorker: WORKER,
      onOpenProgress: () => {
        if (locked) return;
        locked = true;
        vault.lock();
      },
    });
    await expectMendError(() => vault.unlockWithKeys(rawKey), 'locked');
    expect(vault.isUnlocked).toBe(false);
    await vault.unlockWithKeys(rawKey);
    expect(vault.journal().list()).toHaveLength(COUNT);
    vault.lock();
  });
});
