// The cache of records already verified (journal/verified-records.ts), against
// the partner who holds the shared key and a script: B's cache is written when
// B locks and read at B's next unlock, so B's records are not verified again;
// yet A can neither forge B's cache (it is sealed under B's private key) nor
// change a record B verified without the change being verified (the digest
// covers the exact plaintext). Either way the record is reported tampered.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open, seal } from '../../../main/services/crypto/aead.ts';
import { decodeRow, encodeRecord, recordAad } from '../../../main/services/journal/record-codec.ts';
import type { RecordRow } from '../../../main/services/journal/record-codec.ts';
import { recordKeysOf } from '../../../main/services/journal/record-keys.ts';
import { fingerprintOf, readVerified, recordDigest, verifiedSettingName } from '../../../main/services/journal/verified-records.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { parseHeader } from '../../../main/services/vault/header.ts';
import { checkIdentities } from '../../../main/services/vault/identity-check.ts';
import type { MemberKeys } from '../../../main/services/vault/member-keys.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { readHeader, removeDir, withDatabase } from './helpers.ts';
import { writeSharedRaw } from './signed-records-kit.ts';
import { owning, PASS_B, workbookForTwo } from './two-partners-kit.ts';
import type { Book } from './two-partners-kit.ts';

const AT = '2026-11-20T10:00:00.000Z';

describe('the cache of verified records', () => {
  let book: Book;
  let keysA: MemberKeys;
  let keysB: MemberKeys;
  let bShared: Entry;
  const path = () => join(book.dir, WORKBOOK_FILE);
  const header = () => parseHeader(readHeader(path()));
  const rowOf = (id: string) => withDatabase(path(), (db) => db.prepare('SELECT id, sort_key, tag, nonce, ciphertext FROM records WHERE id = ?').get(id), { readOnly: true }) as unknown as RecordRow;
  /** What the cache would keep for a shared row: the digest of its plaintext (opened with the shared key, as B's unlock does). */
  const digestOf = (row: RecordRow) =>
    recordDigest(header().vaultId, row.id, open(keysB.sharedKey!, { nonce: Buffer.from(row.nonce), ciphertext: Buffer.from(row.ciphertext) }, recordAad(header().vaultId, row.id)));
  const cacheOfB = () => withDatabase(path(), (db) => readVerified({ db, vaultId: header().vaultId, memberId: keysB.memberId, privateKey: keysB.privateKey }, checkIdentities(header(), keysB).verifiers), { readOnly: true });

  beforeAll(async () => {
    book = await workbookForTwo();
    const { vault } = book.services;
    keysA = vault.copyKeys();
    vault.journal().save({ ...owning('A shared, signed by A'), visibility: 'shared' });
    vault.lock();
    await vault.unlock(PASS_B);
    keysB = vault.copyKeys();
    bShared = vault.journal().save({ ...owning('B shared, signed by B'), visibility: 'shared' });
    vault.lock();
    // B's next opening verifies B's new record once; B's lock keeps it.
    await vault.unlock(PASS_B);
    vault.lock();
  }, 120_000);
  afterAll(() => removeDir(book?.dir));

  it('is written when B locks, holds what B believed, and is what B’s next unlock skips', async () => {
    const cache = cacheOfB();
    expect(cache.has(digestOf(rowOf(bShared.id)))).toBe(true);
    expect(cache.size).toBe(2); // A's shared record and B's.
    // The skip is real: a record in the cache is not verified again (which is why the cache must be unforgeable).
    const keys = recordKeysOf(keysB, true, checkIdentities(header(), keysB).verifiers);
    const badlySigned = encodeRecord(keys.shared!, header().vaultId, { ...bShared, id: randomUUID() }, { hidden: false }, { author: Buffer.alloc(64).toString('base64') });
    expect(decodeRow(keys, header().vaultId, badlySigned)).toEqual({ kind: 'tampered' });
    expect(decodeRow({ ...keys, verified: new Set([digestOf(badlySigned)]) }, header().vaultId, badlySigned)).toMatchObject({ kind: 'entry' });
    const report = await book.services.vault.unlock(PASS_B);
    expect(report.damaged).toEqual([]);
    book.services.vault.lock();
  }, 90_000);

  it('a cache A forges for B (sealed with the shared key) does not make a forged record B’s words', async () => {
    const { vault } = book.services;
    const vaultId = header().vaultId;
    // A's script: words put in B's mouth, unsigned, and a "cache of B's" that says they were verified.
    const forged: Entry = { id: randomUUID(), exerciseId: 'owning-it', day: '2026-11-20', answers: { whatIDid: 'forged as B' }, visibility: 'shared', author: keysB.memberId, createdAt: AT, updatedAt: AT };
    // A signature of the right shape, so that only checking it can tell.
    writeSharedRaw(book.dir, keysA, { ...forged, proof: { author: Buffer.alloc(64, 7).toString('base64') } } as Entry);
    const digests = Buffer.concat([...cacheOfB(), digestOf(rowOf(forged.id))].map((d) => Buffer.from(d, 'base64'))).toString('base64');
    const value = { v: 1, believed: fingerprintOf(checkIdentities(header(), keysA).verifiers), digests };
    const name = verifiedSettingName(keysB.memberId);
    for (const key of [keysA.sharedKey!, keysA.privateKey]) {
      const sealed = seal(key, Buffer.from(JSON.stringify(value)), `mend/setting/v1|${vaultId}|${name}`);
      withDatabase(path(), (db) => db.prepare('INSERT OR REPLACE INTO settings (key, nonce, ciphertext) VALUES (?, ?, ?)').run(name, sealed.nonce, sealed.ciphertext));
      const report = await vault.unlock(PASS_B);
      expect(report.damaged).toEqual([{ id: forged.id, day: '2026-11-20', tampered: true }]);
      expect(vault.journal().list().some((e) => e.answers.whatIDid === 'forged as B')).toBe(false);
      vault.lock();
    }
    withDatabase(path(), (db) => db.prepare('DELETE FROM records WHERE id = ?').run(forged.id));
  }, 120_000);

  it('a record B verified, changed by A under B’s valid cache, is verified again and refused', async () => {
    const { vault } = book.services;
    await vault.unlock(PASS_B);
    vault.lock();
    const before = rowOf(bShared.id);
    expect(cacheOfB().has(digestOf(before))).toBe(true);
    // A's script: B's own record, its words changed, with a made-up signature (A has no key of B's), sealed again with the shared key.
    writeSharedRaw(book.dir, keysA, { ...bShared, answers: { whatIDid: 'B never wrote this' }, proof: { author: Buffer.alloc(64, 7).toString('base64') } } as Entry);
    expect(cacheOfB().has(digestOf(rowOf(bShared.id)))).toBe(false);
    const report = await vault.unlock(PASS_B);
    // Named from B's manifest of the shared space too.
    expect(report.damaged).toEqual([{ id: bShared.id, day: bShared.day, exerciseId: bShared.exerciseId, tampered: true }]);
    expect(vault.journal().list().some((e) => e.answers.whatIDid === 'B never wrote this')).toBe(false);
    vault.lock();
  }, 90_000);
});
