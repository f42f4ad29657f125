// Accessibility of a workbook for two, in the light and the dark theme: axe
// (WCAG 2.0 and 2.1, A and AA; serious or critical fails) and, on the same
// screens at 200% page zoom, no sideways scrolling and nothing cut off. From
// the second partner's step at first start, through Settings' way to two (its
// safety note and its form), to each partner's screens: home, an entry and who
// can read it, the other partner's entry, lists with marks, the together panel
// and banner, a signed check-in and agreement, and the export. Screenshots at
// 200% go to .test-output/a11y/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { localDay } from '../../shared/domain/dates.ts';
import { expect, test } from './fixtures.ts';
import type { MendHarness } from './harness/mend-harness.ts';
import { audit, formatFindings, isBlocking, layoutProblems, screenshot, useAppearance, zoom } from './pages/appearance-kit.ts';
import type { AxeFinding, Theme } from './pages/appearance-kit.ts';
import { SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { ALEX, EntrySharing, PartnerSection, PartnerSetupForm, SAM, TogetherSession } from './pages/partner-pages.ts';
import type { Partner } from './pages/partner-pages.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { HomePage, TimelinePage } from './pages/workbook-pages.ts';

const SHOTS = resolve(import.meta.dirname, '../../.test-output/a11y');
/** Screens photographed at 200%, besides being checked. */
const PHOTOGRAPHED = new Set(['first start: second partner, with errors', 'home for two', 'together panel, one confirmed', 'check-in done together', 'agreement confirmed together', 'the other partner’s entry']);

async function goToHash(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

interface Sweep {
  findings: AxeFinding[];
  layout: string[];
}

/** axe at normal size, then the layout at 200% page zoom, then back. */
function checker(app: Page, cdp: CDPSession, theme: Theme, sweep: Sweep) {
  return async (screen: string) => {
    sweep.findings.push(...(await audit(app, screen, theme)));
    await zoom(cdp, 2);
    sweep.layout.push(...(await layoutProblems(app)).map((p) => `${theme}, 200%, ${screen}: ${p}`));
    if (PHOTOGRAPHED.has(screen)) await screenshot(app, cdp, join(SHOTS, `two-${screen.replace(/[^a-z0-9]+/gi, '-')}-${theme}-200.png`));
    await zoom(cdp, 1);
  };
}

async function switchTo(app: Page, partner: Partner) {
  await goToHash(app, '#/');
  await new HomePage(app).lock();
  await new UnlockPage(app).unlock(partner.passphrase);
  await expect(app.getByText(`Open as ${partner.name}`)).toBeVisible();
}

/** Alex's own entries, one shared, written through the services while Alex is unlocked. */
function seedForAlex(mend: MendHarness) {
  const journal = mend.services.vault.journal();
  const today = localDay(new Date());
  journal.save({ exerciseId: 'small-steps', day: today, answers: { whatHappened: 'We cooked dinner together on Tuesday.' }, visibility: 'shared' });
  journal.save({ exerciseId: 'what-i-need-to-feel-safe', day: today, answers: { whatINeed: 'Time, and no surprises.' } });
}

async function visitScreensForTwo(app: Page, mend: MendHarness, theme: Theme): Promise<Sweep> {
  const sweep: Sweep = { findings: [], layout: [] };
  const cdp = await app.context().newCDPSession(app);
  const check = checker(app, cdp, theme, sweep);
  await useAppearance(app, { theme, textSize: 'normal' });

  const setup = new SetupPage(app);
  await setup.begin('We are doing this together');
  await setup.fill(SAM.passphrase);
  await setup.submit();
  await setup.expectPartnerStep();
  await new PartnerSetupForm(app).submit('Set up Mend for the two of us');
  await expect(app.getByText('Choose one of the roles offered.')).toBeVisible();
  await check('first start: second partner, with errors');
  await setup.partnerLater();
  await setup.finish();

  const settings = new SettingsPage(app);
  await settings.open();
  const partner = new PartnerSection(app);
  await check('settings: the offer to set up for two');
  await partner.startSetUp();
  await partner.feelSafe();
  await partner.form.submit('Set up for two');
  await expect(partner.form.error('Choose one of the roles offered.')).toBeVisible();
  await check('settings: set up for two, with errors');
  await partner.section.getByRole('button', { name: 'Not now' }).click();
  await partner.setUpForTwo(SAM, ALEX);
  await check('settings: for two');

  await switchTo(app, ALEX);
  seedForAlex(mend);
  await switchTo(app, SAM);
  await expect(app.getByRole('region', { name: `Shared by ${ALEX.name}` })).toBeVisible();
  await check('home for two');

  const home = new HomePage(app);
  const stand = await home.open('Where I stand');
  await stand.write(/^What happened, in plain words/, 'I left without saying where I was going.');
  await stand.expectSaved();
  await new EntrySharing(app).share(ALEX.name);
  await check('an entry shared, with who can read it');

  const timeline = new TimelinePage(app);
  await timeline.open();
  await expect(timeline.entry('We cooked dinner')).toContainText(`Written by ${ALEX.name}`);
  await check('timeline with marks');
  await timeline.entry('We cooked dinner').click();
  await expect(app.getByText(`Only ${ALEX.name} can change this entry.`)).toBeVisible();
  await check('the other partner’s entry');

  await goToHash(app, '#/search');
  await app.getByRole('searchbox', { name: 'Words to find' }).fill('dinner');
  await expect(app.locator('.search-result')).toContainText(`Written by ${ALEX.name}`);
  await check('search with marks');

  await goToHash(app, '#/exercise/weekly-check-in');
  const together = new TogetherSession(app);
  await together.confirm('First partner', SAM.passphrase);
  await expect(together.panel().getByRole('status')).toContainText('Thank you');
  await check('together panel, one confirmed');
  await together.confirm(ALEX.name, 'not Alex’s passphrase');
  await expect(together.panel().getByRole('alert')).toBeVisible();
  await check('together panel, a wrong passphrase');
  await together.confirm(ALEX.name, ALEX.passphrase);
  await expect(together.banner()).toBeVisible();
  await app.getByRole('region', { name: `First partner: ${SAM.name}` }).getByRole('group', { name: /Trust this week/ }).getByRole('radio', { name: '5', exact: true }).check();
  await expect(app.getByText(/^Signed by/)).toBeVisible();
  await check('check-in done together');

  await goToHash(app, '#/exercise/rebuilding-agreement');
  await app.getByRole('button', { name: 'Add a commitment' }).click();
  await app.getByLabel('Commitment, commitment 1').fill('Talk each Sunday evening.');
  await expect(app.getByText(/Confirmed by Alex on/)).toBeVisible();
  await check('agreement confirmed together');
  await together.end();

  await goToHash(app, '#/export');
  await app.getByRole('button', { name: 'All with entries in these dates' }).click();
  await expect(app.locator('.preview__paper')).toContainText('We cooked dinner');
  await check('export for two');

  await switchTo(app, ALEX);
  await goToHash(app, '#/exercise/weekly-check-in');
  await expect(app.getByText(/^Signed by/)).toBeVisible();
  await check('a check-in done together, read by the other partner');
  await cdp.detach();
  return sweep;
}

for (const theme of ['light', 'dark'] as const) {
  test(`the screens for two pass axe and reflow at 200% in the ${theme} theme`, async ({ app, mend }, testInfo) => {
    test.setTimeout(240_000);
    mkdirSync(SHOTS, { recursive: true });
    const { findings, layout } = await visitScreensForTwo(app, mend, theme);
    const informational = findings.filter((f) => !isBlocking(f));
    if (informational.length > 0) console.log(`axe for two, ${theme}: ${informational.length} minor or moderate finding(s), for information:\n${formatFindings(informational)}`);
    await testInfo.attach(`axe-for-two-${theme}.json`, { body: JSON.stringify(findings, null, 2), contentType: 'application/json' });
    expect(formatFindings(findings.filter(isBlocking)), `serious or critical axe violations in the ${theme} theme`).toBe('');
    expect(layout.join('\n'), 'layout problems at 200%').toBe('');
  });
}
