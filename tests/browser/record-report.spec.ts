// What the unlock found wrong with the records, by kind, as the user meets it:
// an entry missing from the file and one rolled back to an older version, each
// named (exercise and day), nothing deleted, the backup that holds them offered;
// or left as it is, at the user's word, and said again at the next unlock.
import { DatabaseSync } from 'node:sqlite';
import type { Page } from '@playwright/test';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import type { MendHarness } from './harness/mend-harness.ts';
import { audit, isBlocking } from './pages/appearance-kit.ts';
import { SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { HomePage } from './pages/workbook-pages.ts';

/** Two entries saved and backed up; locked; one row deleted and the other's older ciphertext put back; unlocked. */
async function unlockATamperedWorkbook(app: Page, mend: MendHarness) {
  await new SetupPage(app).create(PASSPHRASE);
  const { vault, backups } = mend.services;
  const gone = vault.journal().save({ exerciseId: 'owning-it', day: '2026-11-20', answers: { whatIDid: 'Words worth keeping' } });
  const rolled = vault.journal().save({ exerciseId: 'next-right-thing', day: '2026-11-21', answers: { rightThing: 'First plan' } });
  const db = () => new DatabaseSync(vault.path);
  const older = (() => {
    const d = db();
    try {
      return d.prepare('SELECT nonce, ciphertext FROM records WHERE id = ?').get(rolled.id) as { nonce: Uint8Array; ciphertext: Uint8Array };
    } finally {
      d.close();
    }
  })();
  vault.journal().save({ ...rolled, answers: { rightThing: 'Better plan' } });
  await backups.create();
  const home = new HomePage(app);
  await home.lock();
  const d = db();
  d.prepare('DELETE FROM records WHERE id = ?').run(gone.id);
  d.prepare('UPDATE records SET nonce = ?, ciphertext = ? WHERE id = ?').run(older.nonce, older.ciphertext, rolled.id);
  d.close();

  await new UnlockPage(app).unlock(PASSPHRASE);
  const notice = app.getByRole('alert').filter({ hasText: 'not as Mend left it' });
  await expect(notice).toContainText('One entry is missing from the file');
  await expect(notice).toContainText('One entry shows an older version');
  return { home, notice, gone, rolled };
}

test('a missing entry and an older version are each named at unlock, and the backup holding them restores them', async ({ app, mend }, testInfo) => {
  const { notice, gone, rolled } = await unlockATamperedWorkbook(app, mend);
  const { vault } = mend.services;
  await expect(notice.getByRole('listitem').first()).toHaveText('Owning it: an apology without excuses, Friday, November 20, 2026');
  await expect(notice).toContainText('Nothing has been deleted or overwritten');
  expect((await audit(app, 'record report', 'light')).filter(isBlocking)).toEqual([]);
  await app.screenshot({ path: testInfo.outputPath('record-report.png') });
  await notice.getByRole('button', { name: 'Look for them in a backup' }).click();
  await notice.getByRole('button', { name: 'Restore that backup' }).click();
  await expect(notice).toHaveCount(0);
  expect(vault.journal().get(gone.id).answers.whatIDid).toBe('Words worth keeping');
  expect(vault.journal().get(rolled.id).answers.rightThing).toBe('Better plan');
});

test('“Keep it as it is” closes the report and changes nothing; the next unlock says it again', async ({ app, mend }) => {
  const { home, notice, gone, rolled } = await unlockATamperedWorkbook(app, mend);
  const { vault, backups } = mend.services;
  const backupsBefore = backups.list();
  await notice.getByRole('button', { name: 'Keep it as it is' }).click();
  await expect(notice).toHaveCount(0);
  expect(vault.journal().list().map((e) => e.id)).toEqual([rolled.id]);
  expect(vault.journal().get(rolled.id).answers.rightThing).toBe('First plan');
  expect(vault.journal().list().map((e) => e.id)).not.toContain(gone.id);
  expect(backups.list(), 'no backup restored or made').toEqual(backupsBefore);
  await home.lock();
  await new UnlockPage(app).unlock(PASSPHRASE);
  await expect(app.getByRole('alert').filter({ hasText: 'not as Mend left it' })).toContainText('One entry is missing from the file');
});
