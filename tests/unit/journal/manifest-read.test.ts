// The manifest's buckets are checked by hand when read (manifest.ts): a bucket that opens under the key but is
// not a bucket's shape makes the manifest damaged, as the schema did; a whole one reads back as written.
import { createSecretKey, randomBytes } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { SpaceManifest } from '../../../main/services/journal/manifest.ts';
import { readSealed, writeSealed } from '../../../main/services/settings/sealed-settings.ts';
import { z } from '../../../shared/zod.ts';

const VAULT = 'vault-1';

function written(count: number) {
  const db = new DatabaseSync(':memory:');
  db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL)');
  const key = createSecretKey(randomBytes(32));
  const items = Array.from({ length: count }, (_, i) => [`id-${i}`, { version: `2026-01-01T00:00:00.${String(i % 1000).padStart(3, '0')}Z`, exerciseId: 'small-steps', day: '2026-01-01' }] as [string, { version: string; exerciseId: string; day: string }]);
  SpaceManifest.fresh('me', items).writeAll(db, VAULT, key);
  return { db, key, items };
}

describe('reading a manifest', () => {
  it('reads back every entry it was written with', () => {
    const { db, key, items } = written(300);
    const read = SpaceManifest.read(db, VAULT, key, 'me');
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.manifest.listed).toBe(300);
    for (const [id, item] of items) expect(read.manifest.get(id)).toEqual(item);
  });

  // Each keeps the bucket's revision and its count of entries, so that only the check of its shape can notice.
  type Stored = { r: number; e: unknown[][] };
  it.each([
    ['an extra field', (b: Stored) => ({ ...b, x: 1 })],
    ['a revision that is not a whole number', (b: Stored) => ({ ...b, r: b.r + 1e-9 })],
    ['a tuple of three', (b: Stored) => ({ ...b, e: b.e.map((t, i) => (i === 0 ? t.slice(0, 3) : t)) })],
    ['a number where a day should be', (b: Stored) => ({ ...b, e: b.e.map((t, i) => (i === 0 ? [...t.slice(0, 3), 4] : t)) })],
  ])('calls a bucket sealed under the key with %s damaged', (_, change) => {
    const { db, key } = written(300);
    const bucket = readSealed({ db, vaultId: VAULT }, key, 'manifest/me/1', z.object({ r: z.number(), e: z.array(z.array(z.unknown())) }).loose()) as Stored;
    expect(bucket.e.length).toBeGreaterThan(0);
    writeSealed({ db, vaultId: VAULT }, key, 'manifest/me/1', bucket);
    expect(SpaceManifest.read(db, VAULT, key, 'me').kind, 'the same bucket written again').toBe('ok');
    writeSealed({ db, vaultId: VAULT }, key, 'manifest/me/1', change(bucket));
    expect(SpaceManifest.read(db, VAULT, key, 'me').kind).toBe('damaged');
  });
});
