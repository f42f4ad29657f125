// The forged-author attack (issue 14, point 2), scripted against the real
// services: A, with A's own passphrase and a script, writes into the shared
// space (with the shared key both partners hold) an entry that claims B as its
// writer, and an agreement "confirmed by both". When B unlocks, each is refused:
// reported as tampered, and shown as nobody's words; B's own entries and the
// genuinely signed ones stay as they were.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateKeyOf } from '../../../main/services/crypto/identity.ts';
import type { MemberKeys } from '../../../main/services/vault/member-keys.ts';
import { signedJson, confirm } from '../../../main/services/journal/record-proof.ts';
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { parseHeader } from '../../../main/services/vault/header.ts';
import { readHeader, removeDir } from './helpers.ts';
import { writeSharedRaw } from './signed-records-kit.ts';
import { ask, owning, PASS_A, PASS_B, textsOf, workbookForTwo } from './two-partners-kit.ts';
import type { Book } from './two-partners-kit.ts';

const AT = '2026-11-20T10:00:00.000Z';
const vaultIdOf = (dir: string) => parseHeader(readHeader(join(dir, WORKBOOK_FILE))).vaultId;

describe('a partner writing as the other', () => {
  let book: Book;
  let keysA: MemberKeys;
  let idB: string;
  const forged: Record<string, string> = {};

  beforeAll(async () => {
    book = await workbookForTwo();
    const { vault } = book.services;
    keysA = vault.copyKeys();
    idB = vault.partners().partners.find((p) => p.id !== keysA.memberId)!.id;
    // A genuine agreement, signed together, for comparison.
    await vault.joinTogether(PASS_A);
    await vault.joinTogether(PASS_B);
    vault.journal().save({ exerciseId: 'rebuilding-agreement', day: '2026-11-15', answers: { commitments: [{ who: 'we-will', commitment: 'Walk on Sundays' }] } }, vault.saveContext());
    vault.lock();
    await vault.unlock(PASS_B);
    vault.journal().save({ ...owning('B’s own shared words'), visibility: 'shared' });
    vault.lock();

    // A's script, with A's keys only.
    const entry = (text: string, extra: Partial<Entry> = {}): Entry => ({
      id: randomUUID(),
      exerciseId: 'owning-it',
      day: '2026-11-20',
      answers: { whatIDid: text },
      visibility: 'shared',
      author: idB,
      createdAt: AT,
      updatedAt: AT,
      ...extra,
    });
    const unsigned = entry('words put in B’s mouth, unsigned');
    writeSharedRaw(book.dir, keysA, unsigned);
    forged.unsigned = unsigned.id;

    const signedByA = entry('words put in B’s mouth, signed with A’s key');
    const aSigner = keysA.identity ? { memberId: idB, key: privateKeyOf('ed25519', keysA.identity.sign) } : undefined;
    if (aSigner) writeSharedRaw(book.dir, keysA, JSON.parse(signedJson(vaultIdOf(book.dir), signedByA, aSigner, undefined)) as Entry);
    else writeSharedRaw(book.dir, keysA, signedByA);
    forged.signedByA = signedByA.id;

    // An agreement A wrote (truly A's, signed with A's key) claiming both confirmed it, B's confirmation made with A's key.
    const agreement = entry('', {
      exerciseId: 'rebuilding-agreement',
      author: keysA.memberId,
      answers: { commitments: [{ who: 'i-will', commitment: 'B agreed to everything' }], partnerOneSignature: { name: 'Sam', date: '2026-11-20' }, partnerTwoSignature: { name: 'Alex', date: '2026-11-20' } },
      signedBy: [
        { memberId: keysA.memberId, name: 'Sam', at: AT },
        { memberId: idB, name: 'Alex', at: AT },
      ],
    });
    forged.agreement = agreement.id;
    if (keysA.identity) {
      const asA = { memberId: keysA.memberId, key: privateKeyOf('ed25519', keysA.identity.sign) };
      const confirmations = {
        [keysA.memberId]: confirm(vaultIdOf(book.dir), agreement, agreement.signedBy![0]!, asA),
        [idB]: confirm(vaultIdOf(book.dir), agreement, agreement.signedBy![0]!, asA),
      };
      writeSharedRaw(book.dir, keysA, JSON.parse(signedJson(vaultIdOf(book.dir), agreement, asA, confirmations)) as Entry);
    } else writeSharedRaw(book.dir, keysA, agreement);
  }, 60_000);
  afterAll(() => removeDir(book?.dir));

  it('B’s unlock reports every forged record as tampered and shows none of them as anyone’s words', async () => {
    const report = await ask<UnlockReport>(book, 'vault:unlock', { passphrase: PASS_B });
    expect(report.ok).toBe(true);
    const damaged = report.ok ? report.value.damaged : [];
    for (const id of Object.values(forged)) expect(damaged).toContainEqual({ id, day: '2026-11-20', tampered: true });
    const entries = book.services.vault.journal().list();
    for (const id of Object.values(forged)) expect(entries.some((e) => e.id === id)).toBe(false);
    expect(textsOf(entries)).toEqual(['B’s own shared words']);
    // "Confirmed by both" only from verified signatures: the genuine agreement, not the forged one.
    const agreements = entries.filter((e) => e.exerciseId === 'rebuilding-agreement');
    expect(agreements.map((e) => (e.answers.commitments as { commitment: string }[])[0]!.commitment)).toEqual(['Walk on Sundays']);
    expect(agreements[0]!.signedBy).toHaveLength(2);
    book.services.vault.lock();
  }, 30_000);

  it('A sees the same: a record claiming B without B’s signature is nobody’s words on A’s screens too', async () => {
    const report = await ask<UnlockReport>(book, 'vault:unlock', { passphrase: PASS_A });
    const damaged = report.ok ? report.value.damaged : [];
    for (const id of Object.values(forged)) expect(damaged).toContainEqual({ id, day: '2026-11-20', tampered: true });
    expect(book.services.vault.journal().list().some((e) => Object.values(forged).includes(e.id))).toBe(false);
    book.services.vault.lock();
  }, 30_000);

  it('a confirmation copied onto changed words does not verify', () => {
    if (!keysA.identity) throw new Error('A has no signing key: this code has no identities');
    const signer = { memberId: keysA.memberId, key: privateKeyOf('ed25519', keysA.identity.sign) };
    const stamp = { memberId: keysA.memberId, name: 'Sam', at: AT };
    const base: Entry = { id: randomUUID(), exerciseId: 'owning-it', day: '2026-11-20', answers: { whatIDid: 'one' }, visibility: 'shared', createdAt: AT, updatedAt: AT };
    expect(confirm('v', base, stamp, signer)).not.toEqual(confirm('v', { ...base, answers: { whatIDid: 'two' } }, stamp, signer));
  });
});
