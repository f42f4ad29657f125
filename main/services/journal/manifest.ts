// The manifest of one space's records (a partner's private space, or the shared
// space): which entries it holds and at which version, sealed under the space's
// key in the settings table, so that an entry missing from the file, put back
// at an older version, or present though nobody wrote it is noticed at unlock
// (manifest-check.ts), and named.
//
// It is an index id -> (version, exercise, day), cut into buckets by a hash of
// the id, each bucket one sealed setting `manifest/<space>/<n>`, and a summary
// `manifest/<space>` that binds the buckets together: it holds a count and the
// sum, mod 2^256, of HMAC-SHA256(k, space | bucket | revision) over every
// bucket, where each bucket write takes a new revision (never reused) and k is a
// random key sealed in the summary. That is an incremental MAC of the set of
// buckets in the manner of Bellare, Guérin and Rogaway's XOR-MAC, with addition
// in place of XOR (so a bucket counted twice does not cancel out): dropping a
// bucket, or putting back an older one, changes the sum, and without k nobody can
// make another set of buckets with the same sum. A save rewrites one bucket and
// the summary (O(1): buckets hold about 64-128 entries; their number doubles as
// the space grows, rewriting all of them then, so O(1) amortised). Fillers are
// not listed: they hold nothing, and the count of a private space is its size step.
//
// An entry's version is its `updatedAt`, sealed inside its record, which a save
// makes strictly later than the version before it (journal.ts).
import { createHmac, createSecretKey, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { z } from '../../../shared/zod.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { open } from '../crypto/aead.ts';
import { readSealed, settingAad, writeSealed } from '../settings/sealed-settings.ts';

/** What the manifest knows of an entry: enough to say which one is missing (its exercise and day) and how old it is. */
export interface ManifestItem {
  version: string;
  exerciseId: string;
  day: string;
}

export const itemOf = (entry: Pick<Entry, 'updatedAt' | 'exerciseId' | 'day'>): ManifestItem => ({ version: entry.updatedAt, exerciseId: entry.exerciseId, day: entry.day });

/** One change to a space: the entry `id` now at `item`, or (null) no longer in the space. */
export interface ManifestChange {
  id: string;
  item: ManifestItem | null;
}

const MODULUS = 1n << 256n;
const BUCKET_TARGET = 64;
/** A bucket past this many entries (on average) makes the space double its buckets. */
const BUCKET_MAX = 128;

const Summary = z.strictObject({ v: z.literal(1), k: z.string(), b: z.number().int().positive(), n: z.number().int().nonnegative(), r: z.number().int().nonnegative(), s: z.string().regex(/^[0-9a-f]{1,64}$/) });

/** A bucket as stored: `{ r: revision, e: [[id, version, exerciseId, day], ...] }`, nothing else. */
interface StoredBucket {
  r: number;
  e: [string, string, string, string][];
}

/**
 * The shape of a bucket, checked by hand: a space of 100,000 entries has 100,000 of these tuples, and a schema
 * library's parse of them was a tenth of the unlock. Only ever asked of JSON that opened under the space's key.
 */
function isStoredBucket(value: unknown): value is StoredBucket {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !('r' in value) || !('e' in value)) return false;
  const { r, e } = value as { r: unknown; e: unknown };
  if (!Number.isSafeInteger(r) || (r as number) <= 0 || !Array.isArray(e)) return false;
  for (const item of e as unknown[]) {
    if (!Array.isArray(item) || item.length !== 4) return false;
    if (typeof item[0] !== 'string' || typeof item[1] !== 'string' || typeof item[2] !== 'string' || typeof item[3] !== 'string') return false;
  }
  return true;
}

/** The buckets' sealed settings read with one statement; a bucket that is absent, does not open or is not a bucket is null. */
function bucketReader(db: DatabaseSync, vaultId: string, key: KeyObject, space: string): (n: number) => StoredBucket | null {
  let select: ReturnType<DatabaseSync['prepare']> | null = null;
  return (n) => {
    const name = bucketName(space, n);
    try {
      select ??= db.prepare('SELECT nonce, ciphertext FROM settings WHERE key = ?');
      const row = select.get(name) as { nonce: Uint8Array; ciphertext: Uint8Array } | undefined;
      if (!row) return null;
      const plain = open(key, { nonce: Buffer.from(row.nonce), ciphertext: Buffer.from(row.ciphertext) }, settingAad(vaultId, name));
      const value = JSON.parse(plain.toString('utf8')) as unknown;
      return isStoredBucket(value) ? value : null;
    } catch {
      return null;
    }
  };
}

interface BucketState {
  rev: number;
  items: Map<string, ManifestItem>;
}

/** The name of a space's manifest: `shared`, or the member id of the private space's partner. */
export const summaryName = (space: string) => `manifest/${space}`;
const bucketName = (space: string, n: number) => `manifest/${space}/${n}`;

/** FNV-1a of the id: which bucket holds it. Not a secret (the number of buckets is in the clear). */
function bucketOf(id: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}

const bucketsFor = (count: number) => 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, count / BUCKET_TARGET))));

export type ManifestRead = { kind: 'ok'; manifest: SpaceManifest } | { kind: 'absent' } | { kind: 'damaged'; manifest: SpaceManifest };

export class SpaceManifest {
  readonly space: string;
  readonly #prfKey: Buffer;
  /** The same key, prepared once: a raw key is prepared again by every HMAC (one per bucket at unlock). */
  readonly #prf: KeyObject;
  #buckets: BucketState[];
  #count: number;
  #sum: bigint;
  /** The last revision given to a bucket: each write takes the next, so no (bucket, revision) comes twice. */
  #rev: number;

  private constructor(space: string, prfKey: Buffer, buckets: BucketState[], count: number, sum: bigint, rev: number) {
    this.space = space;
    this.#prfKey = prfKey;
    this.#prf = createSecretKey(prfKey);
    this.#buckets = buckets;
    this.#count = count;
    this.#sum = sum;
    this.#rev = rev;
  }

  #mac(bucket: number, rev: number): bigint {
    return BigInt(`0x${createHmac('sha256', this.#prf).update(`mend/manifest/v1|${this.space}|${bucket}|${rev}`).digest('hex')}`);
  }

  /** A new manifest listing `items` (written by `writeAll`). */
  static fresh(space: string, items: Iterable<[string, ManifestItem]>): SpaceManifest {
    const manifest = new SpaceManifest(space, randomBytes(32), [], 0, 0n, 0);
    manifest.#rebuild(new Map(items));
    return manifest;
  }

  #rebuild(all: Map<string, ManifestItem>): void {
    const count = bucketsFor(all.size);
    this.#buckets = Array.from({ length: count }, () => ({ rev: 0, items: new Map() }));
    for (const [id, item] of all) this.#buckets[bucketOf(id, count)]!.items.set(id, item);
    this.#sum = 0n;
    for (const [n, bucket] of this.#buckets.entries()) {
      bucket.rev = ++this.#rev;
      this.#sum = (this.#sum + this.#mac(n, bucket.rev)) % MODULUS;
    }
    this.#count = all.size;
  }

  /**
   * Reads a space's manifest: `absent` when there is no summary; `damaged` when the summary opens but its buckets
   * are not the ones it counts (one dropped, damaged or older): then what could be read is still there, to name with.
   */
  static read(db: DatabaseSync, vaultId: string, key: KeyObject, space: string): ManifestRead {
    const settings = { db, vaultId };
    const unreadable = (): ManifestRead => ({ kind: 'damaged', manifest: new SpaceManifest(space, randomBytes(32), [{ rev: 0, items: new Map() }], 0, 0n, 0) });
    let exists: boolean;
    try {
      exists = db.prepare('SELECT 1 FROM settings WHERE key = ?').get(summaryName(space)) !== undefined;
    } catch {
      // A damaged page of the settings table: the manifest cannot be read, which is reported, never thrown.
      return unreadable();
    }
    if (!exists) return { kind: 'absent' };
    const summary = readSealed(settings, key, summaryName(space), Summary);
    if (!summary) return unreadable();
    const manifest = new SpaceManifest(space, Buffer.from(summary.k, 'base64'), [], summary.n, BigInt(`0x${summary.s}`), summary.r);
    let sum = 0n;
    let count = 0;
    let whole = manifest.#prfKey.length === 32 && summary.b <= 1 << 20;
    const readBucket = bucketReader(db, vaultId, key, space);
    for (let n = 0; n < Math.min(summary.b, 1 << 20); n++) {
      const bucket = readBucket(n);
      const items = new Map<string, ManifestItem>();
      for (const [id, version, exerciseId, day] of bucket?.e ?? []) items.set(id, { version, exerciseId, day });
      manifest.#buckets.push({ rev: bucket?.r ?? 0, items });
      if (!bucket || bucket.r > summary.r) whole = false;
      else sum = (sum + manifest.#mac(n, bucket.r)) % MODULUS;
      count += items.size;
    }
    whole &&= sum === manifest.#sum && count === summary.n;
    return whole ? { kind: 'ok', manifest } : { kind: 'damaged', manifest };
  }

  get count(): number {
    return this.#count;
  }

  /** How many entries its buckets hold (what was read of them, which a damaged manifest's count may not be). */
  get listed(): number {
    let listed = 0;
    for (const bucket of this.#buckets) listed += bucket.items.size;
    return listed;
  }

  get(id: string): ManifestItem | undefined {
    return this.#buckets[bucketOf(id, this.#buckets.length)]?.items.get(id);
  }

  *entries(): Iterable<[string, ManifestItem]> {
    for (const bucket of this.#buckets) yield* bucket.items;
  }

  /**
   * What `changes` make of the manifest, without changing it yet: `write` puts it in the settings (inside the
   * caller's transaction), `apply` takes it as this manifest once that transaction has committed.
   */
  prepare(changes: readonly ManifestChange[]): { write: (db: DatabaseSync, vaultId: string, key: KeyObject) => void; apply: () => void } {
    let count = this.#count;
    const touched = new Map<number, Map<string, ManifestItem>>();
    for (const { id, item } of changes) {
      const n = bucketOf(id, this.#buckets.length);
      const items = touched.get(n) ?? new Map(this.#buckets[n]!.items);
      touched.set(n, items);
      if (items.has(id)) count -= 1;
      if (item) {
        items.set(id, item);
        count += 1;
      } else items.delete(id);
    }
    if (count > BUCKET_MAX * this.#buckets.length) {
      // The space outgrew its buckets: all of them again, twice as many (rare: each doubling of the space).
      const all = new Map(this.entries());
      for (const { id, item } of changes) {
        if (item) all.set(id, item);
        else all.delete(id);
      }
      const grown = new SpaceManifest(this.space, this.#prfKey, [], 0, 0n, this.#rev);
      grown.#rebuild(all);
      return { write: (db, vaultId, key) => grown.writeAll(db, vaultId, key), apply: () => this.#take(grown) };
    }
    let sum = this.#sum;
    let rev = this.#rev;
    const revs = new Map<number, number>();
    for (const n of touched.keys()) {
      revs.set(n, ++rev);
      sum = (sum - this.#mac(n, this.#buckets[n]!.rev) + this.#mac(n, rev) + MODULUS) % MODULUS;
    }
    return {
      write: (db, vaultId, key) => {
        for (const [n, items] of touched) writeSealed({ db, vaultId }, key, bucketName(this.space, n), bucketValue(revs.get(n)!, items));
        writeSealed({ db, vaultId }, key, summaryName(this.space), this.#summaryValue(this.#buckets.length, count, rev, sum));
      },
      apply: () => {
        for (const [n, items] of touched) this.#buckets[n] = { rev: revs.get(n)!, items };
        this.#count = count;
        this.#sum = sum;
        this.#rev = rev;
      },
    };
  }

  #take(other: SpaceManifest): void {
    this.#buckets = other.#buckets;
    this.#count = other.#count;
    this.#sum = other.#sum;
    this.#rev = other.#rev;
  }

  #summaryValue(buckets: number, count: number, rev: number, sum: bigint) {
    return { v: 1, k: this.#prfKey.toString('base64'), b: buckets, n: count, r: rev, s: sum.toString(16) };
  }

  /** Writes the whole manifest, after dropping whatever the space's manifest held before (a rebuild, a restore). */
  writeAll(db: DatabaseSync, vaultId: string, key: KeyObject): void {
    db.prepare("DELETE FROM settings WHERE key = ? OR key LIKE ? ESCAPE '\\'").run(summaryName(this.space), `${summaryName(this.space).replace(/[\\%_]/g, '\\$&')}/%`);
    for (const [n, bucket] of this.#buckets.entries()) writeSealed({ db, vaultId }, key, bucketName(this.space, n), bucketValue(bucket.rev, bucket.items));
    writeSealed({ db, vaultId }, key, summaryName(this.space), this.#summaryValue(this.#buckets.length, this.#count, this.#rev, this.#sum));
  }
}

const bucketValue = (rev: number, items: ReadonlyMap<string, ManifestItem>) => ({
  r: rev,
  e: [...items].map(([id, i]) => [id, i.version, i.exerciseId, i.day]),
});
