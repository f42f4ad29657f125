// Every screen of the product, visited once, under the real CSP: first start
// with its errors (the second partner's step too), the role question, home, all
// exercises by URL, the other screens by URL, a saved entry's page, blank and
// filled worksheets' print views, the lock screen with a wrong passphrase, and
// then the screens of a workbook for two (set up in Settings after its safety
// note; an entry and who can read it, the other partner's entry, the together
// panel and banner). Besides the fixture's checks (no console error or
// warning, no page error), each screen is checked for `securitypolicyviolation`
// events, recorded on `window` by an init script before any of the app runs.
import type { Browser, Page } from '@playwright/test';
import { CATALOG } from '../../shared/exercises/catalog.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.ts';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { RolePage, SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { ALEX, EntrySharing, PartnerSection, PartnerSetupForm, SAM, TogetherSession } from './pages/partner-pages.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { WorksheetPage } from './pages/print-pages.ts';
import { HomePage } from './pages/workbook-pages.ts';

const VIOLATIONS = '__mendCspViolations';

/** Runs before the page's own scripts, in every page of the context. */
const RECORD_CSP_VIOLATIONS = `(() => {
  const seen = [];
  Object.defineProperty(window, '${VIOLATIONS}', { value: seen });
  window.addEventListener('securitypolicyviolation', (e) => {
    seen.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber);
  }, true);
})();`;

async function cspViolations(page: Page): Promise<string[] | undefined> {
  // Violation events are queued as tasks: let the ones caused by the last render arrive first.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  return page.evaluate((key) => (window as unknown as Record<string, string[] | undefined>)[key], VIOLATIONS);
}

async function expectClean(page: Page, problems: string[], screen: string) {
  const violations = await cspViolations(page);
  expect(violations, `${screen}: the violation recorder is installed`).toBeDefined();
  expect(violations, `${screen}: securitypolicyviolation events`).toEqual([]);
  expect(problems, `${screen}: console errors or warnings, page errors`).toEqual([]);
}

async function goToHash(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

test('the violation recorder sees CSP violations under Mend’s policy (control for the checks below)', async ({ browser }: { browser: Browser }) => {
  // A context of its own: the fixture's context would (rightly) fail on the console errors this causes.
  const context = await browser.newContext();
  try {
    await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
    const page = await context.newPage();
    await page.route('http://csp-control.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
        body: `<p style="color: red">inline style</p><script>document.title = 'ran'</script>`,
      }),
    );
    await page.goto('http://csp-control.test/');
    await expect
      .poll(() => cspViolations(page))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem blocked inline/), expect.stringMatching(/^style-src-attr blocked inline/)]));
    expect(await page.title()).not.toBe('ran');
  } finally {
    await context.close();
  }
});

test('every screen draws with no CSP violation, console error or page error', async ({ mend, problems }) => {
  test.setTimeout(180_000);
  await mend.context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
  const app = await mend.openPage();
  const setup = new SetupPage(app);
  const home = new HomePage(app);

  await test.step('first start: welcome, who, safety', async () => {
    await setup.expectShown();
    await expectClean(app, problems, 'welcome');
    await app.getByRole('button', { name: 'Begin' }).click();
    await app.getByRole('button', { name: 'Continue' }).click();
    await expect(app.getByText('Please choose the one that fits best.')).toBeVisible();
    await expectClean(app, problems, 'who will use Mend');
    await app.getByRole('radio', { name: /together/ }).check();
    await app.getByRole('button', { name: 'Continue' }).click();
    await expect(app.getByRole('heading', { name: 'Before you begin together' })).toBeVisible();
    await expectClean(app, problems, 'safety');
    await app.getByRole('button', { name: 'We both feel safe doing this together' }).click();
  });

  await test.step('first start: the passphrase, with each of its errors', async () => {
    await setup.showEachPassphraseError(PASSPHRASE);
    await expectClean(app, problems, 'first start');
  });

  await test.step('first start: the second partner’s step, with its errors, then “for me alone, for now”', async () => {
    await setup.fill(PASSPHRASE);
    await setup.submit();
    await setup.expectPartnerStep();
    await expectClean(app, problems, 'second partner');
    await new PartnerSetupForm(app).submit('Set up Mend for the two of us');
    await expect(app.getByText('Choose one of the roles offered.')).toBeVisible();
    await expectClean(app, problems, 'second partner, with errors');
    await setup.partnerLater();
  });

  await test.step('the offer of a first backup, then the role screen', async () => {
    await expect(app.getByRole('heading', { name: 'Your workbook is ready' })).toBeVisible();
    await expectClean(app, problems, 'first backup offer');
    await app.getByRole('button', { name: 'Not now, go to my workbook' }).click();
    await goToHash(app, '#/role');
    await expect(app.getByRole('heading', { name: 'Who are you in this?' })).toBeVisible();
    await expectClean(app, problems, 'role');
    await new RolePage(app).choose('I am rebuilding trust');
  });

  await test.step('home', async () => {
    await expect(app.getByRole('heading', { name: 'Your workbook' })).toBeVisible();
    await expectClean(app, problems, 'home');
  });

  for (const exercise of CATALOG) {
    await test.step(`exercise: ${exercise.title}`, async () => {
      await goToHash(app, `#/exercise/${exercise.id}`);
      await expect(app.getByRole('heading', { level: 1, name: exercise.title, exact: true })).toBeVisible();
      await expectClean(app, problems, `#/exercise/${exercise.id}`);
    });
  }

  // Screens that are still taking shape: checked by URL with whatever heading they have, so a
  // new screen is covered as soon as it has a route (an unknown hash simply shows home).
  for (const hash of ['#/role', '#/settings', '#/export', '#/worksheets', '#/progress', '#/search', '#/timeline']) {
    await test.step(`screen ${hash}`, async () => {
      await goToHash(app, hash);
      await expect(app.locator('h1').first()).toBeVisible();
      await expect(app.locator('[aria-busy="true"]')).toHaveCount(0);
      await expectClean(app, problems, hash);
    });
  }

  await test.step('an exercise that does not exist', async () => {
    await goToHash(app, '#/exercise/no-such-exercise');
    await expect(app.getByRole('heading', { level: 1, name: 'This exercise is not here' })).toBeVisible();
    await expectClean(app, problems, 'unknown exercise');
  });

  const answer = 'I hid my drinking for a year.';
  let entryId = '';
  await test.step('a saved entry’s own page', async () => {
    await goToHash(app, '#/');
    const stand = await home.open('Where I stand');
    await stand.write(/^What happened, in plain words/, answer);
    await stand.expectSaved();
    entryId = mend.services.vault.journal().list('where-i-stand')[0]!.id;
    await goToHash(app, `#/exercise/where-i-stand/entry/${entryId}`);
    await expect(app.getByRole('heading', { level: 1, name: 'Where I stand', exact: true })).toBeVisible();
    await expect(app.getByText('Delete this entry…')).toBeVisible();
    await expect(stand.field(/^What happened, in plain words/)).toHaveValue(answer);
    await expectClean(app, problems, 'entry page');
  });

  for (const exercise of CATALOG) {
    await test.step(`blank worksheet: ${exercise.title}`, async () => {
      const sheet = await WorksheetPage.open(mend, exercise.id);
      await sheet.expectShown(exercise.title);
      await sheet.expectBlank();
      await expectClean(sheet.page, problems, `blank worksheet ${exercise.id}`);
      await sheet.page.close();
    });
  }

  await test.step('a filled worksheet', async () => {
    const sheet = await WorksheetPage.open(mend, 'where-i-stand', entryId);
    await sheet.expectShown('Where I stand');
    await expect(sheet.page.getByText(answer)).toBeVisible();
    await expectClean(sheet.page, problems, 'filled worksheet');
    await sheet.page.close();
  });

  await test.step('a packet of blank worksheets', async () => {
    const packet = await mend.openPage('#/print/packet?ids=owning-it,next-right-thing');
    await expect(packet.locator('h1').first()).toBeVisible();
    await expectClean(packet, problems, 'packet of worksheets');
    await packet.close();
  });

  await test.step('the lock screen, with a wrong passphrase', async () => {
    await goToHash(app, '#/');
    await home.lock();
    const unlock = new UnlockPage(app);
    await unlock.unlock('not the passphrase');
    await expect(unlock.error()).toHaveText(/does not open this workbook/);
    await expectClean(app, problems, 'lock screen');
    await unlock.unlock(PASSPHRASE);
    await expect(app.getByRole('heading', { name: 'Your workbook' })).toBeVisible();
    await expectClean(app, problems, 'home after unlocking');
  });

  await test.step('Settings: setting up for two, its safety note and its form with errors', async () => {
    await new SettingsPage(app).open();
    const partner = new PartnerSection(app);
    await partner.startSetUp();
    await expectClean(app, problems, 'set up for two: safety');
    await partner.feelSafe();
    await partner.form.submit('Set up for two');
    await expect(partner.form.error('Choose one of the roles offered.')).toBeVisible();
    await expectClean(app, problems, 'set up for two: form with errors');
    await partner.section.getByRole('button', { name: 'Not now' }).click();
    await partner.setUpForTwo(SAM, ALEX);
    await expectClean(app, problems, 'settings, for two');
  });

  await test.step('for two: an entry and who can read it, the other partner’s entry, the together panel and banner', async () => {
    await goToHash(app, `#/exercise/where-i-stand/entry/${entryId}`);
    await new EntrySharing(app).share(ALEX.name);
    await expectClean(app, problems, 'entry shared');
    await home.lock();
    await new UnlockPage(app).unlock(ALEX.passphrase);
    await expect(app.getByText(`Open as ${ALEX.name}`)).toBeVisible();
    await new EntrySharing(app).expectReadOnly(SAM.name, answer);
    await expectClean(app, problems, 'the other partner’s entry');
    await goToHash(app, '#/');
    await expect(app.getByRole('region', { name: `Shared by ${SAM.name}` })).toBeVisible();
    await expectClean(app, problems, 'home for two');
    await goToHash(app, '#/exercise/weekly-check-in');
    const together = new TogetherSession(app);
    await expect(together.panel()).toBeVisible();
    await expectClean(app, problems, 'together panel');
    await together.start(ALEX, { name: SAM.name, passphrase: PASSPHRASE });
    await app.getByRole('region', { name: `First partner: ${ALEX.name}` }).getByRole('group', { name: /Trust this week/ }).getByRole('radio', { name: '6', exact: true }).check();
    await expect(app.getByText(/^Signed by/)).toBeVisible();
    await expectClean(app, problems, 'together banner, signed check-in');
    await together.end();
    await expectClean(app, problems, 'after the together session');
  });
});
