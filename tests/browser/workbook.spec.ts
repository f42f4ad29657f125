// The first path through the product: create a workbook, complete both
// exercises, lock, unlock and find everything again.
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { SetupPage, UnlockPage } from './pages/gate-pages.ts';
import { HomePage } from './pages/workbook-pages.ts';

test('first start asks for the passphrase twice and explains there is no recovery', async ({ app }) => {
  const setup = new SetupPage(app);
  await setup.begin();
  await expect(app.getByText('There is no way to recover this passphrase.')).toBeVisible();
  await setup.showEachPassphraseError(PASSPHRASE);
  await setup.fill(PASSPHRASE);
  await setup.submit();
  await expect(app.getByRole('heading', { name: 'Your workbook is ready' })).toBeVisible();
});

test('both exercises completed, locked, unlocked and found again', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const home = new HomePage(app);
  await expect(home.card('The next right thing')).toContainText('Today: not done yet');

  const nrt = await home.open('The next right thing, today');
  await expect(app.getByRole('heading', { name: 'Looking back, tonight or tomorrow' })).toHaveCount(0);
  await nrt.write('Today’s next right thing', 'Phone at six, as I said I would');
  await nrt.write('The wrong thing I will not do today', 'Stop at the bar on the way home');
  await expect(app.getByRole('heading', { name: 'Looking back, tonight or tomorrow' })).toBeVisible();
  await nrt.choose('Did I? (needed)', 'Yes');
  await nrt.write('What helped, or what got in the way', 'Setting an alarm helped.');
  await nrt.expectSaved();

  await home.goHome();
  await expect(home.card('The next right thing')).toContainText('Today: done');

  const letter = await home.open('Owning it: an apology without excuses');
  await letter.write('What I did', 'I lied to you for months, but I was stressed.');
  await expect(letter.apologyNotes()).toContainText('“but”');
  await expect(letter.apologyNotes()).toContainText('“I was stressed”');
  await letter.write('What I did', 'I lied to you for months about where I was.');
  await expect(letter.apologyNotes()).toHaveCount(0);
  await letter.write('What it cost you', 'You stopped feeling safe in your own home.');
  await letter.write('What I have changed', 'I see a counselor every week and share my calendar.');
  await letter.write('What I am not demanding', 'Forgiveness, or any timeline.');
  await letter.expectSaved();

  await home.goHome();
  await home.lock();
  const unlock = new UnlockPage(app);
  await unlock.expectShown();
  expect(mend.services.vault.isUnlocked).toBe(false);
  await expect(app.getByText('I lied to you')).toHaveCount(0);

  await unlock.unlock('not the passphrase');
  await expect(unlock.error()).toHaveText(/does not open this workbook/);
  await unlock.unlock(PASSPHRASE);
  await expect(app.getByText('Where you left off')).toBeVisible();

  const reopened = await home.open('Owning it: an apology without excuses');
  await expect(reopened.field('What I did')).toHaveValue('I lied to you for months about where I was.');
  await expect(reopened.field('What I am not demanding')).toHaveValue('Forgiveness, or any timeline.');
  await home.goHome();
  const day = await home.open('The next right thing, today');
  await expect(day.field('Today’s next right thing')).toHaveValue('Phone at six, as I said I would');
  await expect(app.getByRole('group', { name: 'Did I? (needed)' }).getByLabel('Yes', { exact: true })).toBeChecked();

  const stored = mend.services.vault.journal().list();
  expect(stored.map((e) => e.exerciseId).sort()).toEqual(['next-right-thing', 'owning-it']);
});

test('the lock shortcut and the menu command save the draft first, then lock', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const home = new HomePage(app);
  const letter = await home.open('Owning it: an apology without excuses');
  // Pressed straight after typing, before the autosave delay has passed.
  await letter.field('What I did').pressSequentially('Typed just before locking');
  await app.keyboard.press('Control+L');
  await new UnlockPage(app).expectShown();
  expect(mend.services.vault.isUnlocked).toBe(false);
  await new UnlockPage(app).unlock(PASSPHRASE);
  // Unlocking returns to the screen that was open.
  await expect(app.getByRole('heading', { level: 1, name: 'Owning it: an apology without excuses' })).toBeVisible();
  await expect(letter.field('What I did')).toHaveValue('Typed just before locking');

  await letter.field('What it cost you').fill('Written before the menu locked');
  await mend.emit(app, 'app:command', { command: 'lock' });
  await new UnlockPage(app).expectShown();
  await new UnlockPage(app).unlock(PASSPHRASE);
  await expect(letter.field('What it cost you')).toHaveValue('Written before the menu locked');
});

test('a draft survives the window closing mid-sentence', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const letter = await new HomePage(app).open('Owning it: an apology without excuses');
  await letter.field('What I did').pressSequentially('I broke a promise and');
  await app.close({ runBeforeUnload: true });
  await expect.poll(() => mend.services.vault.journal().list()[0]?.answers.whatIDid).toBe('I broke a promise and');

  const again = await mend.openPage();
  const reopened = await new HomePage(again).open('Owning it: an apology without excuses');
  await expect(reopened.field('What I did')).toHaveValue('I broke a promise and');
});

test('an over-long answer shows a message next to the field and is not saved', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const nrt = await new HomePage(app).open('The next right thing, today');
  await nrt.write('Today’s next right thing', 'Keep it short');
  await nrt.expectSaved();
  await nrt.field('Today’s next right thing').fill('x'.repeat(501));
  await expect(app.getByText('longer than 500 characters')).toBeVisible();
  await expect(nrt.field('Today’s next right thing')).toHaveAttribute('aria-invalid', 'true');
  await app.waitForTimeout(800);
  expect(mend.services.vault.journal().list()[0]?.answers.rightThing).toBe('Keep it short');
});
