// Issue 17, walked as people would: the hurt partner's first day (their own home,
// "nothing is owed", their track, the "right now" card), and the path for a partner
// who was abusive (their home, what changes, the ladder held by "They said no"),
// reached from the role question and from the lock-free safety screen. Each screen
// is checked with axe and photographed for a person to look at.
import type { Page, TestInfo } from '@playwright/test';
import { HURT_PARTNER_TRACK } from '../../shared/exercises/tracks.ts';
import { getExercise } from '../../shared/exercises/catalog.ts';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { audit, formatFindings, isBlocking } from './pages/appearance-kit.ts';
import type { AxeFinding } from './pages/appearance-kit.ts';
import { SetupPage } from './pages/gate-pages.ts';
import { HomePage } from './pages/workbook-pages.ts';

async function look(page: Page, testInfo: TestInfo, name: string, findings: AxeFinding[]) {
  findings.push(...(await audit(page, name, 'light')));
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

const goTo = (page: Page, hash: string) => page.evaluate((h) => { window.location.hash = h; }, hash);

test('the hurt partner’s first day: their own home, said plainly, their track first, and a right-now card one step away', async ({ app }, testInfo) => {
  const findings: AxeFinding[] = [];
  const setup = new SetupPage(app);
  await setup.expectShown();
  await expect(app.getByText('Forgiveness is yours to give or not, whenever and if ever you choose.')).toBeVisible();
  await look(app, testInfo, 'hurt-1-welcome', findings);
  await setup.create(PASSPHRASE, 'I was hurt');

  const owed = app.getByRole('region', { name: 'Nothing is owed' });
  await expect(owed).toContainText('You owe nothing: not forgiveness, not contact, not another chance.');
  await expect(owed).toContainText('Ending the relationship is a real choice');
  await expect(owed).toContainText('Mend works for you whichever you choose.');
  const mine = app.getByRole('list', { name: 'Exercises for you' }).locator('.exercise-card__title');
  await expect(mine.first()).toHaveText(getExercise(HURT_PARTNER_TRACK[0]).title);
  expect((await mine.allTextContents()).slice(0, HURT_PARTNER_TRACK.length)).toEqual(HURT_PARTNER_TRACK.map((id) => getExercise(id).title));
  await look(app, testInfo, 'hurt-2-home', findings);

  const home = new HomePage(app);
  const noticed = await home.open('What I have noticed');
  await noticed.write('What I noticed', 'The story about Tuesday did not add up.');
  await noticed.choose('How it seemed to me', 'A worrying sign');
  await noticed.expectSaved();
  await look(app, testInfo, 'hurt-3-noticed', findings);

  await home.goHome();
  const deciding = await home.open('Deciding, at my own pace');
  await expect(app.getByRole('group', { name: /Today, I am leaning towards/ })).toContainText('Ending the relationship');
  await deciding.choose('Today, I am leaning towards', 'I don’t know yet');
  await deciding.expectSaved();
  await look(app, testInfo, 'hurt-4-deciding', findings);

  await home.goHome();
  await app.getByRole('link', { name: 'A hard evening? Right now' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Right now' })).toBeVisible();
  await expect(app.getByLabel('What I will do for the next ten minutes')).toBeVisible();
  await look(app, testInfo, 'hurt-5-right-now', findings);

  expect(formatFindings(findings.filter(isBlocking)), 'serious or critical axe violations').toBe('');
});

test('the partner who was abusive: the role question leads to their own home, what changes, and a ladder that a “no” holds', async ({ app }, testInfo) => {
  const findings: AxeFinding[] = [];
  await new SetupPage(app).create(PASSPHRASE, 'I have been abusive or controlling');
  await expect(app.getByText('I have been abusive or controlling. Change your role')).toBeVisible();
  await expect(app.getByRole('region', { name: 'What changes for you' })).toContainText('Individual help comes first');
  const held = app.getByRole('list', { name: 'Held until your partner opens the door' });
  await expect(held).toContainText('Rebuilding contact, step by step');
  await expect(held).toContainText('Owning it');
  await expect(app.getByRole('list', { name: 'Exercises for you' })).not.toContainText('Rebuilding contact');
  await expect(app.getByRole('list', { name: 'Exercises for you' }).locator('.exercise-card__title').first()).toHaveText('The support I lean on');
  await look(app, testInfo, 'abusive-1-home', findings);

  await app.getByRole('link', { name: 'Read what changes, and where to find a programme' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'If you have been abusive or controlling' })).toBeVisible();
  await expect(app.getByText(/Respect Phone Line: 0808 802 4040/)).toBeVisible();
  await look(app, testInfo, 'abusive-2-path', findings);

  await goTo(app, '#/');
  await held.getByRole('link', { name: /Rebuilding contact/ }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Rebuilding contact, step by step' })).toBeVisible();
  await expect(app.getByRole('note')).toContainText('Held until your partner opens the door.');
  await app.getByLabel('My partner’s pace, in their words').fill('They asked me not to call.');
  await app.getByRole('button', { name: 'Add a step' }).click();
  await app.getByRole('button', { name: 'Add a step' }).click();
  await app.getByLabel('Step, step 1').fill('a message');
  await app.getByLabel('Step, step 2').fill('a coffee');
  await app.getByLabel('Where it stands, step 1').selectOption({ label: 'They said no' });
  const notice = app.locator('.ladder-pace');
  await expect(notice).toContainText('Your partner said no. The ladder stops here');
  await expect(notice).toContainText('On hold: step 2.');
  await expect(notice).toContainText('Respecting their no is the work now.');
  await app.getByLabel('Where it stands, step 1').selectOption({ label: 'Happened' });
  await expect(notice).toHaveCount(0);
  await app.getByLabel('Where it stands, step 1').selectOption({ label: 'They said no' });
  await expect(notice).toBeVisible();
  await look(app, testInfo, 'abusive-3-ladder-said-no', findings);

  expect(formatFindings(findings.filter(isBlocking)), 'serious or critical axe violations').toBe('');
});

test('locked: the safety screen has the right-now card and the way to the path for a partner who was abusive', async ({ app }, testInfo) => {
  const findings: AxeFinding[] = [];
  await new SetupPage(app).create(PASSPHRASE, 'I am rebuilding trust');
  await new HomePage(app).lock();
  await goTo(app, '#/safety');
  await expect(app.getByRole('heading', { level: 1, name: 'Safety and where to find help' })).toBeVisible();
  const card = app.getByRole('region', { name: 'Right now, for a hard evening' });
  await expect(card).toContainText('What I will do for the next ten minutes');
  await expect(app.getByText(/Samaritans: 116 123/)).toBeVisible();
  await expect(app.getByText(/stopping suddenly can be medically dangerous/)).toBeVisible();
  await look(app, testInfo, 'safety-1-locked', findings);
  await app.getByRole('link', { name: 'I have been abusive or controlling' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'If you have been abusive or controlling' })).toBeVisible();
  await look(app, testInfo, 'safety-2-path-locked', findings);
  expect(formatFindings(findings.filter(isBlocking)), 'serious or critical axe violations').toBe('');
});
