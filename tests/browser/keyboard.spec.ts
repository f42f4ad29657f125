// Keyboard only, end to end: the first start, home, an exercise written and
// saved, and a blank worksheet saved as PDF, using nothing but page.keyboard
// (Tab, Shift+Tab, Enter, Space, arrow keys and typing). Locators only say
// which control should have focus; nothing is clicked or filled. Along the way,
// the focused control must always show its focus ring.
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { expectFocusVisible, tabTo } from './pages/keyboard.ts';

test('a whole first day can be done with the keyboard alone, with focus always visible', async ({ app, mend }) => {
  const kb = app.keyboard;
  const focused = () => app.locator(':focus');

  await test.step('welcome → Begin', async () => {
    await expect(app.getByRole('heading', { name: 'Welcome to Mend' })).toBeVisible();
    await tabTo(app, app.getByRole('button', { name: 'Begin' }));
    await expectFocusVisible(app, 'Begin');
    await kb.press('Enter');
    await expect(app.getByRole('heading', { name: 'Who will use this workbook?' })).toBeVisible();
  });

  await test.step('who: arrow keys move within the radio group', async () => {
    const rebuilding = app.getByRole('radio', { name: /I am rebuilding trust/ });
    const hurt = app.getByRole('radio', { name: /I was hurt/ });
    const together = app.getByRole('radio', { name: /We are doing this together/ });
    await tabTo(app, rebuilding);
    await expectFocusVisible(app, 'the first role');
    await kb.press('Space');
    await expect(rebuilding).toBeChecked();
    await kb.press('ArrowDown');
    await expect(hurt).toBeFocused();
    await expect(hurt).toBeChecked();
    await kb.press('ArrowDown');
    await expect(together).toBeChecked();
    await kb.press('ArrowUp');
    await kb.press('ArrowUp');
    await expect(rebuilding).toBeFocused();
    await expect(rebuilding).toBeChecked();
    // One Tab leaves the group for the next control.
    await kb.press('Tab');
    await expect(focused()).toHaveAccessibleName('Continue');
    await expectFocusVisible(app, 'Continue');
    await kb.press('Enter');
    await expect(app.getByRole('heading', { name: 'A note on safety' })).toBeVisible();
  });

  await test.step('safety → Continue', async () => {
    await tabTo(app, app.getByRole('button', { name: 'Continue' }));
    await kb.press('Enter');
    await expect(app.getByRole('heading', { name: 'Choose a passphrase' })).toBeVisible();
  });

  await test.step('passphrase, its confirmation and the checkbox', async () => {
    await tabTo(app, app.getByLabel('Passphrase', { exact: true }));
    await expectFocusVisible(app, 'the passphrase field');
    await kb.type(PASSPHRASE);
    await kb.press('Tab');
    await expect(focused()).toHaveAccessibleName('Type it again');
    await kb.type(PASSPHRASE);
    const understood = app.getByLabel('I understand that if I lose it');
    await tabTo(app, understood);
    await expectFocusVisible(app, 'the “I understand” checkbox');
    await kb.press('Space');
    await expect(understood).toBeChecked();
    await kb.press('Tab');
    await expect(focused()).toHaveAccessibleName('Create my workbook');
    await expectFocusVisible(app, 'Create my workbook');
    await kb.press('Enter');
    await expect(app.getByRole('heading', { name: 'Your workbook is ready' })).toBeVisible();
  });

  await test.step('backup offer: not now', async () => {
    await tabTo(app, app.getByRole('button', { name: 'Not now, go to my workbook' }));
    await expectFocusVisible(app, 'Not now');
    await kb.press('Enter');
    await expect(app.getByRole('heading', { name: 'Your workbook' })).toBeVisible();
  });

  await test.step('home → the next right thing', async () => {
    const card = app.getByRole('list', { name: /exercises/i }).getByRole('link', { name: /The next right thing/ });
    await tabTo(app, card);
    await expectFocusVisible(app, 'an exercise card on home');
    await kb.press('Enter');
    await expect(app.getByRole('heading', { level: 1, name: 'The next right thing, today' })).toBeVisible();
  });

  await test.step('write today’s right thing and see it saved', async () => {
    const today = app.getByRole('region', { name: /^Today/ });
    await tabTo(app, today.getByLabel('Today’s next right thing'));
    await expectFocusVisible(app, 'today’s answer');
    await kb.type('Be home for dinner at seven');
    await expect(today.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
  });

  await test.step('print options: open the <details> and save a blank worksheet as PDF', async () => {
    const summary = app.locator('details.print-controls > summary');
    await tabTo(app, summary);
    await expectFocusVisible(app, 'the “Print or save as PDF” summary');
    await kb.press('Enter');
    await expect(app.locator('details.print-controls')).toHaveJSProperty('open', true);
    await tabTo(app, app.getByRole('button', { name: 'Save blank as PDF' }));
    await expectFocusVisible(app, 'Save blank as PDF');
    await kb.press('Space');
    await expect(app.locator('.print-controls__message')).toHaveText(/^Saved as/, { timeout: 20_000 });
    expect(mend.printer.printed.map((job) => ({ route: job.route, target: job.target }))).toEqual([{ route: '#/print/worksheet/next-right-thing', target: 'pdf' }]);
  });
});
