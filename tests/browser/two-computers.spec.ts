// Settings → "Mend on two computers" in two windows, each wired to its own
// services and data folder: the safety question first, the invitations pasted
// across, the same phrase on both, both confirmations (carried by files sent
// from one to the other); then a check-in shared by Alex and answered by Blair,
// an agreement confirmed by each on their own computer ("confirmed by both"
// only once both signatures are in), pausing, unpairing.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, PASSPHRASE, test, watchForProblems } from './fixtures.ts';
import { startMendHarness } from './harness/mend-harness.ts';
import { blockingAxeFindings } from './pages/appearance-kit.ts';
import { SetupPage } from './pages/gate-pages.ts';
import { SettingsPage } from './pages/settings-page.ts';

const SHOTS = resolve(import.meta.dirname, '../../.test-output/settings');
const SECTION = '[aria-labelledby="two-computers-title"]';

type Section = ReturnType<SettingsPage['section']>;
type Dialogs = Awaited<ReturnType<typeof startMendHarness>>['dialogs'];

const checkInOf = (section: Section, name: string) => section.getByRole('article', { name });

/** Alex's weekly check-in and the agreement Alex proposes, saved through the renderer's own API. */
async function saveAlexsEntries(page: Page) {
  await page.evaluate(async () => {
    const day = '2026-03-02';
    await window.mend.entries.save({ exerciseId: 'weekly-check-in', day, answers: { oneName: 'Alex', oneWin: 'we walked by the river', oneWorry: 'work', oneRequest: 'one evening call' } });
    await window.mend.entries.save({ exerciseId: 'rebuilding-agreement', day, answers: { commitments: [{ who: 'i-will', commitment: 'tell you if they get in touch' }], howWeCheck: 'A talk on Sundays', whenWeReview: 'In a month' } });
  });
}

/** "Save for my partner…" on one side, "Open from my partner…" on the other: the file carries what may travel. */
async function carry(fromDialogs: Dialogs, from: Section, toDialogs: Dialogs, to: Section, name: string, taken: string) {
  const file = join(test.info().outputPath(), name);
  fromDialogs.nextSavePath = file;
  await from.getByRole('button', { name: 'Save for my partner…' }).click();
  await expect(from.getByText('Saved. Send the file to your partner any way you like.')).toBeVisible();
  toDialogs.nextOpenPath = file;
  await to.getByRole('button', { name: 'Open from my partner…' }).click();
  await expect(to.getByText(taken)).toBeVisible();
}

test('two windows pair, share a check-in and answer it, confirm an agreement from each side, pause and unpair', async ({ app, mend, browser, problems }, testInfo) => {
  test.setTimeout(240_000);
  const other = await startMendHarness({ browser, dataDir: testInfo.outputPath('data-b') });
  other.context.on('page', (page) => watchForProblems(page, problems));
  try {
    const appB = await other.openPage();
    const sections = [];
    for (const page of [app, appB]) {
      await new SetupPage(page).create(PASSPHRASE);
      if (page === app) await saveAlexsEntries(page);
      const settings = new SettingsPage(page);
      await settings.open();
      const section = settings.section('Mend on two computers');
      await expect(section.getByRole('group', { name: 'Is it safe for you to connect your workbook with your partner’s?' })).toBeVisible();
      await section.getByRole('button', { name: 'Yes, it is safe' }).click();
      sections.push(section);
    }
    const [a, b] = sections as [Section, Section];
    await a.getByRole('button', { name: 'Make an invitation' }).click();
    const invitationA = await a.getByLabel(/Send this to your partner/).inputValue();
    expect(invitationA).toMatch(/^mend-invite-1\./);
    await b.getByRole('textbox', { name: 'Your partner’s invitation' }).fill(invitationA);
    await b.getByLabel('Your partner’s name, as you will see it').fill('Alex');
    await b.getByRole('button', { name: 'Open the invitation' }).click();
    const invitationB = await b.getByLabel(/send them your invitation/).inputValue();
    await a.getByRole('textbox', { name: 'Your partner’s invitation' }).fill(invitationB);
    await a.getByLabel('Your partner’s name, as you will see it').fill('Blair');
    await a.getByRole('button', { name: 'Open the invitation' }).click();

    const phraseA = await a.getByRole('list', { name: 'Safety phrase' }).getByRole('listitem').allTextContents();
    const phraseB = await b.getByRole('list', { name: 'Safety phrase' }).getByRole('listitem').allTextContents();
    expect(phraseA).toHaveLength(8);
    expect(phraseA).toEqual(phraseB);

    await a.getByRole('button', { name: 'The words are the same' }).click();
    await expect(a.getByText('Confirmed on this computer. Nothing is shared until Blair confirms too.')).toBeVisible();
    // axe on the section in its fullest state (phrase, invitation, every control).
    expect(await blockingAxeFindings(app, SECTION)).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await a.screenshot({ path: resolve(SHOTS, 'two-computers-section.png') });

    // Alex's confirmation travels as a file Blair opens.
    await carry(mend.dialogs, a, other.dialogs, b, 'for blair 1.mendx', 'Taken in: 1.');
    await b.getByRole('button', { name: 'The words are the same' }).click();
    await expect(b.getByText('Connected with Alex.')).toBeVisible();
    await expect(b.getByText('Nothing shared between you yet.')).toBeVisible();

    // Blair's confirmation reaches Alex; Alex shares the check-in and the agreement, and confirms the agreement.
    await carry(other.dialogs, b, mend.dialogs, a, 'for alex 1.mendx', 'Taken in: 1.');
    await expect(a.getByText('Connected with Blair.')).toBeVisible();
    const notShared = a.getByRole('list', { name: 'Not shared yet' });
    await notShared.getByRole('listitem').filter({ hasText: 'Weekly check-in' }).getByRole('button', { name: 'Share with Blair' }).click();
    await expect(a.getByText('Shared with Blair.')).toBeVisible();
    await notShared.getByRole('listitem').filter({ hasText: 'Rebuilding agreement' }).getByRole('button', { name: 'Share with Blair' }).click();
    await expect(notShared).toBeHidden();
    const agreementA = a.getByRole('article', { name: /The agreement you proposed/ });
    await agreementA.getByRole('button', { name: 'I confirm this agreement' }).click();
    await expect(agreementA.getByText('Confirmed by you. Not confirmed by Blair yet.')).toBeVisible();
    await a.screenshot({ path: resolve(SHOTS, 'two-computers-shared-by-alex.png') });
    await expect(checkInOf(a, 'Your check-in, 2026-03-02').getByText('we walked by the river')).toBeVisible();

    // Blair sees both under Alex's name, answers the check-in from this computer and confirms the agreement.
    await carry(mend.dialogs, a, other.dialogs, b, 'for blair 2.mendx', 'Taken in: 3.');
    const checkInB = b.getByRole('article', { name: 'Alex’s check-in, 2026-03-02' });
    await expect(checkInB.getByText('Signed by Alex; the signature is verified.')).toBeVisible();
    await expect(checkInB.getByText('we walked by the river')).toBeVisible();
    const agreementB = b.getByRole('article', { name: /The agreement Alex proposed/ });
    await expect(agreementB.getByText('Alex: I will tell you if they get in touch')).toBeVisible();
    await expect(agreementB.getByText('Alex has confirmed this version. You have not yet; there is no hurry.')).toBeVisible();
    const answer = checkInB.getByRole('form', { name: 'Your answer to Alex’s check-in' });
    await answer.getByLabel('One win this week').fill('your letter');
    await answer.getByLabel('One worry').fill('the holidays');
    await answer.getByLabel('One request for the coming week').fill('a call on Sunday');
    await answer.getByRole('button', { name: 'Send my answer' }).click();
    await expect(b.getByText('Saved. Alex sees your answer once it reaches their computer.')).toBeVisible();
    expect(await blockingAxeFindings(appB, SECTION)).toEqual([]);
    await agreementB.getByRole('button', { name: 'I confirm this agreement' }).click();
    await expect(agreementB.getByText('Confirmed by both of you: each signature is verified, over this version.')).toBeVisible();
    await expect(checkInB.getByRole('button', { name: 'Change my answer' })).toBeVisible();
    await b.screenshot({ path: resolve(SHOTS, 'two-computers-answered-by-blair.png') });

    // Alex sees Blair's signed answer and the agreement confirmed by both.
    await carry(other.dialogs, b, mend.dialogs, a, 'for alex 2.mendx', 'Taken in: 2.');
    const checkInA = a.getByRole('article', { name: 'Your check-in, 2026-03-02' });
    await expect(checkInA.getByText('Blair’s answer, signed')).toBeVisible();
    await expect(checkInA.getByText('a call on Sunday')).toBeVisible();
    await expect(agreementA.getByText('Confirmed by both of you: each signature is verified, over this version.')).toBeVisible();
    await a.screenshot({ path: resolve(SHOTS, 'two-computers-confirmed-by-both.png') });

    await b.getByLabel(/Pause receiving/).click();
    await expect(b.getByLabel(/Pause receiving/)).toBeChecked();
    await b.getByRole('button', { name: 'Unpair' }).click();
    await expect(b.getByText('Unpaired. Nothing more is sent or taken in; what you received stays.')).toBeVisible();
    await expect(b.getByRole('button', { name: 'Make an invitation' })).toBeVisible();
    // Unpaired, nothing of the exchange is shown as current any longer; what was received stays in the workbook.
    await expect(b.getByRole('heading', { name: 'Check-ins and your agreement' })).toBeHidden();
  } finally {
    await other.close();
  }
});
