// `npm run preview [-- DATA_FOLDER]`: the real screens in a Chromium window,
// wired to the real services, for trying Mend where Electron cannot run. The
// workbook lives in DATA_FOLDER (default: a new temporary folder); printed
// worksheets go to DATA_FOLDER/printed. Close the window to stop.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './harness/chromium.ts';
import { startMendHarness } from './harness/mend-harness.ts';

const dataDir = process.argv[2] ? resolve(process.argv[2]) : mkdtempSync(join(tmpdir(), 'mend-preview-'));

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('No display found. On a machine without a screen, run: xvfb-run -a npm run preview');
  process.exit(1);
}

const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: false });
const mend = await startMendHarness({ browser, dataDir, printDir: join(dataDir, 'printed'), viewport: { width: 1180, height: 860 } });
const page = await mend.openPage();
console.log(`Mend preview: workbook in ${dataDir}`);
console.log(`Printed worksheets go to ${join(dataDir, 'printed')}. Close the window to stop.`);

const stop = async () => {
  await mend.close().catch(() => undefined);
  await browser.close().catch(() => undefined);
  process.exit(0);
};
page.on('close', () => void stop());
browser.on('disconnected', () => void stop());
process.on('SIGINT', () => void stop());
