// Accessibility: axe (WCAG 2.0 and 2.1, A and AA) on every screen, in the light
// and the dark theme, set through the app's own settings API. A serious or
// critical violation fails; minor and moderate ones are printed as a summary.
// The print views are paper documents, so the worksheet is checked in light only.
// The screens of a workbook for two are checked in a11y-for-two.spec.ts.
import type { Page } from '@playwright/test';
import { CATALOG } from '../../shared/exercises/catalog.ts';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import type { MendHarness } from './harness/mend-harness.ts';
import { audit, formatFindings, isBlocking, lowestChartTextContrast, seedEntries, useAppearance } from './pages/appearance-kit.ts';
import type { AxeFinding, Theme } from './pages/appearance-kit.ts';
import { SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { WorksheetPage } from './pages/print-pages.ts';
import { PartnerSection, PartnerSetupForm } from './pages/partner-pages.ts';
import { HomePage } from './pages/workbook-pages.ts';

async function goToHash(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

async function visitEveryScreen(app: Page, mend: MendHarness, theme: Theme): Promise<AxeFinding[]> {
  const findings: AxeFinding[] = [];
  const check = async (screen: string, page: Page = app) => {
    findings.push(...(await audit(page, screen, theme)));
  };
  const setup = new SetupPage(app);

  await useAppearance(app, { theme, textSize: 'normal' });
  await setup.expectShown();
  await check('first start: welcome');
  await app.getByRole('button', { name: 'Begin' }).click();
  await expect(app.getByRole('heading', { name: 'Who will use this workbook?' })).toBeVisible();
  await check('first start: who');
  await app.getByRole('radio', { name: /together/ }).check();
  await app.getByRole('button', { name: 'Continue' }).click();
  await expect(app.getByRole('heading', { name: 'Before you begin together' })).toBeVisible();
  await check('first start: safety');
  await app.getByRole('button', { name: 'We both feel safe doing this together' }).click();
  await setup.fill('short', 'other');
  await setup.submit();
  await expect(setup.error('at least 8 characters')).toBeVisible();
  await check('first start: passphrase, with errors');
  await setup.fill(PASSPHRASE);
  await setup.submit();
  await setup.expectPartnerStep();
  await new PartnerSetupForm(app).submit('Set up Mend for the two of us');
  await expect(app.getByText('Choose one of the roles offered.')).toBeVisible();
  await check('first start: second partner, with errors');
  await setup.partnerLater();
  await expect(app.getByRole('heading', { name: 'Your workbook is ready' })).toBeVisible();
  await check('first start: backup offer');
  await app.getByRole('button', { name: 'Not now, go to my workbook' }).click();
  await expect(app.getByRole('heading', { name: 'Your workbook' })).toBeVisible();

  seedEntries(mend);
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Your workbook' })).toBeVisible();
  await check('home');

  for (const exercise of CATALOG) {
    await goToHash(app, `#/exercise/${exercise.id}`);
    await expect(app.getByRole('heading', { level: 1, name: exercise.title, exact: true })).toBeVisible();
    await expect(app.locator('[aria-busy="true"]')).toHaveCount(0);
    await check(`exercise ${exercise.number}: ${exercise.id}`);
  }

  const entry = mend.services.vault.journal().list('owning-it')[0]!;
  await goToHash(app, `#/exercise/owning-it/entry/${entry.id}`);
  await expect(app.getByText('Delete this entry…')).toBeVisible();
  await check('an entry’s page');

  await goToHash(app, '#/settings');
  await expect(app.getByRole('heading', { level: 1, name: 'Settings and backups' })).toBeVisible();
  await check('settings');
  const partner = new PartnerSection(app);
  await partner.startSetUp();
  await check('settings: set up for two, safety');
  await partner.notSafe();
  await expect(partner.section.getByRole('status')).toContainText('stays yours alone');
  await check('settings: it isn’t safe for us');

  await goToHash(app, '#/export');
  await expect(app.getByRole('heading', { level: 1, name: 'A summary for your counselor' })).toBeVisible();
  await app.getByRole('button', { name: 'All with entries in these dates' }).click();
  await app.getByLabel(/First names or initials/).fill('Sam and Alex');
  await expect(app.locator('.preview__paper .chart').first()).toBeVisible();
  await check('export, with a preview and charts');
  // The charts' SVG text is what axe leaves as "needs review": measured here instead.
  const paperCharts = await lowestChartTextContrast(app, '.preview__paper');
  expect(paperCharts.ratio, `chart labels on the preview paper (${paperCharts.fill} on ${paperCharts.background})`).toBeGreaterThanOrEqual(4.5);

  await goToHash(app, '#/progress');
  await expect(app.locator('.chart').first()).toBeVisible();
  await check('progress, with data');
  const progressCharts = await lowestChartTextContrast(app, 'main');
  expect(progressCharts.ratio, `chart labels on progress (${progressCharts.fill} on ${progressCharts.background})`).toBeGreaterThanOrEqual(4.5);

  await goToHash(app, '#/search');
  await app.getByRole('searchbox', { name: 'Words to find' }).fill('glovebox');
  await expect(app.locator('.search-result').first()).toBeVisible();
  await check('search, with results');

  await goToHash(app, '#/timeline');
  await expect(app.locator('.timeline-day').first()).toBeVisible();
  await check('timeline');

  await goToHash(app, '#/worksheets');
  await expect(app.getByRole('heading', { level: 1, name: 'Print blank worksheets' })).toBeVisible();
  await check('worksheets packet');

  await goToHash(app, '#/about');
  await expect(app.getByRole('heading', { level: 1, name: 'About Mend' })).toBeVisible();
  await check('about');

  await goToHash(app, '#/safety');
  await expect(app.getByRole('heading', { level: 1, name: 'Safety and where to find help' })).toBeVisible();
  await check('safety and help');

  await goToHash(app, '#/role');
  await expect(app.getByRole('heading', { level: 1, name: 'Who are you in this?' })).toBeVisible();
  await check('role');

  if (theme === 'light') {
    const sheet = await WorksheetPage.open(mend, 'next-right-thing');
    await sheet.expectShown('The next right thing, today');
    await check('worksheet print view (paper)', sheet.page);
    await sheet.page.close();
  }

  await goToHash(app, '#/');
  await new HomePage(app).lock();
  const unlock = new UnlockPage(app);
  await unlock.unlock('not the passphrase');
  await expect(unlock.error()).toHaveText(/does not open this workbook/);
  await check('lock screen, wrong passphrase');
  return findings;
}

for (const theme of ['light', 'dark'] as const) {
  test(`every screen passes axe's WCAG 2.1 AA rules in the ${theme} theme`, async ({ app, mend }, testInfo) => {
    test.setTimeout(240_000);
    const findings = await visitEveryScreen(app, mend, theme);
    const informational = findings.filter((f) => !isBlocking(f));
    if (informational.length > 0) {
      console.log(`axe, ${theme} theme: ${informational.length} minor or moderate finding(s), for information:\n${formatFindings(informational)}`);
    }
    await testInfo.attach(`axe-${theme}.json`, { body: JSON.stringify(findings, null, 2), contentType: 'application/json' });
    expect(formatFindings(findings.filter(isBlocking)), `serious or critical axe violations in the ${theme} theme`).toBe('');
  });
}
