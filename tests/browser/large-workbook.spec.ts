// A workbook of a few thousand entries: the unlock screen shows how far the
// opening has got (counts sent by main while it decrypts), home shows counts
// worked out in main, and an exercise's earlier entries come a page at a time.
import { expect, test } from './fixtures.ts';
import { RolePage, UnlockPage } from './pages/gate-pages.ts';
import { HomePage } from './pages/workbook-pages.ts';
import { BENCH_PASSPHRASE, seedWorkbook } from '../bench/seed-workbook.ts';

const ENTRIES = 2_000;

test.beforeEach(async ({ mend }) => {
  // Written straight to the data folder with the real codec (400 entries in each of five exercises).
  (await seedWorkbook(mend.dataDir, ENTRIES)).lock();
});

test('a slow unlock shows “Opening your workbook…” with the count main reports', async ({ mend }) => {
  // The real unlock runs (and reports its progress); only its answer is held until the test has looked.
  const handlers = mend.services.handlers;
  const unlock = handlers['vault:unlock'];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  handlers['vault:unlock'] = async (request, sender) => {
    const report = await unlock(request, sender);
    await held;
    return report;
  };

  const app = await mend.openPage();
  await new UnlockPage(app).unlock(BENCH_PASSPHRASE);
  await expect(app.getByRole('status').filter({ hasText: 'Opening your workbook…' })).toBeVisible();
  const bar = app.getByRole('progressbar', { name: 'Entries opened' });
  await expect(bar).toHaveAttribute('aria-valuetext', '2,000 of 2,000');
  await expect(app.getByText('2,000 of 2,000')).toBeVisible();

  release();
  await new RolePage(app).choose('I am rebuilding trust');
  await expect(app.getByRole('status').filter({ hasText: 'Opening your workbook…' })).toHaveCount(0);
});

test('home counts every entry; an exercise lists a page and shows older entries on request, by keyboard', async ({ mend }) => {
  const app = await mend.openPage();
  await new UnlockPage(app).unlock(BENCH_PASSPHRASE);
  await new RolePage(app).choose('I am rebuilding trust');
  await expect(new HomePage(app).card('Promises kept')).toContainText('400 entries');

  await new HomePage(app).open('Promises kept');
  const log = app.getByRole('region', { name: 'Your log' });
  const items = log.getByRole('listitem');
  await expect(items).toHaveCount(100);
  const older = log.getByRole('button', { name: 'Show older entries' });
  await older.focus();
  await app.keyboard.press('Enter');
  await expect(items).toHaveCount(200);
  // Focus stays on the button, so the keyboard can go on paging.
  await expect(older).toBeFocused();
  for (const count of [300, 400]) {
    await app.keyboard.press('Enter');
    await expect(items).toHaveCount(count);
  }
  await expect(older).toHaveCount(0);

  // In the journal's order, each entry once.
  const days = await log.locator('.history__date').allTextContents();
  expect(days).toHaveLength(400);
  const stored = mend.services.vault.journal().list('promises-kept').map((e) => e.id);
  const shown = await log.getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.split('/').at(-1)));
  expect(shown).toEqual(stored);
});
