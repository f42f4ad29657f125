// A passphrase change retires the keys (issue 14, point 2), in the browser
// against the real services: with a realistic workbook of a few thousand
// entries the change-passphrase form shows how far the re-seal has got and says
// plainly that copies saved outside Mend's folder keep the old passphrase; then
// a restore of a backup made before the change still leaves the old passphrase
// opening nothing: neither the lock screen nor any file in the data folder.
import { expect, test } from './fixtures.ts';
import { RolePage, UnlockPage } from './pages/gate-pages.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { HomePage } from './pages/workbook-pages.ts';
import { BENCH_PASSPHRASE, seedWorkbook } from '../bench/seed-workbook.ts';
import { filesOpeningWith } from '../unit/rotation/revocation-kit.ts';

const ENTRIES = 3_000;
const NEW_PASSPHRASE = 'a passphrase nobody else has heard';

test.beforeEach(async ({ mend }) => {
  // Written straight to the data folder with the real codec, then backed up once as it is.
  const vault = await seedWorkbook(mend.dataDir, ENTRIES);
  vault.lock();
});

test('a passphrase change shows its progress; a restore of an older backup does not bring the old passphrase back', async ({ mend }, testInfo) => {
  test.setTimeout(240_000);
  const app = await mend.openPage();
  await new UnlockPage(app).unlock(BENCH_PASSPHRASE);
  await new RolePage(app).choose('I am rebuilding trust');
  const older = await mend.services.backups.create();

  // The real change runs (and reports its progress); only its answer is held until the test has looked.
  const handlers = mend.services.handlers;
  const change = handlers['vault:changePassphrase'];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let finished = false;
  handlers['vault:changePassphrase'] = async (request, sender) => {
    const answer = await change(request, sender);
    finished = true;
    await held;
    return answer;
  };
  const settings = new SettingsPage(app);
  await settings.open();
  const section = settings.section('Passphrase');
  await expect(section).toContainText('still open with your old passphrase');
  await settings.changePassphrase(BENCH_PASSPHRASE, NEW_PASSPHRASE);
  await expect(section.getByRole('status').filter({ hasText: 'Sealing your entries and backups under the new key…' })).toBeVisible();
  const bar = section.getByRole('progressbar', { name: 'Entries sealed again' });
  await expect(bar).toHaveAttribute('aria-valuetext', /of 3,0\d\d$/, { timeout: 60_000 });
  await expect.poll(() => finished, { timeout: 120_000 }).toBe(true);
  await expect(bar).toHaveAttribute('aria-valuetext', /^(3,0\d\d) of \1$/);
  await section.screenshot({ path: testInfo.outputPath('passphrase-resealing.png') });
  release();
  await expect(settings.message('Passphrase')).toHaveText(/Your passphrase is changed, and your old one no longer opens anything in Mend’s folder/);
  await expect(settings.message('Passphrase')).toContainText('still open with your old passphrase');
  await section.screenshot({ path: testInfo.outputPath('passphrase-changed.png') });

  // The oldest backup (from before the change, like every one here), restored through the screen.
  expect(mend.services.backups.list().at(-1)?.name).toBe(older.name);
  await app.getByRole('list', { name: 'Backups' }).getByRole('listitem').last().getByRole('button', { name: 'Restore…' }).click();
  await app.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(settings.message('Backups')).toHaveText(/^Restored the backup/);
  expect(mend.services.vault.journal().size).toBe(ENTRIES);

  await new HomePage(app).lock();
  const unlock = new UnlockPage(app);
  await unlock.unlock(BENCH_PASSPHRASE);
  await expect(unlock.error()).toHaveText(/does not open/);
  expect(await filesOpeningWith(mend.dataDir, BENCH_PASSPHRASE)).toEqual([]);
  await unlock.unlock(NEW_PASSPHRASE);
  await expect(app.getByRole('heading', { name: 'Settings and backups' })).toBeVisible();
  await new HomePage(app).goHome();
  await expect(new HomePage(app).card('Promises kept')).toContainText('600 entries');
});
