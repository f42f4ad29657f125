// Worksheets print from the app, blank and filled, through the same print
// route Electron prints; the PDFs are read back with pdftotext.
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { pdfPageCount, pdfText } from './harness/pdf.ts';
import { SetupPage } from './pages/gate-pages.ts';
import { HomePage } from './pages/workbook-pages.ts';

const lastPrinted = (mend: { printer: { printed: { path: string; route: string; target: string }[] } }) => {
  const job = mend.printer.printed.at(-1);
  if (!job) throw new Error('nothing was printed');
  return job;
};

test('the next right thing prints blank and filled', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const nrt = await new HomePage(app).open('The next right thing, today');

  await nrt.print('Save blank as PDF');
  const blank = lastPrinted(mend);
  expect(blank.route).toBe('#/print/worksheet/next-right-thing');
  const blankText = pdfText(blank.path);
  expect(blankText).toContain('The next right thing, today');
  expect(blankText).toContain('Today’s next right thing');
  expect(blankText).toContain('The wrong thing I will not do today');
  expect(blankText).toContain('Did I?');
  expect(blankText).toMatch(/Yes\s+Partly\s+Not today/);
  expect(blankText).toContain('Date:');
  expect(pdfPageCount(blank.path)).toBe(1);

  await expect(app.getByRole('button', { name: 'Save filled as PDF' })).toBeDisabled();
  await nrt.write('Today’s next right thing', 'Be home for dinner at seven');
  await nrt.choose('Did I? (needed)', 'Partly');
  await nrt.expectSaved();
  await nrt.print('Save filled as PDF');
  const filled = lastPrinted(mend);
  expect(filled.route).toMatch(/^#\/print\/worksheet\/next-right-thing\?entry=[0-9a-f-]{36}$/);
  const filledText = pdfText(filled.path);
  expect(filledText).toContain('Be home for dinner at seven');
  expect(filledText).toContain('Partly');
  expect(filledText).toContain('Not answered');
  expect(filledText).not.toContain('Date:');

  await nrt.print('Print filled worksheet');
  expect(lastPrinted(mend).target).toBe('printer');
  await expect(app.locator('.print-controls__message')).toHaveText('Sent to the printer.');
});

test('the apology letter prints blank and filled', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const letter = await new HomePage(app).open('Owning it: an apology without excuses');
  await letter.print('Print blank worksheet');
  const blankText = pdfText(lastPrinted(mend).path);
  for (const label of ['What I did', 'What it cost you', 'What I have changed', 'What I am asking for', 'What I am not demanding']) {
    expect(blankText).toContain(label);
  }
  expect(blankText).not.toContain('Not answered');

  const body = 'I kept a second phone hidden from you for a year. '.repeat(40);
  await letter.write('What I did', body);
  await letter.write('What it cost you', 'Your sense that home was safe.');
  await letter.expectSaved();
  await letter.print('Save filled as PDF');
  const filled = lastPrinted(mend);
  const text = pdfText(filled.path);
  expect(text).toContain('I kept a second phone hidden from you for a year.');
  expect(text).toContain('Your sense that home was safe.');
  // The long answer flows onto a second page rather than being cut off.
  expect(text.split('I kept a second phone hidden').length - 1).toBe(40);
  expect(pdfPageCount(filled.path)).toBeGreaterThanOrEqual(2);
});
