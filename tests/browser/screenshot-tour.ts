// Walks through every screen with realistic text and saves screenshots and the
// printed worksheets (as PDF and PNG pages) to .test-output/tour, for looking
// at the product as a user would. Run: npm run build && node tests/browser/screenshot-tour.ts
// MEND_TOUR_THEME=dark and MEND_TOUR_TEXT=larger take the same tour in that theme and text
// size (into .test-output/tour-<theme>-<text>).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './harness/chromium.ts';
import { startMendHarness } from './harness/mend-harness.ts';
import { SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { HomePage } from './pages/workbook-pages.ts';

const theme = (process.env.MEND_TOUR_THEME ?? 'light') as 'light' | 'dark' | 'system';
const textSize = (process.env.MEND_TOUR_TEXT ?? 'normal') as 'normal' | 'large' | 'larger';
const out = resolve(import.meta.dirname, `../../.test-output/${theme === 'light' && textSize === 'normal' ? 'tour' : `tour-${theme}-${textSize}`}`);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const PASS = 'quiet river morning light';

const browser = await chromium.launch(chromiumLaunchOptions());
const mend = await startMendHarness({ browser, dataDir: join(out, 'data'), viewport: { width: 1180, height: 860 } });
const page = await mend.openPage();
await page.evaluate((appearance) => window.mend.settings.set({ appearance }), { theme, textSize });
await page.reload();
const shot = (name: string) => page.screenshot({ path: join(out, `${name}.png`), fullPage: true });

const setup = new SetupPage(page);
await setup.expectShown();
await shot('01-welcome');
await page.getByRole('button', { name: 'Begin' }).click();
await shot('01b-who');
await page.getByRole('radio', { name: /together/ }).check();
await page.getByRole('button', { name: 'Continue' }).click();
await shot('01c-safety-together');
await page.getByRole('button', { name: 'We both feel safe doing this together' }).click();
await setup.fill('short', 'other', false);
await setup.submit();
await shot('02-setup-errors');
await setup.fill('quiet river morning light', 'quiet river morning light');
await shot('02a-passphrase-strength');
await setup.submit();
await setup.expectPartnerStep();
await shot('02b-second-partner');
// The rest of the tour is one person's workbook (see partners-tour.ts for two).
await setup.partnerLater();
await page.getByRole('heading', { name: 'Your workbook is ready' }).waitFor();
await shot('02c-backup-offer');
await page.getByRole('button', { name: 'Not now, go to my workbook' }).click();
await page.getByRole('heading', { name: 'Your workbook' }).waitFor();
await page.goto(`${mend.origin}/index.html#/progress`);
await page.getByText('Nothing to show yet').waitFor();
await shot('02b-progress-empty');
await page.goto(`${mend.origin}/index.html#/`);

// A few past days, written through the real services.
const journal = mend.services.vault.journal();
const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
journal.save({ exerciseId: 'next-right-thing', day: day(-3), answers: { rightThing: 'Tell the truth about where I was on Friday', wrongThing: 'Change the subject', didI: 'yes', whatHelped: 'Writing it down first.' } });
journal.save({ exerciseId: 'next-right-thing', day: day(-2), answers: { rightThing: 'Go to the Tuesday group meeting', wrongThing: 'Skip it because I am tired', didI: 'partly', whatHelped: 'I went late.' } });
journal.save({ exerciseId: 'next-right-thing', day: day(-1), answers: { rightThing: 'Be home by seven and put the phone away at dinner', wrongThing: 'Answer work messages at the table' } });
await page.reload();
await shot('03-home');

const home = new HomePage(page);
const nrt = (await home.open('The next right thing, today')).section(/^Today/);
await nrt.write('Today’s next right thing', 'Call at lunchtime, as I said I would');
await nrt.write('The wrong thing I will not do today', 'Promise something I cannot keep');
await nrt.choose('Did I? (needed)', 'Yes');
await nrt.write('What helped, or what got in the way', 'Setting an alarm helped. I felt nervous but I called.');
await nrt.expectSaved();
await shot('04-next-right-thing');
await nrt.print('Save blank as PDF');
await nrt.print('Save filled as PDF');
await shot('05-print-controls');

await home.goHome();
const letter = await home.open('Owning it: an apology without excuses');
await letter.write('What I did', 'I lied to you for months about where I was, but I was stressed and it just happened.');
await letter.write('What it cost you', 'You stopped feeling safe in our home, and you started doubting your own memory.');
await letter.write('What I have changed', 'I see a counselor every Thursday. I share my calendar and my phone when you ask.');
await letter.write('What I am not demanding', 'Forgiveness, an answer, or any timeline.');
await letter.expectSaved();
await shot('06-letter-feedback');
await letter.print('Save filled as PDF');
await letter.print('Save blank as PDF');

// Weeks of check-ins, repeated questions and promises, for the summary's charts.
for (let w = 5; w >= 0; w--) {
  const monday = day(-7 * w - ((new Date().getDay() + 6) % 7));
  journal.save({ exerciseId: 'weekly-check-in', day: monday, answers: { oneName: 'Sam', oneTrust: String(2 + w), twoName: 'Alex', twoTrust: String(Math.max(1, 4 - (w % 3))), oneWin: 'We walked together on Sunday', twoWorry: 'Late messages' } });
  for (let q = 0; q <= 5 - w; q++) journal.save({ exerciseId: 'same-question-again', day: monday, answers: { theQuestion: 'Are you still in touch with that person?', theAnswer: 'No. I blocked the number in March, and I can show you.' } });
  journal.save({ exerciseId: 'promises-kept', day: monday, answers: { whatISaid: 'Home by seven on Thursday', kept: w % 3 ? 'kept' : 'partly' } });
}
for (let d = 0; d < 30; d++) if (d % 4 !== 2) journal.save({ exerciseId: 'next-right-thing', day: day(-d - 4), answers: { rightThing: 'Call when I said I would', didI: d % 3 ? 'yes' : 'partly' } });
journal.save({ exerciseId: 'small-steps', day: day(-3), answers: { whatHappened: 'We laughed at dinner for the first time in weeks', whoDidIt: 'both' } });
journal.save({ exerciseId: 'support-i-lean-on', day: day(-5), answers: { supportKind: 'counseling', whatItGaveMe: 'A calmer way to answer' } });
await page.goto(`${mend.origin}/index.html#/progress`);
await page.locator('.chart').first().waitFor();
await shot('11-progress');
await page.goto(`${mend.origin}/index.html#/search`);
await page.getByRole('searchbox').fill('blocked number');
await page.locator('.search-result').first().waitFor();
await shot('12-search');
await page.goto(`${mend.origin}/index.html#/timeline`);
await page.locator('.timeline-day').first().waitFor();
await shot('13-timeline');
await page.goto(`${mend.origin}/index.html#/export`);
await page.getByRole('button', { name: 'All with entries in these dates' }).click();
await page.getByLabel(/First names or initials/).fill('S. and A.');
await page.getByLabel('What I’d like to talk about next session').fill('How we handle the same question when we are both tired.');
await page.locator('.chart').first().waitFor();
await shot('10-export');
await page.getByRole('button', { name: 'Save as PDF…' }).click();
await page.getByText(/^Saved as/).waitFor({ timeout: 20_000 });

await mend.services.backups.create();
await page.goto(`${mend.origin}/index.html#/settings`);
await page.getByRole('heading', { name: 'Settings and backups' }).waitFor();
await shot('08-settings');

// A damaged entry, as the user would meet it after unlocking.
await home.lock();
const { DatabaseSync } = await import('node:sqlite');
const db = new DatabaseSync(mend.services.vault.path);
const row = db.prepare('SELECT id, ciphertext FROM records LIMIT 1').get() as { id: string; ciphertext: Uint8Array };
const flipped = Buffer.from(row.ciphertext);
flipped[4] = flipped[4]! ^ 0x01;
db.prepare('UPDATE records SET ciphertext = ? WHERE id = ?').run(flipped, row.id);
db.close();
await new UnlockPage(page).unlock(PASS);
await page.getByText('could not be read').waitFor();
await page.getByRole('button', { name: 'Look for it in a backup' }).click();
await page.getByRole('button', { name: 'Restore that backup' }).waitFor();
await shot('09-damaged-notice');
await page.getByRole('button', { name: 'Restore that backup' }).click();

await home.goHome();
await home.lock();
const unlock = new UnlockPage(page);
await unlock.unlock('wrong passphrase');
await unlock.error().waitFor();
await shot('07-unlock-wrong');

for (const [i, job] of mend.printer.printed.entries()) {
  const base = join(out, `pdf-${i + 1}-${job.route.includes('entry=') ? 'filled' : 'blank'}`);
  execFileSync('pdftoppm', ['-png', '-r', '60', job.path, base]);
}
console.log(mend.printer.printed.map((p) => p.path).join('\n'));
await mend.close();
await browser.close();
