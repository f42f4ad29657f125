// The foundation's first path in the real Electron app: create a workbook,
// complete both exercises, lock, unlock, find the entries, and save a worksheet
// as PDF. Also checks the window's security from inside the page. Runs only
// where an Electron binary exists (see run.ts); the same screens are covered
// in Chromium by tests/browser on every machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pdfText } from '../browser/harness/pdf.ts';
import { SetupPage, UnlockPage } from '../browser/pages/gate-pages.ts';
import { HomePage } from '../browser/pages/workbook-pages.ts';
import { CHANNELS } from '../../shared/contract/channels.ts';
import { launchMend } from './launch.ts';
import type { LaunchedMend } from './launch.ts';

const PASSPHRASE = 'quiet river morning light';
let dataDir: string;
let mend: LaunchedMend;

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mend-electron-'));
  mend = await launchMend(dataDir);
});

test.afterEach(async () => {
  await mend.app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('create, write both exercises, lock, unlock and print', async () => {
  const { app, page } = mend;
  await new SetupPage(page).create(PASSPHRASE);
  const home = new HomePage(page);

  const nrt = (await home.open('The next right thing, today')).section(/^Today/);
  await nrt.write('Today’s next right thing', 'Call at six');
  await nrt.choose('Did I? (needed)', 'Yes');
  await nrt.expectSaved();

  await home.goHome();
  const letter = await home.open('Owning it: an apology without excuses');
  await letter.write('What I did', 'I broke your trust, but I was tired.');
  await expect(letter.apologyNotes()).toContainText('“but”');
  await letter.expectSaved();

  // "Save as PDF": the save dialog is answered from main, the hidden print window does the rest.
  const pdfPath = join(dataDir, 'letter.pdf');
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, pdfPath);
  await letter.print('Save filled as PDF');
  expect(pdfText(pdfPath)).toContain('I broke your trust, but I was tired.');

  await page.keyboard.press('Control+L');
  const unlock = new UnlockPage(page);
  await unlock.unlock('the wrong passphrase');
  await expect(unlock.error()).toHaveText(/does not open this workbook/);
  await unlock.unlock(PASSPHRASE);
  await expect(letter.field('What I did')).toHaveValue('I broke your trust, but I was tired.');
});

test('Electron was started with the project folder, so the app is called Mend', async () => {
  expect(await mend.app.evaluate(({ app }) => app.name)).toBe('Mend');
});

test('the page has no Node, no raw IPC, and cannot navigate or open windows', async () => {
  const { page } = mend;
  await new SetupPage(page).expectShown();
  const probe = await page.evaluate(() => ({
    require: typeof (window as never as { require?: unknown }).require,
    process: typeof (window as never as { process?: unknown }).process,
    mendKeys: Object.keys((window as never as { mend: object }).mend).sort(),
    opened: window.open('https://example.com') === null,
  }));
  // window.mend is built from the contract: one group per channel namespace, plus `on` for events.
  const mendKeys = [...new Set(CHANNELS.map((channel) => channel.split(':')[0]!)), 'on'].sort();
  expect(probe).toEqual({ require: 'undefined', process: 'undefined', mendKeys, opened: true });
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(new URL(page.url()).protocol).toBe('mend:');
});
