// The cache of verified records (journal/verified-records.ts) survives a
// re-seal: a passphrase change seals every row again under new keys (a fresh
// nonce, a new ciphertext) but leaves each record's plaintext, and so its
// signatures, as they were. The first unlock after the change must not check
// every signature again, for the partner who changed it (new private and shared
// keys) nor for the other (a new shared key, taken from its envelope). And what
// the cache skips is still only what was verified: a record changed after the
// re-seal is checked and refused.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { removeDir, withDatabase } from './helpers.ts';
import { writeSharedRaw } from './signed-records-kit.ts';
import { owning, PASS_A, PASS_B, workbookForTwo } from './two-partners-kit.ts';
import type { Book } from './two-partners-kit.ts';

/** Signature checks of shared records (their author's or a together confirmation), counted as record-proof.ts asks for them. */
const recordChecks = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../main/services/crypto/identity.ts', async (original) => {
  const real = await original<typeof import('../../../main/services/crypto/identity.ts')>();
  return {
    ...real,
    verifyWith: (key: Parameters<typeof real.verifyWith>[0], message: Buffer, signature: Buffer) => {
      if (/^mend\/(record|confirm)-sig\//.test(message.subarray(0, 24).toString('utf8'))) recordChecks.count += 1;
      return real.verifyWith(key, message, signature);
    },
  };
});

const NEW_A = 'the first partner, after the change';
const SHARED = 12;

describe('the cache of verified records across a re-seal', () => {
  let book: Book;
  const sharedIds = new Set<string>();
  const sharedRows = () =>
    (withDatabase(join(book.dir, WORKBOOK_FILE), (db) => db.prepare('SELECT id, nonce FROM records').all(), { readOnly: true }) as { id: string; nonce: Uint8Array }[]).filter((r) => sharedIds.has(r.id));
  /** Signature checks of shared records made by one unlock (and its lock). */
  async function checksAt(passphrase: string): Promise<number> {
    recordChecks.count = 0;
    const report = await book.services.vault.unlock(passphrase);
    expect(report.damaged).toEqual([]);
    book.services.vault.lock();
    return recordChecks.count;
  }

  beforeAll(async () => {
    book = await workbookForTwo();
    const { vault } = book.services;
    for (let i = 0; i < SHARED; i++) sharedIds.add(vault.journal().save({ ...owning(`shared ${i}`), visibility: 'shared' }).id);
    vault.lock();
    // Each partner's first unlock verifies every shared record; their lock keeps what they believed.
    expect(await checksAt(PASS_A)).toBeGreaterThanOrEqual(SHARED);
    expect(await checksAt(PASS_B)).toBeGreaterThanOrEqual(SHARED);
  }, 120_000);
  afterAll(() => removeDir(book?.dir));

  it('an unlock after one that verified everything checks nothing again', async () => {
    expect(await checksAt(PASS_A)).toBe(0);
    expect(await checksAt(PASS_B)).toBe(0);
  }, 60_000);

  it('a passphrase change re-seals every row, and neither partner’s next unlock checks the signatures again', async () => {
    const { vault } = book.services;
    const before = new Map(sharedRows().map((r) => [r.id, Buffer.from(r.nonce).toString('hex')]));
    await vault.unlock(PASS_A);
    await vault.changePassphrase(PASS_A, NEW_A);
    vault.lock();
    // Every row was sealed again (a new nonce each): a cache kept by ciphertext would miss them all.
    expect(sharedRows()).toHaveLength(SHARED);
    expect(sharedRows().filter((r) => before.get(r.id) === Buffer.from(r.nonce).toString('hex'))).toEqual([]);
    expect(await checksAt(NEW_A)).toBe(0);
    // B was not there: B's unlock takes in the new shared key, and B's cache still holds every record B verified.
    expect(await checksAt(PASS_B)).toBe(0);
  }, 180_000);

  it('a record changed after the re-seal is still checked, and refused', async () => {
    const { vault } = book.services;
    await vault.unlock(NEW_A);
    const keysA = vault.copyKeys(); // today's shared key
    const target = vault.journal().list().find((e) => e.answers.whatIDid === 'shared 3')!;
    vault.lock();
    // A's script: A's own record, its words changed, a signature of the right shape; sealed under today's shared key.
    writeSharedRaw(book.dir, keysA, { ...target, answers: { whatIDid: 'changed behind the signature' }, proof: { author: Buffer.alloc(64, 7).toString('base64') } } as Entry);
    recordChecks.count = 0;
    const report = await vault.unlock(PASS_B);
    // That record alone is checked (the others are as B verified them).
    expect(recordChecks.count).toBeGreaterThan(0);
    expect(recordChecks.count).toBeLessThan(SHARED);
    expect(report.damaged.map((d) => [d.id, d.tampered])).toEqual([[target.id, true]]);
    expect(vault.journal().list().some((e) => e.answers.whatIDid === 'changed behind the signature')).toBe(false);
    vault.lock();
  }, 120_000);
});
