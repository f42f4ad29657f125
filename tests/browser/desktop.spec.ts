// Desktop conventions the menu drives: preferences, new entry, About with the
// version and licences, and the safety screen, which opens even when locked.
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { HomePage } from './pages/workbook-pages.ts';

test('menu commands: preferences, new entry, about, safety', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  await mend.emit(app, 'app:command', { command: 'preferences' });
  await expect(app.getByRole('heading', { level: 1, name: 'Settings and backups' })).toBeVisible();

  await new HomePage(app).goHome();
  const log = await new HomePage(app).open('Promises kept');
  await log.write(/^What I said I would do/, 'Call at noon');
  await log.expectSaved();
  await mend.emit(app, 'app:command', { command: 'new-entry' });
  await expect(app.getByRole('heading', { name: 'A new entry' })).toBeVisible();
  await expect(log.field(/^What I said I would do/)).toHaveValue('');

  await mend.emit(app, 'app:command', { command: 'about' });
  await expect(app.getByRole('heading', { level: 1, name: 'About Mend' })).toBeVisible();
  await expect(app.getByText(/Version \d+\.\d+\.\d+/)).toBeVisible();
  await expect(app.getByRole('table', { name: 'Packages and their licences' })).toContainText('react-dom');
});

test('the safety screen opens from the menu even while Mend is locked, and shows no entry', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  await new HomePage(app).lock();
  await new UnlockPage(app).expectShown();
  await mend.emit(app, 'app:command', { command: 'safety' });
  await expect(app.getByRole('heading', { level: 1, name: 'Safety and where to find help' })).toBeVisible();
  await expect(app.getByText('National Domestic Violence Hotline')).toBeVisible();
  expect(mend.services.vault.isUnlocked).toBe(false);
  await app.getByRole('link', { name: '← Back to Mend' }).click();
  await new UnlockPage(app).expectShown();
});
