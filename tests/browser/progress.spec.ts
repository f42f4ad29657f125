// Slow gains made visible: progress with weeks of entries seeded through the
// real services, a kind empty state, search that finds and opens an entry,
// the timeline by day, and opting in to reminders.
import { addDays, localDay, weekStart } from '../../shared/domain/dates.ts';
import type { MendHarness } from './harness/mend-harness.ts';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { SetupPage } from './pages/gate-pages.ts';
import { SettingsPage } from './pages/settings-page.ts';

const today = localDay(new Date());

function seedWeeks(mend: MendHarness) {
  const j = mend.services.vault.journal();
  const save = (exerciseId: string, day: string, answers: Record<string, unknown>) => j.save({ exerciseId, day, answers } as never);
  for (let d = 0; d < 30; d++) if (d % 3 !== 1) save('next-right-thing', addDays(today, -d), { rightThing: `Right thing ${d}`, didI: d % 3 === 0 ? 'yes' : 'partly' });
  for (let w = 5; w >= 0; w--) {
    const monday = weekStart(addDays(today, -7 * w));
    save('weekly-check-in', monday, { oneName: 'Sam', oneTrust: String(2 + (5 - w)), twoName: 'Alex', twoTrust: String(3) });
    for (let q = 0; q < w; q++) save('same-question-again', monday, { theQuestion: 'Are you still in touch with them?' });
    save('promises-kept', monday, { whatISaid: 'Home by seven', kept: 'kept' });
    save('support-i-lean-on', monday, { supportKind: 'counseling', whatItGaveMe: 'A calmer way to answer' });
  }
  save('small-steps', addDays(today, -2), { whatHappened: 'We laughed at dinner for the first time in weeks' });
}

test('progress shows counts, charts with plain readings and tables, and small wins', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  seedWeeks(mend);
  await app.getByRole('link', { name: 'Progress' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  const kept = app.getByRole('region', { name: 'The next right thing' });
  // Days 0, 3, …, 27 are kept: 3 in the last 7 days (0, 3, 6), 10 in the last 30.
  await expect(kept).toContainText('Kept on 3 days of the last 7 and 10 days of the last 30');
  await expect(app.getByRole('region', { name: 'The same question again' })).toContainText(/A question came up again (\d+ times|once) in the last four weeks/);
  await expect(app.getByRole('region', { name: 'Trust in the weekly check-in' })).toContainText('Sam: from 2 to 7; Alex: from 3 to 3');
  await expect(app.getByRole('region', { name: 'Support' })).toContainText('counseling sessions');
  await expect(app.locator('.chart')).toHaveCount(4);
  // Each chart has a table behind it for screen readers.
  await expect(app.getByRole('table', { name: 'Trust, 0 to 10' }).getByRole('row')).toHaveCount(7);
  await expect(app.getByRole('region', { name: 'Small wins' })).toContainText('We laughed at dinner');
});

test('progress with nothing written is a kind empty state', async ({ app }) => {
  await new SetupPage(app).create(PASSPHRASE);
  await app.getByRole('link', { name: 'Progress' }).click();
  await expect(app.getByText('Nothing to show yet, and that is all right.')).toBeVisible();
  await expect(app.locator('.chart')).toHaveCount(0);
});

test('search finds an entry, highlights the words, and opens it', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  seedWeeks(mend);
  mend.services.vault.journal().save({ exerciseId: 'owning-it', day: addDays(today, -4), answers: { whatIDid: 'I kept a second phone in the glovebox.' } });
  await app.getByRole('link', { name: 'Search' }).click();
  await app.getByRole('searchbox', { name: 'Words to find' }).fill('second GLOVEBOX');
  await expect(app.getByRole('status')).toHaveText('1 entry found.');
  await expect(app.locator('.search-result mark')).toHaveText('second');
  await app.locator('.search-result').click();
  await expect(app.getByLabel(/^What I did/)).toHaveValue('I kept a second phone in the glovebox.');
  await app.goBack();
  await app.getByRole('searchbox', { name: 'Words to find' }).fill('nothing like this anywhere');
  await expect(app.getByRole('status')).toHaveText('Nothing found.');
});

test('the timeline lists everything by day, newest first', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  mend.services.vault.journal().save({ exerciseId: 'owning-it', day: addDays(today, -40), answers: { whatIDid: 'An older letter' } });
  mend.services.vault.journal().save({ exerciseId: 'where-i-stand', day: today, answers: { whatHappened: 'Today’s reflection' } });
  await app.getByRole('link', { name: 'Timeline' }).click();
  const items = app.locator('.timeline-day');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Today’s reflection');
  await expect(items.last()).toContainText('An older letter');
});

// Both sections save their own part, so neither overwrites the other (checked after a reload).
test('reminders are off until chosen, and keep their times alongside the idle lock', async ({ app }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const settings = new SettingsPage(app);
  await settings.open();
  const reminders = settings.section('Reminders');
  await expect(reminders).toContainText('Time for your workbook');
  await reminders.getByLabel('Remind me').check();
  await reminders.getByLabel('The next right thing, in the morning').fill('07:45');
  await reminders.getByRole('combobox').selectOption({ label: 'Wednesday' });
  await settings.section('Locking').getByLabel('Lock Mend when the computer has been idle for').selectOption({ label: '10 minutes' });
  await app.reload();
  await expect(settings.section('Reminders').getByLabel('The next right thing, in the morning')).toHaveValue('07:45');
  await expect(settings.section('Reminders').getByRole('combobox')).toHaveValue('3');
  await expect(settings.section('Locking').getByLabel('Lock Mend when the computer has been idle for')).toHaveValue('10');
});
