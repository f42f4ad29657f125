// Data that survives, in the browser against the real services: changing the
// passphrase, backups and restoring one, the damaged-entry notice that finds a
// backup, the readable export, remembering the workbook on this device, and
// opening a workbook file at first start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { startMendHarness } from './harness/mend-harness.ts';
import { SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { HomePage } from './pages/workbook-pages.ts';

test('change the passphrase: a wrong current one is refused, the new one unlocks', async ({ app }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const settings = new SettingsPage(app);
  await settings.open();
  await settings.changePassphrase('not my passphrase', 'a fresh passphrase here');
  await expect(settings.message('Passphrase')).toHaveText(/does not open this workbook/);
  await settings.changePassphrase(PASSPHRASE, 'a fresh passphrase here', 'a different one');
  await expect(settings.section('Passphrase').getByText('The two new passphrases are not the same.')).toBeVisible();
  await settings.changePassphrase(PASSPHRASE, 'a fresh passphrase here');
  // A change retires the keys and seals everything again (key-rotation.ts): on a loaded machine it takes a while.
  await expect(settings.message('Passphrase')).toHaveText(/Your passphrase is changed/, { timeout: 60_000 });
  await new HomePage(app).lock();
  const unlock = new UnlockPage(app);
  await unlock.unlock(PASSPHRASE);
  await expect(unlock.error()).toHaveText(/does not open/);
  await unlock.unlock('a fresh passphrase here');
  await expect(app.getByRole('heading', { name: 'Settings and backups' })).toBeVisible();
});

test('back up, change an answer, restore the backup after a confirmation', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const home = new HomePage(app);
  const letter = await home.open('Owning it: an apology without excuses');
  await letter.write('What I did', 'The first version of my letter');
  await letter.expectSaved();
  const settings = new SettingsPage(app);
  await settings.open();
  await settings.section('Backups').getByRole('button', { name: 'Back up now' }).click();
  await expect(settings.message('Backups')).toHaveText(/^Backed up/);
  await expect(app.getByRole('list', { name: 'Backups' }).getByRole('listitem')).toHaveCount(1);

  await home.goHome();
  await home.open('Owning it: an apology without excuses');
  await letter.write('What I did', 'A later version');
  await letter.expectSaved();
  await settings.open();
  await app.getByRole('list', { name: 'Backups' }).getByRole('button', { name: 'Restore…' }).click();
  await expect(app.getByRole('alertdialog')).toContainText('Replace your workbook with the backup from');
  await app.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(settings.message('Backups')).toHaveText(/^Restored the backup/);
  expect(mend.services.vault.journal().list()[0]?.answers.whatIDid).toBe('The first version of my letter');
  // The state before restoring was kept as a backup too.
  await expect(app.getByRole('list', { name: 'Backups' }).getByRole('listitem')).toHaveCount(2);
});

test('a damaged entry is reported, and the backup that holds it can be restored', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const entry = mend.services.vault.journal().save({ exerciseId: 'owning-it', day: '2026-11-20', answers: { whatIDid: 'Words worth keeping' } });
  await mend.services.backups.create();
  await new HomePage(app).lock();
  const db = new DatabaseSync(mend.services.vault.path);
  const row = db.prepare('SELECT ciphertext FROM records WHERE id = ?').get(entry.id) as { ciphertext: Uint8Array };
  const flipped = Buffer.from(row.ciphertext);
  flipped[5] = flipped[5]! ^ 0x01;
  db.prepare('UPDATE records SET ciphertext = ? WHERE id = ?').run(flipped, entry.id);
  db.close();

  await new UnlockPage(app).unlock(PASSPHRASE);
  const notice = app.locator('.notice--warning');
  await expect(notice).toContainText('One entry could not be read');
  await expect(notice).toContainText('Nothing has been deleted');
  await notice.getByRole('button', { name: 'Look for it in a backup' }).click();
  await notice.getByRole('button', { name: 'Restore that backup' }).click();
  await expect(notice).toHaveCount(0);
  expect(mend.services.vault.journal().get(entry.id).answers.whatIDid).toBe('Words worth keeping');
});

test('the readable export warns it is not encrypted and holds the entries', async ({ app, mend }, testInfo) => {
  await new SetupPage(app).create(PASSPHRASE);
  mend.services.vault.journal().save({ exerciseId: 'where-i-stand', day: '2026-11-19', answers: { whatHappened: 'A plain account of what I did' } });
  const settings = new SettingsPage(app);
  await settings.open();
  await expect(settings.section('Your entries, readable')).toContainText('Not encrypted.');
  mend.dialogs.nextSavePath = testInfo.outputPath('entries.md');
  await settings.section('Your entries, readable').getByRole('button', { name: 'Save as Markdown…' }).click();
  await expect(settings.message('Your entries, readable')).toHaveText(/^Saved as .*entries\.md/);
  const text = readFileSync(testInfo.outputPath('entries.md'), 'utf8');
  expect(text).toContain('This file is not encrypted.');
  expect(text).toContain('A plain account of what I did');
});

test('remember on this device asks for the passphrase, then unlocks without typing', async ({ app }, testInfo) => {
  await new SetupPage(app).create(PASSPHRASE);
  const settings = new SettingsPage(app);
  await settings.open();
  const locking = settings.section('Locking');
  await locking.getByLabel('Remember my workbook on this device').check();
  // An open screen is not enough: the passphrase is asked for, and a wrong one keeps nothing.
  await locking.getByLabel('Type your passphrase to turn this on').fill('not my passphrase');
  await locking.getByRole('button', { name: 'Remember on this device' }).click();
  await expect(locking.getByRole('alert')).toHaveText(/does not open this workbook/);
  await app.screenshot({ path: testInfo.outputPath('remember-asks-passphrase.png'), fullPage: true });
  await locking.getByLabel('Type your passphrase to turn this on').fill(PASSPHRASE);
  await locking.getByRole('button', { name: 'Remember on this device' }).click();
  await expect(locking.getByLabel('Type your passphrase to turn this on')).toHaveCount(0);
  await expect(settings.section('Locking').getByLabel('Remember my workbook on this device')).toBeChecked();
  await settings.section('Locking').getByLabel('Lock Mend when the computer has been idle for').selectOption({ label: '15 minutes' });
  await new HomePage(app).lock();
  await app.getByRole('button', { name: 'Unlock with this device' }).click();
  await expect(app.getByRole('heading', { name: 'Settings and backups' })).toBeVisible();
  await expect(settings.section('Locking').getByLabel('Lock Mend when the computer has been idle for')).toHaveValue('15');
});

test('without a secure keyring, remembering is refused with the reason', async ({ browser }, testInfo) => {
  const harness = await startMendHarness({ browser, dataDir: testInfo.outputPath('plain-keyring'), keyring: 'basic_text' });
  try {
    const page = await harness.openPage();
    await new SetupPage(page).create(PASSPHRASE);
    await new SettingsPage(page).open();
    await expect(new SettingsPage(page).section('Locking')).toContainText('no secure keyring');
    await expect(page.getByLabel('Remember my workbook on this device')).toHaveCount(0);
  } finally {
    await harness.close();
  }
});

test('a workbook file from another computer opens at first start with its passphrase', async ({ app, mend, browser }, testInfo) => {
  await new SetupPage(app).create(PASSPHRASE);
  mend.services.vault.journal().save({ exerciseId: 'owning-it', day: '2026-11-18', answers: { whatIDid: 'Carried across computers' } });
  const file = testInfo.outputPath('carried.mend');
  await mend.services.backups.exportTo(file);

  const other = await startMendHarness({ browser, dataDir: join(testInfo.outputPath('other-computer'), 'data') });
  try {
    const page = await other.openPage();
    await new SetupPage(page).expectShown();
    await page.getByText('I already have a Mend workbook file').click();
    other.dialogs.nextOpenPath = file;
    await page.getByLabel('Its passphrase').fill('the wrong one');
    await page.getByRole('button', { name: 'Choose the file and open it…' }).click();
    await expect(page.locator('#import-error')).toHaveText(/does not open/);
    await page.getByLabel('Its passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Choose the file and open it…' }).click();
    await expect(page.getByRole('heading', { name: 'Your workbook' })).toBeVisible();
    expect(other.services.vault.journal().list()[0]?.answers.whatIDid).toBe('Carried across computers');
  } finally {
    await other.close();
  }
});
