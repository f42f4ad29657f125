// A workbook for two, through the real services and a real SQLite file: each
// partner reads their own private entries and the shared ones; with one
// partner's keys and raw access to the file, the other's private entries can be
// neither read nor counted (their space is a fixed number of rows, fillers
// included); visibility changes are seen by both; together sessions sign each
// part with its partner's name.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRow } from '../../../main/services/journal/record-codec.ts';
import type { RecordRow } from '../../../main/services/journal/record-codec.ts';
import { recordKeysOf } from '../../../main/services/journal/record-keys.ts';
import { checkIdentities } from '../../../main/services/vault/identity-check.ts';
import { MIN_SLOTS } from '../../../main/services/journal/private-slots.ts';
import { readSealed } from '../../../main/services/settings/sealed-settings.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { parseHeader } from '../../../main/services/vault/header.ts';
import type { MemberKeys } from '../../../main/services/vault/member-keys.ts';
import { ProfileSchema } from '../../../shared/domain/profile.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { expectMendError, makeTempDir, readHeader, removeDir, withDatabase } from './helpers.ts';
import { ask, openBook, owning, PASS_A, PASS_B, textsOf, workbookForTwo } from './two-partners-kit.ts';
import type { Book } from './two-partners-kit.ts';

const rawRows = (dir: string) =>
  withDatabase(join(dir, WORKBOOK_FILE), (db) => db.prepare('SELECT id, sort_key, tag, nonce, ciphertext FROM records').all(), { readOnly: true }) as unknown as RecordRow[];

/** What a partner holding `keys` gets from the raw file: every row they can open, and how many they cannot. */
function rawView(dir: string, keys: MemberKeys): { opened: Entry[]; fillers: number; unopened: RecordRow[] } {
  const header = parseHeader(readHeader(join(dir, WORKBOOK_FILE)));
  const vaultId = header.vaultId;
  const recordKeys = recordKeysOf(keys, true, checkIdentities(header, keys).verifiers);
  const view = { opened: [] as Entry[], fillers: 0, unopened: [] as RecordRow[] };
  for (const row of rawRows(dir)) {
    const decoded = decodeRow(recordKeys, vaultId, row);
    if (decoded.kind === 'entry') view.opened.push(decoded.entry);
    else if (decoded.kind === 'filler') view.fillers += 1;
    else view.unopened.push(row);
  }
  return view;
}

const fileBytes = (dir: string) =>
  Buffer.concat(['', '-wal'].map((s) => join(dir, `${WORKBOOK_FILE}${s}`)).filter(existsSync).map((p) => readFileSync(p)));

describe('a workbook for two', () => {
  let book: Book;
  let keysA: MemberKeys;
  let keysB: MemberKeys;

  beforeAll(async () => {
    book = await workbookForTwo();
    const { vault } = book.services;
    vault.journal().save(owning('A private canary'));
    vault.journal().save({ ...owning('A shared words'), visibility: 'shared' });
    keysA = vault.copyKeys();
    vault.lock();
    await vault.unlock(PASS_B);
    vault.journal().save(owning('B private canary'));
    vault.journal().save({ ...owning('B shared words'), visibility: 'shared' });
    vault.profile().set({ role: 'H' });
    keysB = vault.copyKeys();
    vault.lock();
  }, 60_000);
  afterAll(() => {
    book.services.vault.lock();
    removeDir(book.dir);
  });

  it('each passphrase opens the workbook as its partner: own private entries and the shared ones, nothing else', async () => {
    const { vault } = book.services;
    await vault.unlock(PASS_A);
    expect(textsOf(vault.journal().list())).toEqual(['A private canary', 'A shared words', 'A wrote this before B joined', 'B shared words']);
    expect(vault.partners()).toEqual({ forTwo: true, me: keysA.memberId, partners: [{ id: keysA.memberId, name: 'Sam' }, { id: keysB.memberId, name: 'Alex' }] });
    vault.lock();
    await vault.unlock(PASS_B);
    expect(textsOf(vault.journal().list())).toEqual(['A shared words', 'B private canary', 'B shared words']);
    expect(vault.profile().get()).toEqual({ role: 'H' });
    vault.lock();
  });

  it('with A’s keys and raw access to the file, none of B’s private entries can be read, nor B’s role', () => {
    const view = rawView(book.dir, keysA);
    expect(textsOf(view.opened)).toEqual(['A private canary', 'A shared words', 'A wrote this before B joined', 'B shared words']);
    const bytes = fileBytes(book.dir);
    expect(bytes.includes(Buffer.from('B private canary'))).toBe(false);
    expect(bytes.includes(Buffer.from('canary'))).toBe(false);
    const settings = withDatabase(join(book.dir, WORKBOOK_FILE), (db) => ({ db, vaultId: parseHeader(readHeader(join(book.dir, WORKBOOK_FILE))).vaultId }));
    expect(settings.vaultId).toMatch(/-/);
    const roleOfB = withDatabase(join(book.dir, WORKBOOK_FILE), (db) =>
      readSealed({ db, vaultId: settings.vaultId }, keysA.privateKey, `profile:${keysB.memberId}`, ProfileSchema) ??
      readSealed({ db, vaultId: settings.vaultId }, keysA.sharedKey!, `profile:${keysB.memberId}`, ProfileSchema),
    );
    expect(roleOfB).toBeNull();
  });

  it('what A can count of B’s private space is its size step, the same whether B wrote one private entry or none', async () => {
    // B's space: 1 entry and 31 fillers; a twin workbook where B wrote nothing private has 32 fillers.
    const twin = await workbookForTwo();
    try {
      const twinKeysA = twin.services.vault.copyKeys();
      twin.services.vault.lock();
      for (const [dir, keys] of [[book.dir, keysA], [twin.dir, twinKeysA]] as const) {
        const { unopened } = rawView(dir, keys);
        expect(unopened).toHaveLength(MIN_SLOTS);
        // Their days are hidden and their sizes are in the same padded steps as any private row.
        expect(new Set(unopened.map((r) => r.sort_key))).toEqual(new Set([0]));
        for (const row of unopened) expect((row.ciphertext.length - 16) % 256).toBe(0);
      }
      // B's side, symmetric: A's private space is topped up too (A wrote 2 private entries here, 1 in the twin).
      expect(rawView(book.dir, keysB).unopened).toHaveLength(MIN_SLOTS);
    } finally {
      removeDir(twin.dir);
    }
  }, 60_000);

  it('a private space grows in steps: 33 private rows make 64, and deleting leaves the count where it was', async () => {
    const twin = await workbookForTwo();
    try {
      const { vault } = twin.services;
      const keysOfA = vault.copyKeys();
      vault.lock();
      await vault.unlock(PASS_B);
      const written = Array.from({ length: MIN_SLOTS + 1 }, (_, i) => vault.journal().save(owning(`B note ${i}`)));
      expect(vault.journal().privateRowCount).toBe(2 * MIN_SLOTS);
      expect(rawView(twin.dir, keysOfA).unopened).toHaveLength(2 * MIN_SLOTS);
      for (const entry of written.slice(0, 10)) vault.journal().delete(entry.id);
      expect(rawView(twin.dir, keysOfA).unopened).toHaveLength(2 * MIN_SLOTS);
      vault.lock();
      await vault.unlock(PASS_B);
      expect(vault.journal().list()).toHaveLength(MIN_SLOTS + 1 - 10);
      expect(vault.journal().privateRowCount).toBe(2 * MIN_SLOTS);
      vault.lock();
    } finally {
      removeDir(twin.dir);
    }
  }, 60_000);

  it('a visibility change is sealed under the other key, seen by both, and leaves the private space’s size alone', async () => {
    const { vault } = book.services;
    await vault.unlock(PASS_A);
    const mine = vault.journal().list().find((e) => e.answers.whatIDid === 'A private canary')!;
    const rowsBefore = rawRows(book.dir).length;
    expect(vault.journal().setVisibility(mine.id, 'shared').visibility).toBe('shared');
    vault.lock();
    expect(textsOf(rawView(book.dir, keysB).opened)).toContain('A private canary');
    expect(rawView(book.dir, keysB).unopened).toHaveLength(MIN_SLOTS);
    expect(rawRows(book.dir)).toHaveLength(rowsBefore + 1);
    await vault.unlock(PASS_B);
    expect(textsOf(vault.journal().list())).toContain('A private canary');
    vault.lock();

    await vault.unlock(PASS_A);
    vault.journal().setVisibility(mine.id, 'private');
    vault.lock();
    expect(textsOf(rawView(book.dir, keysB).opened)).not.toContain('A private canary');
    expect(rawView(book.dir, keysB).unopened).toHaveLength(MIN_SLOTS);
    expect(rawRows(book.dir)).toHaveLength(rowsBefore);
    await vault.unlock(PASS_B);
    expect(textsOf(vault.journal().list())).not.toContain('A private canary');
    vault.lock();
  });

  it('only an entry’s author may change it', async () => {
    const { vault } = book.services;
    await vault.unlock(PASS_B);
    const ofA = vault.journal().list().find((e) => e.answers.whatIDid === 'A shared words')!;
    expect(ofA.author).toBe(keysA.memberId);
    await expectMendError(() => vault.journal().save({ ...owning('B rewrites it'), id: ofA.id }), 'invalid-request');
    await expectMendError(() => vault.journal().delete(ofA.id), 'invalid-request');
    await expectMendError(() => vault.journal().setVisibility(ofA.id, 'private'), 'invalid-request');
    await expectMendError(() => vault.journal().setPrivate(ofA.id, true), 'invalid-request');
    vault.lock();
  });

  it('a together session: both passphrases on one screen, then each part is signed with its partner’s name', async () => {
    const { vault } = book.services;
    await vault.unlock(PASS_A);
    await expectMendError(() => vault.joinTogether('not a passphrase of ours'), 'wrong-passphrase');
    expect(await vault.joinTogether(PASS_A)).toEqual({ active: false, confirmed: [{ id: keysA.memberId, name: 'Sam' }] });
    expect(await vault.joinTogether(PASS_B)).toEqual({ active: true, confirmed: [{ id: keysA.memberId, name: 'Sam' }, { id: keysB.memberId, name: 'Alex' }] });
    const checkIn = vault.journal().save({ exerciseId: 'weekly-check-in', day: '2026-11-15', answers: { oneTrust: '4', oneWin: 'We walked', twoTrust: '3', twoWin: 'We talked' } }, vault.saveContext());
    expect(checkIn).toMatchObject({ visibility: 'shared', answers: { oneName: 'Sam', twoName: 'Alex' } });
    expect(checkIn.signedBy?.map((s) => s.name)).toEqual(['Sam', 'Alex']);
    const agreement = vault.journal().save(
      { exerciseId: 'rebuilding-agreement', day: '2026-11-15', answers: { commitments: [{ who: 'we-will', commitment: 'Talk on Sundays' }] } },
      vault.saveContext(),
    );
    expect(agreement.answers.partnerOneSignature).toEqual({ name: 'Sam', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(agreement.answers.partnerTwoSignature).toMatchObject({ name: 'Alex' });
    // A check-in one partner began alone (only me) becomes shared once it is saved together.
    vault.endTogether();
    const begunAlone = vault.journal().save({ exerciseId: 'weekly-check-in', day: '2026-11-22', answers: { oneTrust: '5' } });
    expect(begunAlone.visibility).toBe('private');
    await vault.joinTogether(PASS_B);
    await vault.joinTogether(PASS_A);
    const finished = vault.journal().save({ id: begunAlone.id, exerciseId: 'weekly-check-in', day: '2026-11-22', answers: { oneTrust: '5', twoTrust: '6' } }, vault.saveContext());
    expect(finished).toMatchObject({ visibility: 'shared', answers: { oneName: 'Alex', twoName: 'Sam' } });
    vault.endTogether();
    // Changed afterwards by one partner alone: the confirmations go (they confirmed other words).
    const changed = vault.journal().save({ id: agreement.id, exerciseId: 'rebuilding-agreement', day: '2026-11-15', answers: { ...agreement.answers, howWeCheck: 'Every day' } }, vault.saveContext());
    expect(changed.signedBy).toBeUndefined();
    expect(changed.answers.partnerOneSignature).toBe('');
    vault.lock();
    await vault.unlock(PASS_B);
    expect(vault.journal().get(checkIn.id).signedBy?.map((s) => s.name)).toEqual(['Sam', 'Alex']);
    // Locking ends a session.
    expect(vault.togetherStatus()).toEqual({ active: false, confirmed: [] });
    vault.lock();
  }, 30_000);

  it('A’s counselor summary never holds B’s private entry, nor B’s shared entry B left out of summaries', async () => {
    const { vault } = book.services;
    await vault.unlock(PASS_B);
    const flagged = vault.journal().save({ ...owning('B shared but not for the counselor'), visibility: 'shared' });
    vault.journal().setPrivate(flagged.id, true);
    vault.lock();
    await vault.unlock(PASS_A);
    const out = join(book.dir, 'summary.md');
    book.dialogs.nextSavePath = out;
    const options = { from: '2026-11-01', to: '2026-11-30', exerciseIds: ['owning-it'], includePrivate: true, names: '', nextSession: '' };
    expect(await ask(book, 'summary:export', { jobId: randomUUID(), format: 'markdown', options })).toMatchObject({ ok: true });
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('A shared words');
    expect(text).toContain('B shared words');
    expect(text).not.toContain('B private canary');
    expect(text).not.toContain('B shared but not for the counselor');
    vault.lock();
  });

  it('“remember on this device” is not offered, and a backup of the workbook for two verifies and restores', async () => {
    await book.services.vault.unlock(PASS_B);
    expect(await ask(book, 'device:status')).toMatchObject({ ok: true, value: { available: false, reason: expect.stringMatching(/workbook for two/) } });
    expect(await ask(book, 'device:remember', { passphrase: PASS_A })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const backup = await book.services.backups.create();
    book.services.vault.journal().save(owning('B after the backup'));
    await book.services.backups.restore(backup.name);
    expect(textsOf(book.services.vault.journal().list())).not.toContain('B after the backup');
    expect(textsOf(book.services.vault.journal().list())).toContain('B private canary');
    book.services.vault.lock();
    await book.services.vault.unlock(PASS_A);
    expect(textsOf(book.services.vault.journal().list())).toContain('A private canary');
    book.services.vault.lock();
  }, 30_000);

  it('B’s new passphrase changes B’s slot only', async () => {
    const { vault } = book.services;
    const before = parseHeader(readHeader(join(book.dir, WORKBOOK_FILE)));
    await vault.unlock(PASS_B);
    await vault.changePassphrase(PASS_B, 'second partner new passphrase');
    vault.lock();
    const after = parseHeader(readHeader(join(book.dir, WORKBOOK_FILE)));
    // A's slot is A's alone to seal: it only gains the new shared key, sealed to A's agreement key and signed by B (key-rotation.ts).
    const { sharedKey: handedOver, ...aSlot } = after.members[0]!;
    expect(aSlot).toEqual(before.members[0]);
    expect(handedOver?.from).toBe(keysB.memberId);
    expect(after.members[1]!.wrapped).not.toEqual(before.members[1]!.wrapped);
    await vault.unlock(PASS_A);
    vault.lock();
    await expectMendError(() => vault.unlock(PASS_B), 'wrong-passphrase');
    await vault.unlock('second partner new passphrase');
    expect(vault.partners().me).toBe(keysB.memberId);
    await vault.changePassphrase('second partner new passphrase', PASS_B);
    vault.lock();
  }, 120_000);
});

describe('setting up for two', () => {
  it('refuses a wrong first passphrase and a partner passphrase equal to the first partner’s, changing nothing', async () => {
    const book = openBook(makeTempDir());
    try {
      const { vault } = book.services;
      await vault.create(PASS_A);
      const header = readHeader(join(book.dir, WORKBOOK_FILE));
      const input = { currentPassphrase: PASS_A, partnerPassphrase: PASS_B, myName: 'Sam', partnerName: 'Alex', partnerRole: 'R' as const };
      await expectMendError(() => vault.addPartner({ ...input, currentPassphrase: 'wrong passphrase' }), 'wrong-passphrase');
      await expectMendError(() => vault.addPartner({ ...input, partnerPassphrase: PASS_A }), 'invalid-request');
      expect(readHeader(join(book.dir, WORKBOOK_FILE))).toEqual(header);
      await expectMendError(() => vault.journal().save({ ...owning('shared alone'), visibility: 'shared' }), 'invalid-request');
      await expectMendError(() => vault.joinTogether(PASS_A), 'invalid-request');
      expect(vault.partners()).toMatchObject({ forTwo: false, partners: [{ name: 'First partner' }] });
      await vault.addPartner(input);
      await expectMendError(() => vault.addPartner(input), 'invalid-request');
      vault.lock();
    } finally {
      removeDir(book.dir);
    }
  }, 30_000);
});
