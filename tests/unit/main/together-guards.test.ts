// What nobody can do alone in a workbook for two: sign for the other partner,
// edit the other's entries outside a check-in or agreement done together, make a
// jointly signed entry private, or put back a copy that would remove a partner.
// And what a counselor summary says of who wrote what.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectMendError, makeTempDir, removeDir } from './helpers.ts';
import { ask, openBook, owning, PASS_A, PASS_B } from './two-partners-kit.ts';
import type { Book } from './two-partners-kit.ts';

const AGREEMENT = { exerciseId: 'rebuilding-agreement' as const, day: '2026-11-15' };
const CHECK_IN = { exerciseId: 'weekly-check-in' as const, day: '2026-11-15' };

describe('together, not alone', () => {
  let book: Book;
  let soloBackup: string;

  beforeAll(async () => {
    book = openBook(makeTempDir());
    const { vault, backups } = book.services;
    await vault.create(PASS_A);
    // A backup made while the workbook was for one: putting it back later would remove Alex.
    soloBackup = (await backups.create()).name;
    await vault.addPartner({ currentPassphrase: PASS_A, partnerPassphrase: PASS_B, myName: 'Sam', partnerName: 'Alex', partnerRole: 'H' });
  }, 60_000);
  afterAll(() => {
    book.services.vault.lock();
    removeDir(book.dir);
  });

  it('outside a session, a typed name or signature in a part is not kept: only a session stamps them', async () => {
    const { vault } = book.services;
    const forged = vault.journal().save(
      { ...AGREEMENT, answers: { commitments: [{ who: 'we-will', commitment: 'Walk on Sundays' }], partnerTwoSignature: { name: 'Alex', date: '2026-11-15' } } },
      vault.saveContext(),
    );
    expect(forged.answers.partnerTwoSignature).toBe('');
    expect(forged.signedBy).toBeUndefined();
    const checkIn = vault.journal().save({ ...CHECK_IN, answers: { oneTrust: '5', twoName: 'Alex' } }, vault.saveContext());
    expect(checkIn.answers.twoName).toBe('');
  });

  it('signed again in a session where the other partner confirmed first, each part keeps its partner', async () => {
    const { vault } = book.services;
    await vault.joinTogether(PASS_A);
    await vault.joinTogether(PASS_B);
    const first = vault.journal().save({ ...CHECK_IN, answers: { oneTrust: '4', twoTrust: '6' } }, vault.saveContext());
    expect([first.answers.oneName, first.answers.twoName]).toEqual(['Sam', 'Alex']);
    vault.endTogether();
    await vault.joinTogether(PASS_B);
    await vault.joinTogether(PASS_A);
    const again = vault.journal().save({ id: first.id, ...CHECK_IN, answers: { ...first.answers, oneWin: 'A calm week' } }, vault.saveContext());
    expect([again.answers.oneName, again.answers.twoName]).toEqual(['Sam', 'Alex']);
    expect(again.signedBy?.map((s) => s.name)).toEqual(['Sam', 'Alex']);
    // Signed by both, it stays shared.
    vault.endTogether();
    await expectMendError(() => vault.journal().setVisibility(again.id, 'private'), 'invalid-request');
  });

  it('a session opens the other partner’s shared check-in or agreement to edits, not their other shared entries', async () => {
    const { vault } = book.services;
    vault.lock();
    await vault.unlock(PASS_B);
    const ofAlex = vault.journal().save({ ...owning('Alex shared this'), visibility: 'shared' });
    vault.lock();
    await vault.unlock(PASS_A);
    await vault.joinTogether(PASS_A);
    await vault.joinTogether(PASS_B);
    await expectMendError(() => vault.journal().save({ id: ofAlex.id, ...owning('Sam rewrites it') }, vault.saveContext()), 'invalid-request');
    vault.endTogether();
  });

  it('a counselor summary names the other partner on the entries they shared', async () => {
    const { vault } = book.services;
    const out = join(book.dir, 'attributed.md');
    book.dialogs.nextSavePath = out;
    const options = { from: '2026-11-01', to: '2026-11-30', exerciseIds: ['owning-it'], includePrivate: false, names: '', nextSession: '' };
    expect(await ask(book, 'summary:export', { jobId: randomUUID(), format: 'markdown', options })).toMatchObject({ ok: true });
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/_Written by Alex_\s+\*\*What I did\*\*\s+Alex shared this/);
    expect(text).not.toMatch(/_Written by Sam_/);
    expect(vault.isUnlocked).toBe(true);
  });

  it('a copy from before both partners used the workbook is not put back; one made since is', async () => {
    const { services } = book;
    const err = await expectMendError(() => services.backups.restore(soloBackup), 'invalid-request');
    expect(err.message).toMatch(/take away one partner/);
    expect(services.vault.partners().forTwo).toBe(true);
    const both = await services.backups.create();
    await expect(services.backups.restore(both.name)).resolves.toMatchObject({ damaged: [] });
    services.vault.lock();
    await services.vault.unlock(PASS_B);
    expect(services.vault.partners().me).not.toBe(services.vault.partners().partners[0]!.id);
  }, 30_000);
});
