// Preparing for a session feeds the counselor summary's note: the export screen's
// note starts from the newest preparation the partner wrote, unless they kept it
// private, and stays theirs to change.
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { SetupPage } from './pages/gate-pages.ts';

test('the summary’s note starts from the partner’s own preparation for the session, and not from a private one', async ({ app, mend }) => {
  await new SetupPage(app).create(PASSPHRASE);
  const journal = mend.services.vault.journal();
  journal.save({ exerciseId: 'session-prep-rebuilding', day: '2026-11-10', answers: { bringToSession: 'Fridays', forTheNote: 'How to answer the same question calmly.' } });
  const note = app.getByLabel('What I’d like to talk about next session');

  await app.evaluate(() => (location.hash = '#/export'));
  await expect(note).toHaveValue('How to answer the same question calmly.');
  await note.fill('My own words instead.');
  await expect(note).toHaveValue('My own words instead.');

  const newer = journal.save({ exerciseId: 'session-prep-rebuilding', day: '2026-11-20', answers: { bringToSession: 'Money', forTheNote: 'A private worry about money.' } });
  journal.setPrivate(newer.id, true);
  await app.evaluate(() => (location.hash = '#/'));
  await app.evaluate(() => (location.hash = '#/export'));
  await expect(note).toHaveValue('How to answer the same question calmly.');
});
