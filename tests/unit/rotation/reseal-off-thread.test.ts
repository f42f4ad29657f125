// A rotation's re-seal on its helper thread (vault/reseal-off-thread.ts): it
// seals every row again through a connection of its own (main's, here, is
// read-only, so nothing but the helper can have written), stops when the
// workbook is locked with every row whole under the old key or the new, and
// when no thread can start main does the work itself.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { MendError } from '../../../shared/contract/result.ts';
import { decodeRow, encodeRecord } from '../../../main/services/journal/record-codec.ts';
import { spaceKeyOf, tagOf } from '../../../main/services/journal/record-keys.ts';
import type { SpaceKey } from '../../../main/services/journal/record-keys.ts';
import { openConnection } from '../../../main/services/vault/database.ts';
import { resealRecordsOffThread, SOURCE_RESEAL_WORKER } from '../../../main/services/vault/reseal-off-thread.ts';
import { makeTempDir, removeDir } from '../main/helpers.ts';

const VAULT = 'vault-reseal-off-thread';
let dir: string | undefined;
afterEach(() => removeDir(dir));

/** A records table of `count` entries sealed under `space`, in WAL mode as a workbook is. */
function tableOf(count: number, space: SpaceKey): string {
  dir = makeTempDir();
  const path = join(dir, 'workbook.mend');
  const db = new DatabaseSync(path);
  db.exec('PRAGMA journal_mode = WAL; CREATE TABLE records (id TEXT PRIMARY KEY, sort_key INTEGER NOT NULL, tag BLOB, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL) STRICT;');
  const insert = db.prepare('INSERT INTO records (id, sort_key, tag, nonce, ciphertext) VALUES (?, ?, ?, ?, ?)');
  db.exec('BEGIN');
  for (let i = 0; i < count; i++) {
    const at = '2026-12-03T12:00:00.000Z';
    const row = encodeRecord(space, VAULT, { id: `entry-${i}`, exerciseId: 'small-steps', day: '2026-12-03', answers: { whatHappened: `words ${i} ${'x'.repeat(400)}` }, visibility: 'private', createdAt: at, updatedAt: at }, { hidden: false });
    insert.run(row.id, row.sort_key, row.tag, row.nonce, row.ciphertext);
  }
  db.exec('COMMIT');
  db.close();
  return path;
}

/** How many rows open under each key (and carry its tag). */
function countUnder(path: string, spaces: Record<string, SpaceKey>): Record<string, number> {
  const db = new DatabaseSync(path, { readOnly: true });
  const counts: Record<string, number> = Object.fromEntries(Object.keys(spaces).map((k) => [k, 0]));
  for (const row of db.prepare('SELECT * FROM records').all() as never[]) {
    for (const [name, space] of Object.entries(spaces)) {
      const { kind } = decodeRow({ mine: space, shared: null }, VAULT, row);
      if (kind === 'entry' && Buffer.from((row as { tag: Uint8Array }).tag).equals(tagOf(space, (row as { id: string }).id))) counts[name]! += 1;
    }
  }
  db.close();
  return counts;
}

describe('the re-seal on its helper thread', () => {
  const from = spaceKeyOf(randomBytes(32));
  const to = spaceKeyOf(randomBytes(32));

  it('seals every row again through its own connection', { timeout: 60_000 }, async () => {
    const path = tableOf(500, from);
    const mainReadOnly = openConnection(path, { readOnly: true });
    const seen: number[] = [];
    try {
      const damaged = await resealRecordsOffThread(mainReadOnly, { path, vaultId: VAULT, moves: [{ from, to }] }, { helper: SOURCE_RESEAL_WORKER, onProgress: (p) => seen.push(p.done) });
      expect(damaged).toEqual([]);
    } finally {
      mainReadOnly.close();
    }
    expect(countUnder(path, { from, to })).toEqual({ from: 0, to: 500 });
    expect(seen.at(-1)).toBe(500);
  });

  it('stops when the workbook is locked, each row whole under one key or the other', { timeout: 60_000 }, async () => {
    const path = tableOf(3000, from);
    const db = openConnection(path);
    const locked = new MendError('locked', 'The workbook was locked.');
    try {
      const run = resealRecordsOffThread(db, { path, vaultId: VAULT, moves: [{ from, to }] }, {
        helper: SOURCE_RESEAL_WORKER,
        checkpoint: () => {
          throw locked;
        },
      });
      await expect(run).rejects.toBe(locked);
    } finally {
      db.close();
    }
    const counts = countUnder(path, { from, to });
    expect(counts.from! + counts.to!).toBe(3000);
  });

  it('is done on main when no thread can start', { timeout: 60_000 }, async () => {
    const path = tableOf(200, from);
    const db = openConnection(path);
    try {
      await resealRecordsOffThread(db, { path, vaultId: VAULT, moves: [{ from, to }] }, { helper: new URL('./no-such-worker.ts', SOURCE_RESEAL_WORKER) });
    } finally {
      db.close();
    }
    expect(countUnder(path, { from, to })).toEqual({ from: 0, to: 200 });
  });
});
