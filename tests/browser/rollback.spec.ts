// An older copy of the workbook file put in place of the newer one: the unlock
// says so in plain words and offers the choices; nothing is decided alone.
import { copyFileSync, rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { TestInfo } from '@playwright/test';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import type { MendHarness } from './harness/mend-harness.ts';
import { SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { HomePage } from './pages/workbook-pages.ts';

/** A workbook saved twice, backed up, locked, and its file put back to the copy taken between the saves; then unlocked. */
async function unlockAnOlderCopy(app: Page, mend: MendHarness, testInfo: TestInfo) {
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
  return { home, notice };
}

test('an older copy of the workbook is named at unlock, and the newest backup can be restored', async ({ app, mend }, testInfo) => {
  const { home, notice } = await unlockAnOlderCopy(app, mend, testInfo);
  const { vault } = mend.services;
  await app.screenshot({ path: testInfo.outputPath('older-copy-notice.png') });
  await notice.getByRole('button', { name: 'Restore the newest backup' }).click();
  await expect(notice).toBeHidden();
  expect(vault.journal().list().map((e) => e.answers.rightThing).sort()).toEqual(['Call my sister back', 'Walk the dog at seven']);
  await home.lock();
  await new UnlockPage(app).unlock(PASSPHRASE);
  await expect(app.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  await expect(app.getByText('older than the one last opened')).toHaveCount(0);
});

test('“Not now” keeps nothing and restores nothing: the question comes back at the next unlock', async ({ app, mend }, testInfo) => {
  const { home, notice } = await unlockAnOlderCopy(app, mend, testInfo);
  const { vault } = mend.services;
  await notice.getByRole('button', { name: 'Not now' }).click();
  await expect(notice).toBeHidden();
  expect(vault.journal().list().map((e) => e.answers.rightThing)).toEqual(['Walk the dog at seven']);
  await home.lock();
  await new UnlockPage(app).unlock(PASSPHRASE);
  await expect(app.getByRole('alert').filter({ hasText: 'older than the one last opened on this computer' })).toBeVisible();
});
