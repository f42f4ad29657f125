// Sharing between two computers, in two windows each wired to its own services
// and data folder, with one shared folder between them: an entry switched on
// appears read-only in the same exercise in the other window, under the
// partner's name and signed; switched off, it shows as withdrawn; a letter
// goes only after the last look (and "Not now" sends nothing); no contact asked
// on one side shows the other's contact ladder as paused by the partner. Axe on
// each new part, screenshots light and dark. The pairing itself is driven
// through window.mend (two-computers.spec.ts covers its screens).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, PASSPHRASE, test, watchForProblems } from './fixtures.ts';
import { startMendHarness } from './harness/mend-harness.ts';
import type { MendHarness } from './harness/mend-harness.ts';
import { blockingAxeFindings } from './pages/appearance-kit.ts';
import { SetupPage } from './pages/gate-pages.ts';
import { ExercisePage } from './pages/workbook-pages.ts';

const SHOTS = resolve(import.meta.dirname, '../../.test-output/two-computers');

/** One call through the page's own window.mend (the real IPC path, this window as sender); its value, or a thrown error. */
async function callIn<T = unknown>(page: Page, channel: string, request: unknown = {}): Promise<T> {
  const result = await page.evaluate(
    ([ch, req]) => {
      const [ns, method] = ch.split(':') as [string, string];
      const api = (window as unknown as { mend: Record<string, Record<string, (r: unknown) => Promise<unknown>>> }).mend;
      return api[ns]![method]!(req);
    },
    [channel, request] as const,
  );
  const r = result as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
  return r.value as T;
}

/** Both windows: safety, invitations across, the same shared folder, both confirmations carried through it. */
async function pairThroughFolder(a: { page: Page; harness: MendHarness }, b: { page: Page; harness: MendHarness }, folder: string) {
  for (const side of [a, b]) {
    Object.assign(side.harness.dialogs, { chooseFolder: async () => folder });
    await callIn(side.page, 'exchange:answerSafety', { safe: true });
  }
  const invitation = (await callIn<{ invitation: string }>(a.page, 'exchange:invite')).invitation;
  const back = await callIn<{ invitation: string }>(b.page, 'exchange:openInvitation', { text: invitation, partnerName: 'Alex' });
  await callIn(a.page, 'exchange:openInvitation', { text: back.invitation, partnerName: 'Blair' });
  for (const side of [a, b]) {
    await callIn(side.page, 'exchange:chooseFolder');
    await callIn(side.page, 'exchange:confirm');
  }
  await carry(a.page, b.page);
}

/** What each side wrote reaches the other (the folder is the sync tool here). */
async function carry(...pages: Page[]) {
  for (const page of [...pages, pages[0]!]) await callIn(page, 'exchange:sync');
}

async function checkAxe(page: Page, selector: string) {
  expect(await blockingAxeFindings(page, selector)).toEqual([]);
}

/** A screenshot of one part, light then dark (the app follows the computer's scheme by default). */
async function shoot(page: Page, part: Locator, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await part.screenshot({ path: resolve(SHOTS, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('an entry shared, withdrawn, a letter sent after the last look, and the ladder paused by the partner', async ({ app, mend, browser, problems }, testInfo) => {
  test.setTimeout(180_000);
  const other = await startMendHarness({ browser, dataDir: testInfo.outputPath('data-b') });
  other.context.on('page', (page) => watchForProblems(page, problems));
  const folder = testInfo.outputPath('shared');
  mkdirSync(folder, { recursive: true });
  try {
    const appB = await other.openPage();
    await new SetupPage(app).create(PASSPHRASE);
    await new SetupPage(appB).create(PASSPHRASE, 'I was hurt');
    await pairThroughFolder({ page: app, harness: mend }, { page: appB, harness: other }, folder);

    // Alex writes today's next right thing: the switch is there, and off.
    await app.goto(`${mend.origin}/index.html#/exercise/next-right-thing`);
    const today = new ExercisePage(app).section(/^Today/);
    await today.write('Today’s next right thing', 'Call Blair’s sister back, as promised');
    await today.expectSaved();
    const onBlairs = app.getByRole('region', { name: 'On Blair’s computer' });
    const toggle = onBlairs.getByRole('switch', { name: 'Send a copy to Blair’s computer' });
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await expect(onBlairs.getByRole('status')).toHaveText('A copy goes to Blair’s computer. Changes you save will follow.');
    await checkAxe(app, '.partner-computer');
    await shoot(app, onBlairs, 'entry-switch');
    await carry(app, appB);

    // Blair sees it in the same exercise, under Alex's name, signed.
    await appB.goto(`${other.origin}/index.html#/exercise/next-right-thing`);
    const fromAlex = appB.getByRole('region', { name: 'From Alex’s computer' });
    await fromAlex.locator('summary').filter({ hasText: 'Call Blair’s sister back, as promised' }).click();
    await expect(fromAlex.locator('dd', { hasText: 'Call Blair’s sister back, as promised' })).toBeVisible();
    await expect(fromAlex.getByText('Signed by Alex.')).toBeVisible();
    await expect(fromAlex.getByText('Mend checked the signature with Alex’s key')).toBeVisible();
    await expect(fromAlex.getByRole('textbox')).toHaveCount(0);
    await checkAxe(appB, '.from-partner');
    await shoot(appB, fromAlex, 'from-partner');

    // Switched off: Blair's exercise says it was withdrawn, and shows no words.
    await toggle.uncheck();
    await expect(onBlairs.getByRole('status')).toHaveText('Taken back. Blair’s Mend will show only that you withdrew it.');
    await carry(app, appB);
    await appB.reload();
    await expect(fromAlex.getByText('Alex withdrew an entry they had shared.')).toBeVisible();
    await expect(fromAlex.getByText('Call Blair’s sister back')).toHaveCount(0);
    await shoot(appB, fromAlex, 'withdrawn');

    // A letter: no switch, only "Send to my partner…", a last look, and a way back.
    await app.goto(`${mend.origin}/index.html#/exercise/owning-it`);
    const letter = new ExercisePage(app);
    await letter.write('What I did', 'I hid the debts from you for two years.');
    await letter.expectSaved();
    const letterOnBlairs = app.getByRole('region', { name: 'On Blair’s computer' });
    await expect(letterOnBlairs.getByRole('switch')).toHaveCount(0);
    await letterOnBlairs.getByRole('button', { name: 'Send to my partner…' }).click();
    const look = app.getByRole('region', { name: 'Last look before sending' });
    await expect(look.getByText('I hid the debts from you for two years.')).toBeVisible();
    await expect(look.getByRole('heading', { name: 'Last look before sending' })).toBeFocused();
    await checkAxe(app, '.last-look');
    await shoot(app, look, 'last-look');
    await look.getByRole('button', { name: 'Not now, keep it here' }).click();
    await expect(letterOnBlairs.getByRole('button', { name: 'Send to my partner…' })).toBeFocused();
    await carry(app, appB);
    await appB.goto(`${other.origin}/index.html#/exercise/owning-it`);
    await expect(appB.getByRole('heading', { level: 1, name: /Owning it/ })).toBeVisible();
    await expect(appB.getByRole('region', { name: 'From Alex’s computer' })).toHaveCount(0);

    await letterOnBlairs.getByRole('button', { name: 'Send to my partner…' }).click();
    await look.getByRole('button', { name: 'Send this letter to Blair' }).click();
    await expect(letterOnBlairs.getByText('Sent to Blair’s computer.')).toBeVisible();
    await expect(letterOnBlairs.getByRole('status')).toHaveText('Sent. What you change from now on stays here unless you send it again.');
    await shoot(app, letterOnBlairs, 'letter-sent');
    await carry(app, appB);
    await appB.reload();
    const letterFromAlex = appB.getByRole('region', { name: 'From Alex’s computer' });
    await letterFromAlex.locator('summary').first().click();
    await expect(letterFromAlex.locator('dd', { hasText: 'I hid the debts from you for two years.' })).toBeVisible();

    // Blair asks for no contact: Alex's ladder shows its steps paused by Blair.
    await callIn(appB, 'exchange:setPace', { noContact: true });
    await carry(appB, app);
    await app.goto(`${mend.origin}/index.html#/exercise/rebuilding-contact`);
    await app.getByRole('button', { name: 'Add a step' }).click();
    await app.getByLabel('Step, step 1').fill('a short message');
    const paused = app.locator('.ladder-pace--partner');
    await expect(paused).toContainText('Paused by your partner.');
    await expect(paused).toContainText('Paused by Blair: step 1 (“a short message”).');
    await expect(app.getByText('Paused by Blair', { exact: true })).toBeVisible();
    await checkAxe(app, '.list-field');
    await shoot(app, app.locator('.list-field'), 'ladder-paused');

    // Everything in the shared folder is sealed: no word typed in either window is in it.
    expect([...mend.canary.findIn(folder), ...other.canary.findIn(folder)]).toEqual([]);
    expect(other.canary.findIn(other.dataDir)).toEqual([]);
  } finally {
    await other.close();
  }
});
