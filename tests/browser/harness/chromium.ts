// How tests launch Debian's Chromium (Playwright's own browser download is not
// available here). The flags keep it from reaching for the network at start-up.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const CHROMIUM_PATH = process.env.MEND_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumLaunchOptions(): LaunchOptions {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium package or set MEND_CHROMIUM.`);
  }
  return {
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}
