// Restoring a backup in a workbook for two, in the browser against the real
// services: the question says, before anything happens, what a restore on one's
// own brings back and what stays as it is; restored alone, the other partner's
// newer entry is still there; the backup made before the restore is listed as
// such; restored together (both passphrases typed in the question), the whole
// backup comes back.
import { expect, test } from './fixtures.ts';
import { SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { ALEX, SAM } from './pages/partner-pages.ts';
import type { Partner } from './pages/partner-pages.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { HomePage, TimelinePage } from './pages/workbook-pages.ts';
import type { MendHarness } from './harness/mend-harness.ts';
import type { Page } from '@playwright/test';

const SAM_SINCE = 'SAM-SINCE-2c61 Written after the backup.';
const ALEX_SINCE = 'ALEX-SINCE-8e0d Written after the backup too.';

async function switchTo(app: Page, partner: Partner) {
  await new HomePage(app).lock();
  await new UnlockPage(app).unlock(partner.passphrase);
  await expect(app.getByText(`Open as ${partner.name}`)).toBeVisible();
}

const write = (mend: MendHarness, text: string) => mend.services.vault.journal().save({ exerciseId: 'owning-it', day: '2026-11-10', answers: { whatIDid: text } });

test('one partner restoring alone is told what comes back; the other’s newer entry stays; together, the whole backup comes back', async ({ app, mend }, testInfo) => {
  test.setTimeout(150_000);
  await new SetupPage(app).createForTwo(SAM, ALEX);
  const backup = await mend.services.backups.create();
  write(mend, SAM_SINCE);
  await switchTo(app, ALEX);
  write(mend, ALEX_SINCE);
  await switchTo(app, SAM);

  const settings = new SettingsPage(app);
  await settings.open();
  const list = app.getByRole('list', { name: 'Backups' });
  await list.getByRole('listitem').filter({ hasNotText: 'before the restore' }).getByRole('button', { name: 'Restore…' }).click();
  const question = app.getByRole('alertdialog');
  await expect(question).toContainText('Restore the backup from');
  await expect(question).toContainText('on your own');
  await expect(question).toContainText('the shared entries you wrote');
  await expect(question).toContainText(`${ALEX.name}’s private entries and settings`);
  await expect(question).toContainText('everything the two of you signed together');
  await expect(question.getByRole('region', { name: 'Restore it together' })).toContainText(`To bring back ${ALEX.name}’s entries as well`);
  await app.screenshot({ path: testInfo.outputPath('restore-alone-question.png'), fullPage: true });
  await question.getByRole('button', { name: 'Restore my side only' }).click();
  await expect(settings.message('Backups')).toHaveText(/^Restored the backup/);

  // The state before the restore is kept, and named for what it is.
  const kept = list.getByRole('listitem').filter({ hasText: 'Made before the restore on' });
  await expect(kept).toHaveCount(1);
  await expect(kept.getByRole('button', { name: /^Remove the backup made before the restore on/ })).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('backups-after-restore.png'), fullPage: true });

  const timeline = new TimelinePage(app);
  await timeline.open();
  await timeline.expectNotListed(SAM_SINCE);
  await switchTo(app, ALEX);
  await timeline.open();
  await expect(timeline.entry(ALEX_SINCE)).toBeVisible();

  // Together: both passphrases in the question, then the whole backup.
  await settings.open();
  expect(backup.name).toBeTruthy();
  await list.getByRole('listitem').filter({ hasNotText: 'before the restore' }).last().getByRole('button', { name: 'Restore…' }).click();
  const together = question.getByRole('region', { name: 'Restore it together' });
  await together.getByLabel('First partner, type your passphrase').fill(ALEX.passphrase);
  await together.getByRole('button', { name: 'Confirm' }).click();
  await together.getByLabel(`${SAM.name}, type your passphrase`).fill(SAM.passphrase);
  await together.getByRole('button', { name: 'Confirm' }).click();
  await expect(question).toContainText('You are both here: restore the whole workbook');
  await app.screenshot({ path: testInfo.outputPath('restore-together-question.png'), fullPage: true });
  await question.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(settings.message('Backups')).toHaveText(/^Restored the backup/);
  await timeline.open();
  await timeline.expectNotListed(ALEX_SINCE);
});
