// The first start, as a person meets it: on one's own and as a couple, the
// safety step that can turn the exercises for two off, the passphrase's
// strength, and the offer of a first backup.
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { SetupPage } from './pages/gate-pages.ts';
import { ALEX, PartnerSetupForm, SAM } from './pages/partner-pages.ts';

test('on one’s own: the role chosen at the start puts that person’s exercises first', async ({ app }) => {
  await new SetupPage(app).create(PASSPHRASE, 'I was hurt');
  await expect(app.getByText('I was hurt. Change your role')).toBeVisible();
  await expect(app.getByRole('list', { name: 'Exercises for you' })).toContainText('What I need to feel safe again');
});

test('together: the safety step must be answered, and the couple exercises come first', async ({ app }) => {
  await new SetupPage(app).create(PASSPHRASE, 'We are doing this together');
  await expect(app.getByRole('list', { name: 'Exercises for you' })).toContainText('Weekly trust check-in');
  await expect(app.getByRole('list', { name: 'Exercises for you' })).not.toContainText('Owning it');
});

test('“it isn’t safe for us” turns the exercises for two off and keeps Mend open on one’s own', async ({ app }) => {
  const setup = new SetupPage(app);
  await setup.expectShown();
  await app.getByRole('button', { name: 'Begin' }).click();
  await app.getByRole('radio', { name: /together/ }).check();
  await app.getByRole('button', { name: 'Continue' }).click();
  await expect(app.getByText('National Domestic Violence Hotline')).toBeVisible();
  await expect(app.getByText('National Domestic Abuse Helpline')).toBeVisible();
  await app.getByRole('button', { name: 'It isn’t safe for us' }).click();
  await expect(app.getByText('The exercises for two stay off.')).toBeVisible();
  await expect(app.getByRole('radio', { name: /together/ })).toHaveCount(0);
  await app.getByRole('radio', { name: /I was hurt/ }).check();
  await app.getByRole('button', { name: 'Continue' }).click();
  await expect(app.getByRole('heading', { name: 'A note on safety' })).toBeVisible();
  await expect(app.getByText('You can skip this step.')).toBeVisible();
});

test('together and safe: the second partner’s step asks for each answer and a passphrase of their own, or can wait', async ({ app, mend }) => {
  const setup = new SetupPage(app);
  await setup.begin('We are doing this together');
  await expect(app.getByText('Step 4 of 6')).toBeVisible();
  await setup.fill(SAM.passphrase);
  await setup.submit();
  await setup.expectPartnerStep();
  await expect(app.getByText('A private space for each of you.')).toBeVisible();
  expect(mend.services.vault.exists(), 'nothing is created before the second partner’s step').toBe(false);
  await new PartnerSetupForm(app).showEachError('Set up Mend for the two of us', SAM, ALEX, false);
  await app.getByLabel('Your own passphrase', { exact: true }).fill('password');
  await expect(app.locator('.strength__label')).toHaveText('Very easy to guess');
  await setup.partnerLater();
  await setup.finish();
  expect(mend.services.vault.partners().forTwo).toBe(false);
});

test('the passphrase’s strength is shown as it is typed', async ({ app }) => {
  const setup = new SetupPage(app);
  await setup.begin();
  const passphrase = app.getByLabel('Passphrase', { exact: true });
  await passphrase.fill('password');
  await expect(app.locator('.strength__label')).toHaveText('Very easy to guess');
  await passphrase.fill('quiet river morning light lantern');
  await expect(app.locator('.strength__label')).toHaveText(/^(Strong|Very strong)$/);
});

test('the first backup can be made from the last step', async ({ app, mend }) => {
  const setup = new SetupPage(app);
  await setup.begin();
  await setup.fill(PASSPHRASE);
  await setup.submit();
  await app.getByRole('button', { name: 'Back up on this computer' }).click();
  await expect(app.getByText('A first backup is kept on this computer.')).toBeVisible();
  expect(mend.services.backups.list()).toHaveLength(1);
  await app.getByRole('button', { name: 'Go to my workbook' }).click();
  await expect(app.getByRole('heading', { name: 'Your workbook' })).toBeVisible();
});
