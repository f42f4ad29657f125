// Test fixtures: every test gets its own data folder, the real services, and a
// page of the app. After each test, the page must have logged no console error,
// no uncaught exception and no CSP violation.
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startMendHarness } from './harness/mend-harness.ts';
import type { MendHarness } from './harness/mend-harness.ts';

export const PASSPHRASE = 'quiet river morning light';

export function watchForProblems(page: Page, problems: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
}

export const test = base.extend<{ mend: MendHarness; app: Page; problems: string[] }>({
  problems: async ({}, use) => {
    await use([]);
  },
  mend: async ({ browser, problems }, use, testInfo) => {
    const harness = await startMendHarness({ browser, dataDir: testInfo.outputPath('data') });
    harness.context.on('page', (page) => watchForProblems(page, problems));
    await use(harness);
    await harness.close();
    expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
    expect(harness.canary.findIn(harness.dataDir), 'entry text found unencrypted in the data folder').toEqual([]);
  },
  app: async ({ mend }, use) => {
    await use(await mend.openPage());
  },
});

export { expect };
