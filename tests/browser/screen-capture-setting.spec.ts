// Settings → Locking: "Hide Mend from screenshots" is on by default, can be
// turned off and on again, and the choice is kept (after a reload and a lock).
// Main applies it to every window with setContentProtection (main/preferences.ts);
// that wiring is checked against the stand-in Electron in tests/unit/electron-glue.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { HomePage } from './pages/workbook-pages.ts';

const SHOTS = resolve(import.meta.dirname, '../../.test-output/settings');

test('hiding Mend from screen capture is on by default, and turning it off is remembered', async ({ app }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const settings = new SettingsPage(app);
  await settings.open();
  const locking = settings.section('Locking');
  const hide = locking.getByRole('checkbox', { name: 'Hide Mend from screenshots, screen recordings and screen sharing' });
  await expect(hide).toBeChecked();
  mkdirSync(SHOTS, { recursive: true });
  await locking.screenshot({ path: resolve(SHOTS, 'locking-section.png') });

  await hide.press('Space');
  await expect(hide).not.toBeChecked();

  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Settings and backups' })).toBeVisible();
  await expect(hide).not.toBeChecked();

  await new HomePage(app).lock();
  await new UnlockPage(app).unlock(PASSPHRASE);
  await settings.open();
  await expect(hide).not.toBeChecked();
  await hide.click();
  await expect(hide).toBeChecked();
});
