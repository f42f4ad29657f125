// The counselor summary, end to end: choose, preview, save as PDF and Markdown
// through the same print path as Electron, read back with pdftotext; entries
// marked private stay out unless included; layout checks on the PDF; an empty
// selection and an unwritable place are handled; the blank worksheet packet.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { addDays, localDay, weekStart } from '../../shared/domain/dates.ts';
import type { MendHarness } from './harness/mend-harness.ts';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { pdfPageCount, pdfText, pdfWordBoxes } from './harness/pdf.ts';
import { SetupPage } from './pages/gate-pages.ts';

const today = localDay(new Date());
const PRIVATE_MARKER = 'PRIVATE-MARKER-7f3a';

/** A few weeks of realistic entries, one outside the last 30 days, one to be marked private. */
function seed(mend: MendHarness) {
  const j = mend.services.vault.journal();
  const save = (exerciseId: string, day: string, answers: Record<string, unknown>) => j.save({ exerciseId, day, answers } as never);
  save('owning-it', addDays(today, -3), { whatIDid: 'I lied about where I was on Fridays.', whatItCost: 'Your sense of safety at home.' });
  save('where-i-stand', addDays(today, -60), { whatHappened: 'OUTSIDE-THE-RANGE text' });
  const secret = save('where-i-stand', addDays(today, -2), { whatHappened: `${PRIVATE_MARKER} something only for me` });
  for (let w = 3; w >= 0; w--) {
    const monday = weekStart(addDays(today, -7 * w));
    save('weekly-check-in', monday, { oneName: 'Sam', oneTrust: String(3 + w), twoName: 'Alex', twoTrust: String(2 + w), oneWin: `A calm week ${w}` });
    for (let q = 0; q <= w; q++) save('same-question-again', addDays(monday, q), { theQuestion: `Where were you, time ${q}?` });
    save('promises-kept', addDays(monday, 1), { whatISaid: `Home by seven, week ${w}`, kept: w % 2 ? 'kept' : 'not-kept' });
  }
  return secret;
}

async function openExport(app: Page) {
  await app.getByRole('link', { name: 'Make a summary for your counselor' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'A summary for your counselor' })).toBeVisible();
}

test('a summary is chosen, previewed, and saved as PDF and Markdown with the same entries', async ({ app, mend }, testInfo) => {
  await new SetupPage(app).create(PASSPHRASE);
  const secret = seed(mend);
  // Marked private from the entry's own page, as a user would.
  await app.goto(`${mend.origin}/index.html#/exercise/where-i-stand/entry/${secret.id}`);
  await app.getByLabel('Leave this entry out of counselor summaries').check();
  await expect(app.getByText('This entry will stay out of summaries.')).toBeVisible();
  await app.goto(`${mend.origin}/index.html#/`);

  await openExport(app);
  await expect(app.getByText('There is nothing to export in this selection.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Save as PDF…' })).toBeDisabled();
  await app.getByRole('button', { name: 'All with entries in these dates' }).click();
  await app.getByLabel(/First names or initials/).fill('Sam and Alex');
  await app.getByLabel('What I’d like to talk about next session').fill('How to answer the same question without getting defensive.');
  const preview = app.locator('.preview__paper');
  await expect(preview).toContainText('I lied about where I was on Fridays.');
  await expect(preview).not.toContainText(PRIVATE_MARKER);
  await expect(preview).not.toContainText('OUTSIDE-THE-RANGE');
  await expect(app.getByText('One entry you chose to leave out of summaries is not included.')).toBeVisible();
  await expect(preview.locator('.chart')).toHaveCount(3);

  await app.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(app.locator('.export-actions [role="status"]').last()).toHaveText(/^Saved as .*\.pdf$/, { timeout: 20_000 });
  const pdf = mend.printer.printed.at(-1)!.path;
  const text = pdfText(pdf);
  for (const expected of ['A summary for my counselor', 'Sam and Alex', 'How to read this', 'Contents', 'I lied about where I was on Fridays.', 'Change over time', 'Trust in the weekly check-in', 'Promises kept, per week', 'How often the same question came back', 'How to answer the same question without getting defensive.']) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain(PRIVATE_MARKER);
  expect(text).not.toContain('OUTSIDE-THE-RANGE');
  expect(text.indexOf('Owning it')).toBeGreaterThan(text.indexOf('Promises kept'));

  // Layout: page numbers on every page, a sensible length, nothing outside the page box.
  const pages = pdfPageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(5);
  expect(pages).toBeLessThanOrEqual(12);
  for (let n = 1; n <= pages; n++) expect(text).toContain(`${n} of ${pages}`);
  const outside = pdfWordBoxes(pdf).filter((b) => b.xMin < 0 || b.yMin < 0 || b.xMax > b.pageWidth || b.yMax > b.pageHeight);
  expect(outside).toEqual([]);

  mend.dialogs.nextSavePath = testInfo.outputPath('summary.md');
  await app.getByRole('button', { name: 'Save as Markdown…' }).click();
  await expect(app.locator('.export-actions [role="status"]').last()).toHaveText(/summary\.md$/);
  const markdown = readFileSync(testInfo.outputPath('summary.md'), 'utf8');
  expect(markdown).toContain('# Mend — a summary for my counselor');
  expect(markdown).toContain('I lied about where I was on Fridays.');
  expect(markdown).toContain('How to answer the same question without getting defensive.');
  expect(markdown).not.toContain(PRIVATE_MARKER);
  // The same entries in both: each of the ten repeated questions, and one date heading per entry.
  const count = (s: string, needle: string) => s.split(needle).length - 1;
  expect(count(markdown, 'Where were you, time')).toBe(10);
  expect(count(text, 'Where were you, time')).toBe(10);
  expect(markdown.match(/^### (?!Trust|How often|Promises)/gm)?.length).toBe(19);

  await app.getByLabel('Include entries I chose to leave out of summaries').check();
  await expect(preview).toContainText(PRIVATE_MARKER);
  mend.dialogs.nextSavePath = testInfo.outputPath('with-private.md');
  await app.getByRole('button', { name: 'Save as Markdown…' }).click();
  await expect(app.locator('.export-actions [role="status"]').last()).toHaveText(/with-private\.md$/);
  expect(readFileSync(testInfo.outputPath('with-private.md'), 'utf8')).toContain(PRIVATE_MARKER);
});

test('a place that cannot be written gives a clear error and keeps the preview', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  seed(mend);
  await openExport(app);
  await app.getByRole('button', { name: 'All with entries in these dates' }).click();
  mend.dialogs.nextSavePath = '/nonexistent-folder/summary.md';
  await app.getByRole('button', { name: 'Save as Markdown…' }).click();
  await expect(app.locator('.export-actions [role="alert"]')).toHaveText(/could not write the file there/);
  await expect(app.locator('.preview__paper')).toContainText('I lied about where I was on Fridays.');
});

test('blank worksheets print together as a packet, each on its own pages', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  await app.getByRole('link', { name: 'Print blank worksheets' }).click();
  await expect(app.getByRole('heading', { name: 'Print blank worksheets' })).toBeVisible();
  const chosen = await app.locator('input[type="checkbox"]:checked').count();
  expect(chosen).toBeGreaterThan(3);
  await app.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(app.getByRole('status')).toHaveText(/^Saved as/, { timeout: 20_000 });
  const pdf = mend.printer.printed.at(-1)!.path;
  const text = pdfText(pdf);
  expect(text).toContain('The next right thing, today');
  expect(text).toContain('Owning it: an apology without excuses');
  // The kicker is upper-cased by CSS, so match without case.
  expect((text.match(/Mend · Worksheet \d+/gi) ?? []).length).toBe(chosen);
  expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(chosen);
});
