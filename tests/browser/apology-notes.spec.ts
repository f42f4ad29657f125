// The apology checker's notes as a user meets them: under the letter fields of
// "Owning it", "Why it happened" and "Forgiving myself first", loaded only
// once a letter is opened (never with the lock screen), gentle, and gone when
// the sentence owns what it says. Screenshots go to the test's output folder.
import type { Page } from '@playwright/test';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { SetupPage } from './pages/gate-pages.ts';
import { HomePage } from './pages/workbook-pages.ts';

const LETTER = [
  'I lied to you for most of last year about where I was on Thursday evenings.',
  'I know it hurt, but it was only a few dinners and it never went further than that.',
  'I had been drinking a lot back then.',
  'Things got out of hand, and the messages were deleted before you could see them.',
  'I already said sorry in the spring, so I hope we can be a normal family again by Christmas.',
].join(' ');

const OWNED = [
  'I lied to you for most of last year about where I was on Thursday evenings.',
  'I had been drinking a lot back then, and I still chose every lie.',
  'I deleted the messages so you would not see them.',
  'You can take all the time you need, and I will answer any question you ask.',
].join(' ');

const checkerRequested = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('excuse-checker')));

test('notes in Owning it name what they saw, gently, and go when the letter owns it', async ({ app }, testInfo) => {
  await new SetupPage(app).create(PASSPHRASE);
  const home = new HomePage(app);
  // Nothing of the checker has been fetched for the lock screen or the home screen.
  expect(await checkerRequested(app)).toBe(false);

  const letter = await home.open('Owning it: an apology without excuses');
  await letter.write('What I did', LETTER);
  const notes = letter.apologyNotes().first();
  await expect(notes).toContainText('A gentle note on the wording');
  await expect(notes).toContainText('“but” may take back what came before it');
  await expect(notes).toContainText('“only a few” makes it sound smaller');
  await expect(notes).toContainText('“I had been drinking” names a cause. Naming what was going on is honest');
  await expect(notes).toContainText('Does the sentence also say that the choice was yours?');
  await expect(notes).toContainText('leaves out who did it');
  await expect(notes).toContainText('uses the past as a shield');
  await expect(notes).toContainText('puts a timeline on your partner');
  expect(await checkerRequested(app)).toBe(true);
  // Suggestions only: the field keeps every word and the draft saves.
  await expect(letter.field('What I did')).toHaveValue(LETTER);
  await letter.expectSaved();
  await app.getByRole('heading', { name: 'Your letter' }).scrollIntoViewIfNeeded();
  await app.screenshot({ path: testInfo.outputPath('owning-it-notes.png'), fullPage: true });

  await letter.write('What I did', OWNED);
  await expect(letter.apologyNotes()).toHaveCount(0);
  await app.screenshot({ path: testInfo.outputPath('owning-it-owned.png'), fullPage: true });
});

// A letter as someone might write it, in paragraphs: honest sentences that look like excuses
// (a cause named beside the choice, a "so I've…" of repair, others set apart) get no note; a
// reported promise leaned on, an act told as an event and "lots of couples" each get one.
const REALISTIC = [
  'For eight months I lied to you about where I was on Tuesday nights. I told you I was at the gym, and I was at her flat. I was lonely that year, and I chose to deal with it by betraying you.',
  'I never actually said I’d stopped seeing her; I said I was seeing her less. Our friendship sort of turned into something else over the summer. Honestly, lots of couples go through this, it happens all the time.',
  'I lied about the money too, so I’ve handed you the statements and closed the card. Plenty of people are lonely without lying to the person they love, and I lied. You can take all the time you need.',
].join('\n\n');

test('a realistic letter gets notes on what leans, shrinks or hides, and none on its honest sentences', async ({ app }, testInfo) => {
  await new SetupPage(app).create(PASSPHRASE);
  const letter = await new HomePage(app).open('Owning it: an apology without excuses');
  await letter.write('What I did', REALISTIC);
  const notes = letter.apologyNotes().first();
  await expect(notes.locator('li')).toHaveCount(3);
  await expect(notes).toContainText('leans on a technicality');
  await expect(notes).toContainText('“Our friendship sort of turned into” leaves out who did it');
  await expect(notes).toContainText('“lots of couples” compares it with others or with worse');
  await expect(letter.field('What I did')).toHaveValue(REALISTIC);
  await app.getByRole('heading', { name: 'Your letter' }).scrollIntoViewIfNeeded();
  await app.screenshot({ path: testInfo.outputPath('owning-it-realistic-letter.png'), fullPage: true });
});

test('"Why it happened" notes blame, not the honest naming of causes', async ({ app }, testInfo) => {
  await new SetupPage(app).create(PASSPHRASE);
  const page = await new HomePage(app).open('Why it happened and what I have changed');
  const field = 'What led to it, as honestly as I can see it';
  await page.write(field, 'I was lonely and stressed for most of that year, and I stopped telling you how I felt.');
  await expect(page.apologyNotes()).toHaveCount(0);
  await page.write(field, 'I was lonely that year. You were never home, so I went looking for company.');
  const notes = page.apologyNotes().first();
  await expect(notes).toContainText('A gentle note on where the focus is');
  await expect(notes).toContainText('“You were never home” points to your partner’s conduct');
  await expect(notes).toContainText('what was going on in you');
  await app.screenshot({ path: testInfo.outputPath('why-it-happened-notes.png'), fullPage: true });
});

test('the forgiving-myself letter welcomes kindness and notes only what closes the matter', async ({ app }, testInfo) => {
  await new SetupPage(app).create(PASSPHRASE);
  const page = await new HomePage(app).open('Forgiving myself first');
  const field = 'What I am finding hard to forgive in myself';
  await page.write(field, 'I hurt someone I love, and I am still worth the work of changing.');
  await expect(page.apologyNotes()).toHaveCount(0);
  await page.write(field, 'I hurt someone I love. I have forgiven myself, so my partner should be able to as well.');
  const notes = page.apologyNotes().first();
  await expect(notes).toContainText('A gentle note, kindly meant');
  await expect(notes).toContainText('closes the matter for your partner');
  await app.screenshot({ path: testInfo.outputPath('forgiving-myself-notes.png'), fullPage: true });
});
