// Walks through the screens of a workbook for two and saves screenshots to
// .test-output/partners-tour (or partners-tour-dark), for looking at them as a
// couple would: the second partner's step at first start, home, an entry and
// who can read it, the other partner's entry, the together panel, banner and a
// signed check-in and agreement, lists with their marks, and Settings' Partner
// section (for one, with its safety note, and for two).
// Run: npm run build && node tests/browser/partners-tour.ts   (MEND_TOUR_THEME=dark for dark)
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { chromiumLaunchOptions } from './harness/chromium.ts';
import { startMendHarness } from './harness/mend-harness.ts';
import { SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { ALEX, EntrySharing, PartnerSection, PartnerSetupForm, SAM, TogetherSession } from './pages/partner-pages.ts';
import type { Partner } from './pages/partner-pages.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { HomePage, TimelinePage } from './pages/workbook-pages.ts';

const theme = (process.env.MEND_TOUR_THEME ?? 'light') as 'light' | 'dark';
const out = resolve(import.meta.dirname, `../../.test-output/${theme === 'light' ? 'partners-tour' : `partners-tour-${theme}`}`);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions());
const mend = await startMendHarness({ browser, dataDir: join(out, 'data'), viewport: { width: 1180, height: 860 } });
const page = await mend.openPage();
await page.evaluate((appearance) => window.mend.settings.set({ appearance }), { theme, textSize: 'normal' as const });
await page.reload();
const shot = (name: string) => page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
const go = (hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
const switchTo = async (partner: Partner) => {
  await new HomePage(page).lock();
  await new UnlockPage(page).unlock(partner.passphrase);
  await page.getByText(`Open as ${partner.name}`).waitFor();
};

// First start, for two.
const setup = new SetupPage(page);
await setup.begin('We are doing this together');
await shot('01-first-passphrase');
await setup.fill(SAM.passphrase);
await setup.submit();
await setup.expectPartnerStep();
await shot('02-partner-step');
const form = new PartnerSetupForm(page);
await form.submit('Set up Mend for the two of us');
await shot('03-partner-step-errors');
await form.fill({ me: SAM.name, partner: ALEX.name, role: 'I was hurt', partnerPassphrase: ALEX.passphrase });
await shot('04-partner-step-filled');
await form.submit('Set up Mend for the two of us');
await setup.finish();

// Sam writes; Alex writes and shares; Sam looks.
const home = new HomePage(page);
const stand = await home.open('Where I stand');
await shot('05-new-entry-for-two');
await stand.write(/^What happened, in plain words/, 'I left without saying where I was going, more than once.');
await stand.expectSaved();
await new EntrySharing(page).share(ALEX.name);
await shot('06-entry-shared');
await switchTo(ALEX);
await go('#/');
const steps = await home.open('No step too small');
await steps.write('What happened', 'We cooked dinner together on Tuesday, and it was easy.');
await steps.expectSaved();
await new EntrySharing(page).share(SAM.name);
await go('#/');
await page.getByRole('heading', { name: 'Your workbook' }).waitFor();
await shot('07-home-alex');
await new TimelinePage(page).open();
await new TimelinePage(page).entry('I left without saying').click();
await page.getByText('Only Sam can change this entry.').waitFor();
await shot('08-partner-entry-read-only');
await switchTo(SAM);
await go('#/');
await page.getByRole('heading', { name: 'Your workbook' }).waitFor();
await shot('09-home-sam');
await new TimelinePage(page).open();
await shot('10-timeline-marks');
await go('#/search');
await page.getByRole('searchbox', { name: 'Words to find' }).fill('dinner');
await page.locator('.search-result').first().waitFor();
await shot('11-search-marks');

// Together.
await go('#/exercise/weekly-check-in');
const together = new TogetherSession(page);
await together.panel().waitFor();
await shot('12-together-panel');
await together.confirm('First partner', SAM.passphrase);
await together.panel().getByRole('status').filter({ hasText: 'Thank you' }).waitFor();
await shot('13-together-one-confirmed');
await together.confirm(ALEX.name, ALEX.passphrase);
await together.banner().waitFor();
await shot('14-together-banner');
await page.getByRole('region', { name: 'First partner: Sam' }).getByRole('group', { name: /Trust this week/ }).getByRole('radio', { name: '5', exact: true }).check();
await page.getByRole('region', { name: 'Second partner: Alex' }).getByRole('group', { name: /Trust this week/ }).getByRole('radio', { name: '4', exact: true }).check();
await page.getByRole('region', { name: 'First partner: Sam' }).getByLabel('One win this week').fill('We walked to the river.');
await page.getByText(/^Signed by Sam and Alex/).waitFor();
await shot('15-check-in-signed');
await go('#/exercise/rebuilding-agreement');
await page.getByRole('button', { name: 'Add a commitment' }).click();
await page.getByLabel('Who, commitment 1').selectOption({ label: 'We will' });
await page.getByLabel('Commitment, commitment 1').fill('Talk each Sunday evening.');
await page.getByText(/Confirmed by Alex on/).waitFor();
await shot('16-agreement-confirmed');
await together.end();
await shot('17-agreement-after-session');
await go('#/export');
await page.getByRole('button', { name: 'All with entries in these dates' }).click();
await page.locator('.preview__paper').waitFor();
await shot('18-export-for-two');
await new SettingsPage(page).open();
await shot('19-settings-for-two');
await switchTo(ALEX);
await go('#/exercise/weekly-check-in');
await page.getByText(/^Signed by Sam and Alex/).waitFor();
await shot('20-check-in-read-by-alex');

// Settings for one: the way to two, and "it isn't safe for us".
await mend.close();
const solo = await startMendHarness({ browser, dataDir: join(out, 'data-solo'), viewport: { width: 1180, height: 860 } });
const soloPage: Page = await solo.openPage();
await soloPage.evaluate((appearance) => window.mend.settings.set({ appearance }), { theme, textSize: 'normal' as const });
await soloPage.reload();
const soloShot = (name: string) => soloPage.screenshot({ path: join(out, `${name}.png`), fullPage: true });
await new SetupPage(soloPage).create(SAM.passphrase);
await new SettingsPage(soloPage).open();
const partner = new PartnerSection(soloPage);
await soloShot('21-settings-offer');
await partner.startSetUp();
await soloShot('22-settings-safety');
await partner.feelSafe();
await partner.form.submit('Set up for two');
await soloShot('23-settings-form-errors');
await partner.section.getByRole('button', { name: 'Not now' }).click();
await partner.startSetUp();
await partner.notSafe();
await soloShot('24-settings-not-safe');
await solo.close();
await browser.close();
console.log(`Screenshots in ${out}`);
