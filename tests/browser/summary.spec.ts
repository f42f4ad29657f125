// The counselor summary, end to end: choose, preview, save as PDF and Markdown
// through the same print path as Electron, read back with pdftotext, page by
// page: the first page is the summary (figures, note, what was left out, the
// consent line); a month of daily entries is a digest of few pages; headings
// match the contents; trust numbers only where shared; a second export marks
// what is new. Also: an unwritable place, and the blank worksheet packet.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { addDays, localDay, weekStart } from '../../shared/domain/dates.ts';
import type { MendHarness } from './harness/mend-harness.ts';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { pdfPageCount, pdfText, pdfWordBoxes } from './harness/pdf.ts';
import { SetupPage } from './pages/gate-pages.ts';

const today = localDay(new Date());
const PRIVATE_MARKER = 'PRIVATE-MARKER-7f3a';
/** Alex's trust numbers are never shared: 1 to 4 would show as "N of 10" if they leaked; Sam's (shared) are 5 to 8. */
const UNSHARED = /\b[1-4] of 10\b/;

/** The month: 24 days of the next right thing, 18 repeated questions, 4 check-ins, a letter; one private entry, one outside the dates. */
export function seedMonth(mend: MendHarness) {
  const j = mend.services.vault.journal();
  const save = (exerciseId: string, day: string, answers: Record<string, unknown>) => j.save({ exerciseId, day, answers } as never);
  save('owning-it', addDays(today, -3), { whatIDid: 'I lied about where I was on Fridays, for months.', whatItCost: 'Your sense of safety at home, and your trust in your own judgement.' });
  save('where-i-stand', addDays(today, -60), { whatHappened: 'OUTSIDE-THE-RANGE text' });
  const secret = save('where-i-stand', addDays(today, -2), { whatHappened: `${PRIVATE_MARKER} something only for me` });
  save('small-steps', addDays(today, -5), { whatHappened: 'A small step, not chosen for this summary' });
  // 24 of the last 30 days (every fifth skipped): kept on 19, partly on 3, two not looked back on.
  const days = Array.from({ length: 30 }, (_, i) => addDays(today, -29 + i)).filter((_, i) => i % 5 !== 4);
  for (const [d, day] of days.entries()) {
    const didI = d % 8 === 7 ? 'partly' : d % 11 === 10 ? '' : 'yes';
    save('next-right-thing', day, { rightThing: `Call at lunch and say where I am, day ${d + 1}`, wrongThing: 'Going quiet when asked', ...(didI ? { didI } : {}), whatHelped: d % 3 ? 'Setting a reminder at noon helped, and saying it plainly.' : '' });
  }
  for (let q = 0; q < 18; q++) {
    save('same-question-again', addDays(today, -28 + Math.floor((q * 28) / 18)), { theQuestion: `Where were you, time ${q + 1}?`, theAnswer: 'I told the truth, without getting defensive, and said I understood why it comes back.' });
  }
  for (let w = 3; w >= 0; w--) {
    const monday = weekStart(addDays(today, -7 * w));
    save('weekly-check-in', monday, { oneName: 'Sam', oneTrust: String(8 - w), oneTrustShared: 'shared', twoName: 'Alex', twoTrust: String(4 - w), oneWin: `A calm week ${w}`, twoWorry: 'Fridays still feel hard.' });
  }
  return secret;
}

async function openExport(app: Page) {
  await app.getByRole('link', { name: 'Make a summary for your counselor' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'A summary for your counselor' })).toBeVisible();
}

/** The text of each page, whitespace folded. */
function pageTexts(pdf: string): string[] {
  return Array.from({ length: pdfPageCount(pdf) }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
  );
}

async function saveAs(app: Page, mend: MendHarness, format: 'PDF' | 'Markdown', path?: string): Promise<string> {
  if (path) mend.dialogs.nextSavePath = path;
  await app.getByRole('button', { name: `Save as ${format}…` }).click();
  await expect(app.locator('.export-actions [role="status"]').last()).toHaveText(format === 'PDF' ? /^Saved as .*\.pdf$/ : new RegExp(`${path}$`), { timeout: 20_000 });
  return format === 'PDF' ? mend.printer.printed.at(-1)!.path : path!;
}

test('a month reads in a few pages: the first page is the summary, then digests and entries in full, the same in Markdown', async ({ app, mend }, testInfo) => {
  await new SetupPage(app).create(PASSPHRASE);
  const secret = seedMonth(mend);
  // Marked private from the entry's own page, as a user would.
  await app.goto(`${mend.origin}/index.html#/exercise/where-i-stand/entry/${secret.id}`);
  await app.getByLabel('Leave this entry out of counselor summaries').check();
  await expect(app.getByText('This entry will stay out of summaries.')).toBeVisible();
  await app.goto(`${mend.origin}/index.html#/`);

  await openExport(app);
  await expect(app.getByText('There is nothing to export in this selection.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Save as PDF…' })).toBeDisabled();
  await app.getByRole('button', { name: 'All with entries in these dates' }).click();
  await app.getByRole('checkbox', { name: /^No step too small/ }).uncheck(); // leave one exercise out: it is counted as not chosen
  await app.getByLabel(/First names or initials/).fill('Sam and Alex');
  await app.getByLabel('What I’d like to talk about next session').fill('How to answer the same question without getting defensive.');
  const preview = app.locator('.preview__paper');
  await expect(preview).toContainText('I lied about where I was on Fridays');
  await expect(preview).not.toContainText(PRIVATE_MARKER);
  await expect(preview).not.toContainText('OUTSIDE-THE-RANGE');
  await expect(preview.locator('.summary__figure')).toHaveCount(2);

  const pdf = await saveAs(app, mend, 'PDF');
  const pages = pageTexts(pdf);
  const first = pages[0]!;
  for (const expected of [
    'A summary for my counselor', 'Sam and Alex', 'The person who wrote this workbook chose what to share',
    'Left out 1 entry marked private; 1 other exercise with entries in these dates, not chosen.', 'How to answer the same question without getting defensive.',
    'Kept on 19 days of the 30 in these dates (partly on 3 more days).', 'Sam: from 5 to 8, over 4 weeks of check-ins.', 'Days kept, per week',
  ]) expect(first, expected).toContain(expected);
  const text = pages.join(' ');
  expect(text).not.toContain(PRIVATE_MARKER);
  expect(text).not.toContain('OUTSIDE-THE-RANGE');
  // Trust: only Sam's shared numbers, in the figure and in the check-ins in full; no count of questions for the one answering.
  expect(text).not.toMatch(UNSHARED);
  expect(text).not.toContain('Alex: from');
  expect(text).not.toContain('How often it came up');

  // Headings match the contents, in order; the catalog's number is marked as such.
  const contents = [...text.matchAll(/(\d)\. (The next right thing, today|Owning it: an apology without excuses|The same question again|Weekly trust check-in) \(Exercise (\d+) in the workbook/g)];
  expect(contents.map((m) => m[1])).toEqual(['1', '2', '3', '4']);
  const afterContents = text.slice(text.indexOf('How to read this'));
  const headingAt = contents.map((m) => afterContents.indexOf(`${m[1]}. ${m[2]} Exercise ${m[3]} in the workbook`));
  expect(headingAt.every((i) => i >= 0)).toBe(true);
  expect([...headingAt].sort((a, b) => a - b)).toEqual(headingAt);
  expect(text).not.toMatch(/\b2\. The next right thing/);

  // The digest: 42 daily and log entries, each once, on at most one page per 40.
  const rowPages = pages.filter((p) => /day \d+|time \d+\?/.test(p)).length;
  expect((text.match(/Call at lunch and say where I am, day \d+/g) ?? []).length).toBe(24);
  expect((text.match(/Where were you, time \d+\?/g) ?? []).length).toBe(18);
  expect(rowPages).toBeLessThanOrEqual(Math.ceil(42 / 40));
  // Layout: page numbers on every page, a short document, nothing outside the page box.
  const count = pages.length;
  expect(count).toBeLessThanOrEqual(5);
  for (let n = 1; n <= count; n++) expect(pages[n - 1]).toContain(`${n} of ${count}`);
  expect(pdfWordBoxes(pdf).filter((b) => b.xMin < 0 || b.yMin < 0 || b.xMax > b.pageWidth || b.yMax > b.pageHeight)).toEqual([]);
  await testInfo.attach('summary.pdf', { path: pdf, contentType: 'application/pdf' });

  const markdown = readFileSync(await saveAs(app, mend, 'Markdown', testInfo.outputPath('summary.md')), 'utf8');
  expect(markdown).toContain('# Mend — A summary for my counselor');
  expect(markdown).toContain('**Left out:** 1 entry marked private; 1 other exercise with entries in these dates, not chosen.');
  expect(markdown).toContain('Kept on 19 days of the 30 in these dates (partly on 3 more days).');
  expect(markdown).toContain('How to answer the same question without getting defensive.');
  expect(markdown).not.toContain(PRIVATE_MARKER);
  expect(markdown).not.toMatch(UNSHARED);
  // The same entries and structure: one digest row per daily or log entry, the same numbered headings.
  expect((markdown.match(/^\| .* \| Where were you, time \d+\? \|/gm) ?? []).length).toBe(18);
  expect((markdown.match(/^\| .* \| Call at lunch and say where I am, day \d+ \|/gm) ?? []).length).toBe(24);
  expect([...markdown.matchAll(/^## (\d\. .*)$/gm)].map((m) => m[1])).toEqual(contents.map((m) => `${m[1]}. ${m[2]}`));

  await app.getByLabel('Include entries I chose to leave out of summaries').check();
  await expect(preview).toContainText(PRIVATE_MARKER);
  expect(readFileSync(await saveAs(app, mend, 'Markdown', testInfo.outputPath('with-private.md')), 'utf8')).toContain(PRIVATE_MARKER);
});

test('a second summary marks what was written since the first, and offers the days after it', async ({ app, mend }, testInfo) => {
  await new SetupPage(app).create(PASSPHRASE);
  seedMonth(mend);
  await openExport(app);
  await app.getByRole('button', { name: 'All with entries in these dates' }).click();
  await saveAs(app, mend, 'Markdown', testInfo.outputPath('first.md'));

  const j = mend.services.vault.journal();
  j.save({ exerciseId: 'same-question-again', day: today, answers: { theQuestion: 'NEW-SINCE question?' } } as never);
  j.save({ exerciseId: 'owning-it', day: today, answers: { whatIDid: 'NEW-SINCE letter' } } as never);
  await app.goto(`${mend.origin}/index.html#/`);
  await openExport(app);
  await expect(app.getByText(/^Your last summary covered/)).toBeVisible();
  await app.getByRole('button', { name: 'All with entries in these dates' }).click();
  await expect(app.locator('.preview__paper .summary__new')).toHaveCount(2);
  const second = readFileSync(await saveAs(app, mend, 'Markdown', testInfo.outputPath('second.md')), 'utf8');
  expect(second).toMatch(/\*\*Since the last summary:\*\* The last summary covered .* 2 entries were written since, marked “New”\./);
  expect(second).toMatch(/^\| [^|]* \*\*New\*\* \| NEW-SINCE question\? \|/m);
  expect(second).toMatch(/^### [^\n]* — New\n\n\*\*[^\n]*\*\*\n\nNEW-SINCE letter/m);
  expect((second.match(/\bNew\b/g) ?? []).length).toBe(3); // the line above and the two entries
  // The days after the last summary are one click away.
  await app.getByRole('button', { name: /^Since then:/ }).click();
  await expect(app.getByLabel('From', { exact: true })).toHaveValue(today);
});

test('a place that cannot be written gives a clear error and keeps the preview', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  seedMonth(mend);
  await openExport(app);
  await app.getByRole('button', { name: 'All with entries in these dates' }).click();
  mend.dialogs.nextSavePath = '/nonexistent-folder/summary.md';
  await app.getByRole('button', { name: 'Save as Markdown…' }).click();
  await expect(app.locator('.export-actions [role="alert"]')).toHaveText(/could not write the file there/);
  await expect(app.locator('.preview__paper')).toContainText('I lied about where I was on Fridays');
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
