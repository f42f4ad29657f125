// Appearance: the theme chosen in Settings stays chosen (after a reload and on
// the lock screen), "Follow this computer" follows prefers-color-scheme, the
// text sizes scale the whole page, and at 200% nothing needs a sideways scroll
// or is cut off. Screenshots of the main screens, light and dark, at normal
// size and at 200%, go to .test-output/a11y/ for a person to look at.
//
// How "200%" is emulated, and why. Mend is an Electron app: its View menu has
// Zoom In/Out (Electron's page zoom), and that is how someone makes it bigger.
// Chromium's page zoom at 200% makes every CSS pixel two device pixels, so the
// layout sees a window half as wide (1100 → 550 CSS px) and devicePixelRatio 2.
// That is exactly Emulation.setDeviceMetricsOverride({ width: 550, height: 400,
// deviceScaleFactor: 2 }), which is what we use, so media queries and reflow
// behave as they would for the user, and the screenshots look like the zoomed
// window. Emulation.setPageScaleFactor would be the wrong tool: it is pinch
// zoom, a magnifier over an unchanged layout, which always scrolls sideways and
// tests nothing. Zoom also enlarges things drawn in px, so a second pass makes
// only the text twice as big (the root font size at 200%, as the app's own
// text-size setting does, at the full window width), which catches boxes that
// do not grow with their text.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { CATALOG } from '../../shared/exercises/catalog.ts';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import type { MendHarness } from './harness/mend-harness.ts';
import { bodyBackground, layoutProblems, screenshot, seedEntries, useAppearance, zoom } from './pages/appearance-kit.ts';
import type { Theme } from './pages/appearance-kit.ts';
import { SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { PartnerSetupForm } from './pages/partner-pages.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { HomePage } from './pages/workbook-pages.ts';

const SHOTS = resolve(import.meta.dirname, '../../.test-output/a11y');
const LIGHT_BG = 'rgb(247, 245, 242)'; // --bg, light
const DARK_BG = 'rgb(28, 27, 25)'; // --bg, dark

test('Dark, chosen in Settings, stays after a reload and on the lock screen', async ({ app }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const settings = new SettingsPage(app);
  await settings.open();
  await settings.section('Appearance').getByRole('radio', { name: 'Dark' }).check();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bodyBackground(app)).toBe(DARK_BG);

  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Settings and backups' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(settings.section('Appearance').getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await bodyBackground(app)).toBe(DARK_BG);

  await new HomePage(app).lock();
  const unlock = new UnlockPage(app);
  await unlock.expectShown();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bodyBackground(app)).toBe(DARK_BG);
  const panel = await app.locator('.gate__panel').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(panel, 'the lock screen’s panel is dark too').toBe('rgb(38, 37, 34)');

  // A fresh start of the app (a reload while locked) reads the choice before unlocking.
  await app.reload();
  await unlock.expectShown();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bodyBackground(app)).toBe(DARK_BG);
  await unlock.unlock(PASSPHRASE);
  await expect(app.getByRole('heading', { level: 1, name: 'Settings and backups' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('“Follow this computer” follows the system’s light or dark preference', async ({ app }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const settings = new SettingsPage(app);
  await settings.open();
  const appearance = settings.section('Appearance');
  await app.emulateMedia({ colorScheme: 'dark' });
  await appearance.getByRole('radio', { name: 'Light' }).check();
  expect(await bodyBackground(app), 'Light ignores a dark system').toBe(LIGHT_BG);

  await appearance.getByRole('radio', { name: 'Follow this computer' }).check();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'system');
  expect(await bodyBackground(app)).toBe(DARK_BG);
  await app.emulateMedia({ colorScheme: 'light' });
  expect(await bodyBackground(app)).toBe(LIGHT_BG);
  await app.emulateMedia({ colorScheme: 'dark' });
  expect(await bodyBackground(app)).toBe(DARK_BG);
  await app.reload();
  await expect(appearance.getByRole('radio', { name: 'Follow this computer' })).toBeChecked();
  expect(await bodyBackground(app)).toBe(DARK_BG);
});

test('the text sizes scale the root font size, and with it the whole page', async ({ app }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const settings = new SettingsPage(app);
  await settings.open();
  const rootPx = () => app.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const h1Px = () => app.locator('h1').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await rootPx()).toBe(16);
  expect(await h1Px()).toBe(32);
  await settings.section('Appearance').getByRole('radio', { name: 'Larger' }).check();
  await expect.poll(rootPx).toBeCloseTo(16 * 1.3, 1);
  expect(await h1Px()).toBeCloseTo(32 * 1.3, 1);
  await app.reload();
  await expect(settings.section('Appearance').getByRole('radio', { name: 'Larger' })).toBeChecked();
  expect(await rootPx()).toBeCloseTo(16 * 1.3, 1);
  await settings.section('Appearance').getByRole('radio', { name: 'Normal' }).check();
  await expect.poll(rootPx).toBe(16);
});

async function textOnly(page: Page, scale: string | null) {
  await page.evaluate((s) => {
    document.documentElement.style.fontSize = s ?? '';
  }, scale);
}

async function goToHash(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/** The unlocked screens, each with what shows it is drawn. */
const SCREENS: { name: string; hash: string; ready: (p: Page) => Promise<void> }[] = [
  { name: 'home', hash: '#/', ready: (p) => expect(p.getByRole('heading', { level: 1, name: 'Your workbook' })).toBeVisible() },
  ...CATALOG.map((e) => ({
    name: `exercise-${e.id}`,
    hash: `#/exercise/${e.id}`,
    ready: async (p: Page) => {
      await expect(p.getByRole('heading', { level: 1, name: e.title, exact: true })).toBeVisible();
      await expect(p.getByText('Opening…')).toHaveCount(0);
    },
  })),
  { name: 'settings', hash: '#/settings', ready: (p) => expect(p.getByRole('heading', { level: 1, name: 'Settings and backups' })).toBeVisible() },
  {
    name: 'export',
    hash: '#/export',
    ready: async (p) => {
      await p.getByRole('button', { name: 'All with entries in these dates' }).press('Enter');
      await expect(p.locator('.preview__paper .chart').first()).toBeVisible();
    },
  },
  { name: 'progress', hash: '#/progress', ready: (p) => expect(p.locator('.chart').first()).toBeVisible() },
  {
    name: 'search',
    hash: '#/search',
    ready: async (p) => {
      await p.getByRole('searchbox', { name: 'Words to find' }).fill('glovebox');
      await expect(p.locator('.search-result').first()).toBeVisible();
    },
  },
  { name: 'timeline', hash: '#/timeline', ready: (p) => expect(p.locator('.timeline-day').first()).toBeVisible() },
  { name: 'worksheets', hash: '#/worksheets', ready: (p) => expect(p.getByRole('heading', { level: 1, name: 'Print blank worksheets' })).toBeVisible() },
  { name: 'role', hash: '#/role', ready: (p) => expect(p.getByRole('heading', { level: 1, name: 'Who are you in this?' })).toBeVisible() },
];
/** Besides these, the lock screen (with its error) is photographed too. */
const PHOTOGRAPHED = ['home', 'exercise-weekly-check-in', 'settings', 'export', 'progress'];

async function visitScreens(page: Page, label: string, problems: string[], shoot: ((name: string) => Promise<void>) | null) {
  const width = await page.evaluate(() => window.innerWidth);
  for (const screen of SCREENS) {
    await goToHash(page, screen.hash);
    await screen.ready(page);
    expect(await page.evaluate(() => window.innerWidth), `${label}, ${screen.name}: the window is still as emulated`).toBe(width);
    problems.push(...(await layoutProblems(page)).map((p) => `${label}, ${screen.name}: ${p}`));
    if (shoot && PHOTOGRAPHED.includes(screen.name)) await shoot(screen.name);
  }
}

async function firstStartAtZoom(app: Page, label: string, problems: string[]) {
  const check = async (step: string) => problems.push(...(await layoutProblems(app)).map((p) => `${label}, first start ${step}: ${p}`));
  const setup = new SetupPage(app);
  await setup.expectShown();
  await check('welcome');
  await app.getByRole('button', { name: 'Begin' }).click();
  await check('who');
  await app.getByRole('radio', { name: /together/ }).check();
  await app.getByRole('button', { name: 'Continue' }).click();
  await check('safety');
  await app.getByRole('button', { name: 'We both feel safe doing this together' }).click();
  await setup.fill('short', 'other', false);
  await setup.submit();
  await expect(setup.error('at least 8 characters')).toBeVisible();
  await check('passphrase, with errors');
  await setup.fill(PASSPHRASE);
  await setup.submit();
  await setup.expectPartnerStep();
  await new PartnerSetupForm(app).submit('Set up Mend for the two of us');
  await expect(app.getByText('Choose one of the roles offered.')).toBeVisible();
  await check('second partner, with errors');
  await setup.partnerLater();
  await expect(app.getByRole('heading', { name: 'Your workbook is ready' })).toBeVisible();
  await check('backup offer');
  await app.getByRole('button', { name: 'Not now, go to my workbook' }).click();
  await expect(app.getByRole('heading', { name: 'Your workbook' })).toBeVisible();
}

async function lockScreenAt(app: Page, label: string, problems: string[], shoot: ((name: string) => Promise<void>) | null) {
  await goToHash(app, '#/');
  await new HomePage(app).lock();
  const unlock = new UnlockPage(app);
  await unlock.unlock('not the passphrase');
  await expect(unlock.error()).toBeVisible();
  problems.push(...(await layoutProblems(app)).map((p) => `${label}, lock screen: ${p}`));
  if (shoot) await shoot('lock');
  await unlock.unlock(PASSPHRASE);
  await expect(app.getByRole('heading', { name: 'Your workbook' })).toBeVisible();
}

async function screenshotsAndLargeSizes(app: Page, mend: MendHarness, theme: Theme) {
  mkdirSync(SHOTS, { recursive: true });
  const problems: string[] = [];
  const cdp = await app.context().newCDPSession(app);
  await useAppearance(app, { theme, textSize: 'normal' });

  await zoom(cdp, 2);
  expect(await app.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([550, 2]);
  await firstStartAtZoom(app, 'zoom 200%', problems);
  seedEntries(mend);
  await app.reload();
  const shoot = (size: string) => (name: string) => screenshot(app, cdp, join(SHOTS, `${name}-${theme}-${size}.png`));
  await visitScreens(app, 'zoom 200%', problems, shoot('200'));
  await lockScreenAt(app, 'zoom 200%', problems, shoot('200'));

  await zoom(cdp, 1);
  await textOnly(app, '200%');
  expect(await app.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
  await visitScreens(app, 'text 200%', problems, null);
  await lockScreenAt(app, 'text 200%', problems, null);

  await textOnly(app, null);
  await visitScreens(app, 'normal', problems, shoot('normal'));
  await lockScreenAt(app, 'normal', problems, shoot('normal'));
  await cdp.detach();
  return problems;
}

for (const theme of ['light', 'dark'] as const) {
  test(`at 200% (${theme}): no sideways scrolling and no cut-off text; screenshots for a person to look at`, async ({ app, mend }) => {
    test.setTimeout(180_000);
    const problems = await screenshotsAndLargeSizes(app, mend, theme);
    expect(problems.join('\n'), 'layout problems at large sizes').toBe('');
  });
}
