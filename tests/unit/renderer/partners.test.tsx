// @vitest-environment jsdom
// A workbook for two in the renderer: the rules on whose entry is whose (pure),
// the titles and "Signed by" line of a part done together (pure), and, against
// the real services, the editor of the agreement in and after a together
// session (confirmations stamped by main, shown, sent back as main saved them,
// taken away by a change made alone), who-can-read-this, and the read-only
// view of the other partner's entry.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppServices } from '../../../main/services/app-services.ts';
import type { AppServices } from '../../../main/services/app-services.ts';
import { createMendApi } from '../../../shared/contract/client.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { getExercise } from '../../../shared/exercises/catalog.ts';
import { testPorts } from '../../support/test-ports.ts';
import { EntryForm } from '../../../renderer/src/exercise/EntryForm.tsx';
import { EntryOwnerControls } from '../../../renderer/src/exercise/EntryOwnerControls.tsx';
import { OpenEntry } from '../../../renderer/src/exercise/OpenEntry.tsx';
import { countsAsMine, entryAccess } from '../../../renderer/src/partners/entry-access.ts';
import { PartnersProvider } from '../../../renderer/src/partners/partners-context.tsx';
import { TogetherBanner } from '../../../renderer/src/partners/TogetherBanner.tsx';
import { TogetherProvider } from '../../../renderer/src/partners/together-context.tsx';
import { partTitle, signedByText, stampsOf } from '../../../renderer/src/partners/together-parts.ts';

const DAY = '2026-11-21';
const SAM = { name: 'Sam', passphrase: 'sam passphrase for the unit test' };
const ALEX = { name: 'Alex', passphrase: 'alex passphrase for the unit test' };
const checkIn = getExercise('weekly-check-in');
const agreement = getExercise('rebuilding-agreement');

const entry = (over: Partial<Entry>): Entry => ({
  id: '00000000-0000-4000-8000-000000000001',
  exerciseId: 'weekly-check-in',
  day: DAY,
  answers: {},
  visibility: 'shared',
  createdAt: `${DAY}T10:00:00.000Z`,
  updatedAt: `${DAY}T10:00:00.000Z`,
  ...over,
});
const signed = (...names: [string, string][]) => names.map(([memberId, name]) => ({ memberId, name, at: `${DAY}T10:00:00.000Z` }));

describe('whose entry it is', () => {
  it('one’s own, the other partner’s, and one done together that the other partner saved', () => {
    const mine = entry({ author: 'a' });
    const theirs = entry({ author: 'b' });
    const together = entry({ author: 'b', signedBy: signed(['b', 'Alex'], ['a', 'Sam']) });
    expect([mine, theirs, together].map((e) => countsAsMine(e, 'a'))).toEqual([true, false, true]);
    expect(entryAccess(theirs, getExercise('where-i-stand'), 'a', false)).toEqual({ kind: 'read', reason: 'partner' });
    expect(entryAccess(together, checkIn, 'a', false)).toEqual({ kind: 'read', reason: 'together' });
    // In a session, either partner may change a shared entry of an exercise done together, as main allows.
    expect(entryAccess(together, checkIn, 'a', true)).toEqual({ kind: 'edit' });
    expect(entryAccess(theirs, getExercise('where-i-stand'), 'a', true)).toEqual({ kind: 'read', reason: 'partner' });
    // Nobody known (a workbook for one, or a component outside the app): everything is one's own.
    expect(entryAccess(theirs, checkIn, null, false)).toEqual({ kind: 'edit' });
  });
});

describe('the parts of an exercise done together', () => {
  it('are titled with the name main saved, or while a session is on with who will sign them', () => {
    const [one, two] = checkIn.steps;
    expect(partTitle(checkIn, one!, { oneName: 'Sam' }, null)).toBe('First partner: Sam');
    expect(partTitle(checkIn, two!, { oneName: 'Sam' }, null)).toBe('Second partner');
    expect(partTitle(checkIn, two!, {}, ['Alex', 'Sam'])).toBe('Second partner: Sam');
    expect(stampsOf(agreement, { partnerOneSignature: { name: 'Sam', date: DAY }, commitments: [] })).toEqual({ partnerOneSignature: { name: 'Sam', date: DAY }, partnerTwoSignature: '' });
    expect(signedByText(entry({ signedBy: signed(['a', 'Sam'], ['b', 'Alex']) }))).toMatch(/^Signed by Sam and Alex on \w+/);
    expect(signedByText(entry({}))).toBeNull();
  });
});

describe('against the real services, in a workbook for two', () => {
  let dir: string;
  let services: AppServices;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mend-partners-'));
    services = createAppServices({ dataDir: dir, appOrigin: 'mend://app', ...testPorts() });
    const sender = { id: 1, url: 'mend://app/index.html', isMainFrame: true };
    window.mend = createMendApi((channel, request) => services.route(channel, structuredClone(request), sender), () => () => undefined);
    await services.vault.create(SAM.passphrase);
    await services.vault.addPartner({ currentPassphrase: SAM.passphrase, partnerPassphrase: ALEX.passphrase, myName: SAM.name, partnerName: ALEX.name, partnerRole: 'H' });
  });
  afterAll(() => {
    services.vault.lock();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(cleanup);

  const inApp = (children: React.ReactNode) => (
    <PartnersProvider loading={null}>
      <TogetherProvider>
        <TogetherBanner />
        {children}
      </TogetherProvider>
    </PartnersProvider>
  );

  it('the agreement: confirmations are stamped by main in a session, never typed, and a change made alone takes them away', async () => {
    await services.vault.joinTogether(SAM.passphrase);
    await services.vault.joinTogether(ALEX.passphrase);
    const saved: Entry[] = [];
    render(inApp(<EntryForm exercise={agreement} entry={null} day={DAY} idPrefix="t" onSaved={(e) => saved.push(e)} />));
    fireEvent.click(await screen.findByRole('button', { name: 'Add a commitment' }));
    expect(screen.queryByRole('button', { name: 'I agree, confirm' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Commitment, commitment 1'), { target: { value: 'Talk each Sunday' } });
    await screen.findByText(/^Signed by Sam and Alex on/, {}, { timeout: 15_000 });
    expect(screen.getAllByText((_, el) => el?.tagName === 'P' && /^Confirmed by (Sam|Alex) on/.test(el.textContent ?? '')).length).toBe(2);
    const id = saved.at(-1)!.id;
    expect(services.vault.journal().get(id)).toMatchObject({ visibility: 'shared', signedBy: [{ name: 'Sam' }, { name: 'Alex' }] });

    fireEvent.click(screen.getByRole('button', { name: 'End together session' }));
    await screen.findByText('Changing the answers on your own takes these signatures away. To keep them, make changes together.');
    fireEvent.change(screen.getByLabelText('Commitment, commitment 1'), { target: { value: 'Talk each Sunday, briefly' } });
    await waitFor(() => expect(services.vault.journal().get(id).signedBy).toBeUndefined(), { timeout: 15_000 });
    await waitFor(() => expect(screen.getAllByText(/^Not confirmed yet/).length).toBe(2));
    // Later saves send the confirmations back as main left them (empty), not as the form first held them.
    fireEvent.change(screen.getByLabelText('Commitment, commitment 1'), { target: { value: 'Talk each Sunday, for ten minutes' } });
    await waitFor(() => expect(services.vault.journal().get(id).answers.commitments).toEqual([expect.objectContaining({ commitment: 'Talk each Sunday, for ten minutes' })]), { timeout: 15_000 });
    expect(services.vault.journal().get(id).answers).toMatchObject({ partnerOneSignature: '', partnerTwoSignature: '' });
  });

  it('who can read an entry changes at once and says so', async () => {
    const own = services.vault.journal().save({ exerciseId: 'small-steps', day: DAY, answers: { whatHappened: 'A walk by the river' } });
    render(inApp(<EntryOwnerControls entry={own} idPrefix="t" />));
    fireEvent.click(await screen.findByRole('radio', { name: 'Me and Alex' }));
    expect((await screen.findByRole('status')).textContent).toBe('Now shared with Alex.');
    expect(services.vault.journal().get(own.id).visibility).toBe('shared');
    fireEvent.click(screen.getByRole('radio', { name: 'Only me' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Now only you can read this.'));
    expect(services.vault.journal().get(own.id).visibility).toBe('private');
    expect(screen.getByRole('checkbox', { name: 'Leave this entry out of counselor summaries' })).toBeTruthy();
  });

  it('the other partner’s entry opens read-only, with who can change it', async () => {
    const theirs = services.vault.journal().save({ exerciseId: 'small-steps', day: DAY, answers: { whatHappened: 'Sam noticed the flowers' }, visibility: 'shared' });
    services.vault.lock();
    await services.vault.unlock(ALEX.passphrase);
    render(inApp(<OpenEntry exercise={getExercise('small-steps')} entry={theirs} day={DAY} formKey="k" idPrefix="t" ownerControls="always" />));
    await screen.findByText('Written by Sam. Only Sam can change this entry.');
    expect(screen.getByText('Sam noticed the flowers')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Who can read this' })).toBeNull();
  });
});
