// An older copy of the workbook file put in place of the newer one: the unlock
// says so in plain words and offers the choices; nothing is decided alone.
import { copyFileSync, rmSync } from 'node:fs';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { HomePage } from './pages/workbook-pages.ts';

test('an older copy of the workbook is named at unlock, and the newest backup can be restored', async ({ app, mend }, testInfo) => {
  await new SetupPage(app).create(PASSPHRASE);
  const { vault, backups } = mend.services;
  vault.journal().save({ exerciseId: 'next-right-thing', day: '2026-11-20', answers: { rightThing: 'Walk the dog at seven' } });
  const home = new HomePage(app);
  await home.lock();
  await new UnlockPage(app).expectShown();
  const older = testInfo.outputPath('older.mend');
  copyFileSync(vault.path, older);

  await new UnlockPage(app).unlock(PASSPHRASE);
  await expect(app.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  vault.journal().save({ exerciseId: 'next-right-thing', day: '2026-11-21', answers: { rightThing: 'Call my sister back' } });
  await backups.create();
  await home.lock();
  await new UnlockPage(app).expectShown();
  for (const side of ['-wal', '-shm']) rmSync(`${vault.path}${side}`, { force: true });
  copyFileSync(older, vault.path);

  await new UnlockPage(app).unlock(PASSPHRASE);
  const notice = app.getByRole('alert').filter({ hasText: 'older than the one last opened on this computer' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Nothing has been changed or deleted');
  await app.screenshot({ path: testInfo.outputPath('older-copy-notice.png') });
  await notice.getByRole('button', { name: 'Restore the newest backup' }).click();
  await expect(notice).toBeHidden();
  expect(vault.journal().list().map((e) => e.answers.rightThing).sort()).toEqual(['Call my sister back', 'Walk the dog at seven']);
  await home.lock();
  await new UnlockPage(app).unlock(PASSPHRASE);
  await expect(app.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  await expect(app.getByText('older than the one last opened')).toHaveCount(0);
});
