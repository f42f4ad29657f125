// Playwright configuration for the Electron end-to-end tests (run through
// tests/electron/run.ts, which skips them when no Electron binary exists).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // One Electron app at a time: each test owns a whole app and its data folder.
  workers: 1,
  timeout: 60_000,
  outputDir: '../../test-results/electron',
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron-report.json' }]],
});
