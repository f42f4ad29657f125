// One exercise of every kind the engine draws, completed in the browser against
// the real services: reflection, plan, self-letter, running log with a tally,
// daily check-in with a scale, ladder, weekly check-in for two, and an agreement
// both partners confirm. Plus the role question and what home puts first.
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { pdfText } from './harness/pdf.ts';
import { RolePage, SetupPage } from './pages/gate-pages.ts';
import { HomePage } from './pages/workbook-pages.ts';

test('a reflection and a plan keep their pages, and a new page keeps the old one', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const home = new HomePage(app);
  const stand = await home.open('Where I stand');
  await stand.write(/^What happened, in plain words/, 'I hid my drinking for a year.');
  await stand.write(/^What I have already stopped/, 'No drinking since the first of the month.');
  await stand.expectSaved();
  await app.getByRole('button', { name: 'Start a new page' }).click();
  await expect(app.getByRole('heading', { name: 'A new page' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Earlier pages' })).toContainText('I hid my drinking for a year.');

  await home.goHome();
  const plan = await home.open('Why it happened and what I have changed');
  await plan.write(/^Steps I have taken/, 'Weekly counseling; I closed the account.');
  await app.getByRole('button', { name: 'Add a situation' }).click();
  await plan.write('The situation, situation 1', 'Friday evenings alone');
  await plan.write('What I will do instead, situation 1', 'Go to the climbing gym');
  await plan.expectSaved();
  const saved = mend.services.vault.journal().list('what-i-changed')[0]!;
  expect(saved.answers.temptations ?? Object.values(saved.answers).find(Array.isArray)).toEqual([
    expect.objectContaining({ situation: 'Friday evenings alone' }),
  ]);
});

test('a running log keeps every entry and counts kept promises', async ({ app }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const home = new HomePage(app);
  const promises = await home.open('Promises kept');
  await promises.write(/^What I said I would do/, 'Pick up the children at four');
  await promises.choose('Did I keep it? (needed)', 'Kept');
  await promises.expectSaved();
  await app.getByRole('button', { name: 'Add another entry' }).click();
  await promises.write(/^What I said I would do/, 'Phone before nine');
  await promises.choose('Did I keep it? (needed)', 'Not kept');
  await promises.expectSaved();
  await expect(app.getByRole('region', { name: 'So far' })).toContainText('Kept 1 · Partly 0 · Not kept 1 · Not yet due 0');
  await expect(app.getByRole('region', { name: 'Your log', exact: true })).toContainText('Pick up the children at four');

  await home.goHome();
  await expect(home.card('Promises kept')).toContainText('2 entries');
});

test('a daily check-in with a scale, and a self-letter', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const home = new HomePage(app);
  const care = (await home.open('Caring for myself')).section(/^Today/);
  await app.getByRole('group', { name: /My mood today/ }).getByRole('radio', { name: '6', exact: true }).check();
  await care.write('One kind thing I did for myself', 'A long walk');
  await care.expectSaved();
  expect(mend.services.vault.journal().list('caring-for-myself')[0]?.answers.mood).toBe('6');

  await home.goHome();
  const letter = await home.open('Forgiving myself first');
  await letter.write(/^What I am finding hard to forgive in myself/, 'That I let it go on so long.');
  await letter.expectSaved();
});

test('a ladder of contact, at the partner’s pace', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE, 'We are doing this together');
  const home = new HomePage(app);
  const ladder = await home.open('Rebuilding contact, step by step');
  await expect(app.getByText('only for couples where both feel safe')).toBeVisible();
  await ladder.write(/^My partner’s pace, in their words/, 'Messages are fine; calls not yet.');
  for (let row = 0; row < 3; row++) await app.getByRole('button', { name: 'Add a step' }).click();
  await ladder.write('Step, step 1', 'A message');
  await ladder.write('Step, step 2', 'A phone call');
  await ladder.write('Step, step 3', 'A coffee');
  await app.getByLabel('Where it stands, step 1').selectOption({ label: 'Happened' });
  await app.getByRole('button', { name: 'Move step 3 up' }).click();
  await ladder.expectSaved();
  const rows = Object.values(mend.services.vault.journal().list('rebuilding-contact')[0]!.answers).find(Array.isArray) as Record<string, string>[];
  expect(rows.map((r) => Object.values(r).find((v) => v.startsWith('A ')))).toEqual(['A message', 'A coffee', 'A phone call']);
});

test('a weekly check-in for two, and an agreement both confirm, printed blank and filled', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE, 'We are doing this together');
  const home = new HomePage(app);
  await expect(app.getByRole('region', { name: 'Waiting for you today' })).toContainText('Weekly trust check-in');

  const checkIn = await home.open('Weekly trust check-in');
  await app.getByRole('region', { name: 'First partner' }).getByRole('group', { name: /Trust this week/ }).getByRole('radio', { name: '4', exact: true }).check();
  await app.getByRole('region', { name: 'Second partner' }).getByRole('group', { name: /Trust this week/ }).getByRole('radio', { name: '6', exact: true }).check();
  await checkIn.section('First partner').write('One win this week', 'We laughed at dinner');
  await checkIn.expectSaved();
  await home.goHome();
  await expect(home.card('Weekly trust check-in')).toContainText('This week: done');

  const agreement = await home.open('Our rebuilding agreement');
  await app.getByRole('button', { name: 'Add a commitment' }).click();
  await app.getByLabel('Who, commitment 1').selectOption({ label: 'I will' });
  await agreement.write('Commitment, commitment 1', 'Tell you if that person gets in touch');
  await app.getByLabel('First partner confirms: your name').fill('Sam');
  await app.getByRole('button', { name: 'I agree, confirm' }).first().click();
  await app.getByLabel('Second partner confirms: your name').fill('Alex');
  await app.getByRole('button', { name: 'I agree, confirm' }).click();
  await expect(app.getByText(/Confirmed by Alex on/)).toBeVisible();
  await agreement.expectSaved();

  await agreement.print('Save blank as PDF');
  const blank = pdfText(mend.printer.printed.at(-1)!.path);
  expect(blank).toContain('Our rebuilding agreement');
  expect(blank).toContain('First partner confirms');
  expect(blank).toContain('Name: Date:');
  expect(blank).not.toContain('Tell you if that person gets in touch');

  await agreement.print('Save filled as PDF');
  const filled = pdfText(mend.printer.printed.at(-1)!.path);
  expect(filled).toContain('Tell you if that person gets in touch');
  expect(filled).toMatch(/Confirmed by Sam on \w+/);
  expect(filled).toMatch(/Confirmed by Alex on \w+/);
});

test('the role decides what comes first, and can be changed', async ({ app }) => {
  await new SetupPage(app).create(PASSPHRASE, 'I was hurt');
  const forYou = app.getByRole('list', { name: 'Exercises for you' });
  // The hurt partner's own track comes first (issue 17); the exercises shared with others follow.
  await expect(forYou.getByRole('link').first()).toContainText('What I need to feel safe again');
  await expect(forYou).toContainText('No step too small');
  await expect(forYou).not.toContainText('Owning it');
  await expect(app.getByRole('list', { name: 'Other exercises' })).toContainText('Owning it');

  await app.getByRole('link', { name: 'Change your role' }).click();
  await new RolePage(app).choose('I am rebuilding trust');
  await expect(app.getByRole('list', { name: 'Exercises for you' })).toContainText('Owning it');
});
