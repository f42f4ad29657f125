// Settings → "Mend on two computers" in two windows, each wired to its own
// services and data folder: the safety question first, the invitations pasted
// across, the same phrase on both, both confirmations (carried by a file sent
// from one to the other), unpairing.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { join, resolve } from 'node:path';
import { expect, PASSPHRASE, test, watchForProblems } from './fixtures.ts';
import { startMendHarness } from './harness/mend-harness.ts';
import { SetupPage } from './pages/gate-pages.ts';
import { SettingsPage } from './pages/settings-page.ts';

const SHOTS = resolve(import.meta.dirname, '../../.test-output/settings');

test('two windows pair through invitations and see the same safety phrase', async ({ app, mend, browser, problems }, testInfo) => {
  const other = await startMendHarness({ browser, dataDir: testInfo.outputPath('data-b') });
  other.context.on('page', (page) => watchForProblems(page, problems));
  try {
    const appB = await other.openPage();
    const sections = [];
    for (const page of [app, appB]) {
      await new SetupPage(page).create(PASSPHRASE);
      const settings = new SettingsPage(page);
      await settings.open();
      const section = settings.section('Mend on two computers');
      await expect(section.getByRole('group', { name: 'Is it safe for you to connect your workbook with your partner’s?' })).toBeVisible();
      await section.getByRole('button', { name: 'Yes, it is safe' }).click();
      sections.push(section);
    }
    const [a, b] = sections as [ReturnType<SettingsPage['section']>, ReturnType<SettingsPage['section']>];
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
    const axe = await new AxeBuilder({ page: app }).include('[aria-labelledby="two-computers-title"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await a.screenshot({ path: resolve(SHOTS, 'two-computers-section.png') });

    // Alex's confirmation travels as a file Blair opens.
    const file = join(testInfo.outputPath(), 'for blair.mendx');
    mend.dialogs.nextSavePath = file;
    await a.getByRole('button', { name: 'Save for my partner…' }).click();
    await expect(a.getByText('Saved. Send the file to your partner any way you like.')).toBeVisible();
    other.dialogs.nextOpenPath = file;
    await b.getByRole('button', { name: 'Open from my partner…' }).click();
    await expect(b.getByText('Taken in: 1.')).toBeVisible();
    await b.getByRole('button', { name: 'The words are the same' }).click();
    await expect(b.getByText('Connected with Alex.')).toBeVisible();

    await b.getByLabel(/Pause receiving/).click();
    await expect(b.getByLabel(/Pause receiving/)).toBeChecked();
    await b.getByRole('button', { name: 'Unpair' }).click();
    await expect(b.getByText('Unpaired. Nothing more is sent or taken in; what you received stays.')).toBeVisible();
    await expect(b.getByRole('button', { name: 'Make an invitation' })).toBeVisible();
  } finally {
    await other.close();
  }
});
