// Deleting an entry that the backups still hold, as the user meets it: the
// question says how many backups keep it and until when, offers to remove it
// from them too, and, ticked, takes it out of every backup in Mend's folder
// (main/services/backups/remove-from-backups.ts). Driven by the keyboard alone
// (the checkbox and both buttons reachable, focus visible); axe finds nothing
// serious on the question.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, PASSPHRASE, test } from './fixtures.ts';
import { blockingAxeFindings } from './pages/appearance-kit.ts';
import { SetupPage } from './pages/gate-pages.ts';
import { expectFocusVisible, tabTo } from './pages/keyboard.ts';

function ciphertextOf(file: string, id: string): Buffer | null {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const row = db.prepare('SELECT ciphertext FROM records WHERE id = ?').get(id) as { ciphertext: Uint8Array } | undefined;
    return row ? Buffer.from(row.ciphertext) : null;
  } finally {
    db.close();
  }
}

test('deleting an entry says where copies remain, and removes it from the backups when asked', async ({ app, mend }, testInfo) => {
  await new SetupPage(app).create(PASSPHRASE);
  const { vault, backups } = mend.services;
  const kept = vault.journal().save({ exerciseId: 'owning-it', day: '2026-11-19', answers: { whatIDid: 'Words that stay' } });
  const victim = vault.journal().save({ exerciseId: 'owning-it', day: '2026-11-20', answers: { whatIDid: 'Words to be gone from everywhere' } });
  await backups.create();
  await backups.create({ beforeRestore: true });
  const backupsDir = join(mend.dataDir, 'backups');
  const backupFiles = () => readdirSync(backupsDir).filter((n) => n.endsWith('.mend')).map((n) => join(backupsDir, n));
  const oldCiphertexts = backupFiles().map((f) => ciphertextOf(f, victim.id)).filter((c): c is Buffer => c !== null);
  const copies = backups.entryCopies(victim.id);
  expect(copies.rotating, 'the rotating backups hold the entry').toBeGreaterThanOrEqual(1);
  expect(copies.keptFromRestore).toBe(1);
  expect(oldCiphertexts.length).toBe(copies.rotating + copies.keptFromRestore);

  await app.evaluate((id) => {
    window.location.hash = `#/exercise/owning-it/entry/${id}`;
  }, victim.id);
  const start = app.getByRole('button', { name: 'Delete this entry…' });
  await tabTo(app, start);
  await expectFocusVisible(app, 'Delete this entry…');
  await app.keyboard.press('Enter');

  const dialog = app.getByRole('alertdialog', { name: 'Delete this entry for good? It cannot be brought back.' });
  const goneBy = await app.evaluate((iso) => new Date(iso).toLocaleDateString([], { weekday: 'long', day: 'numeric', month: 'long' }), copies.rotatingGoneBy!);
  const heldBy = copies.rotating === 1 ? 'One of the backups in Mend’s folder still holds it.' : `${copies.rotating} of the backups in Mend’s folder still hold it.`;
  await expect(dialog).toHaveAccessibleDescription(new RegExp(heldBy));
  await expect(dialog).toContainText(`${copies.rotating === 1 ? 'it' : 'the last'} would be gone by ${goneBy} at the soonest`);
  await expect(dialog).toContainText('A backup kept from before a restore also holds it, until you remove that backup in Settings.');
  await expect(dialog).toContainText('Encrypted copies saved outside Mend’s folder are not reached.');
  expect(await blockingAxeFindings(app, '.danger-zone'), 'serious axe findings on the question').toEqual([]);

  // Keyboard alone: "Keep it" has focus first; the checkbox and "Delete entry" are before it.
  const keep = dialog.getByRole('button', { name: 'Keep it', exact: true });
  const also = dialog.getByRole('checkbox', { name: 'Also remove it from the backups' });
  const del = dialog.getByRole('button', { name: 'Delete entry' });
  await expect(keep).toBeFocused();
  await expectFocusVisible(app, 'Keep it');
  await tabTo(app, also, { backwards: true });
  await expectFocusVisible(app, 'the checkbox');
  await app.keyboard.press('Space');
  await expect(also).toBeChecked();
  await app.screenshot({ path: testInfo.outputPath('delete-copies.png') });
  await tabTo(app, del);
  await expectFocusVisible(app, 'Delete entry');
  await app.keyboard.press('Enter');

  await expect(app.getByRole('heading', { level: 1, name: /Owning it/ })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: 'Removing it from the backups' })).toHaveCount(0);
  await expect(app.getByRole('alert')).toHaveCount(0);
  expect(vault.journal().list().map((e) => e.id)).toEqual([kept.id]);
  // A second look, as the question asks it: no backup holds the entry; the other entry stays in them.
  expect(backups.entryCopies(victim.id)).toEqual({ rotating: 0, rotatingGoneBy: null, keptFromRestore: 0 });
  expect(backups.entryCopies(kept.id)).toMatchObject({ rotating: copies.rotating, keptFromRestore: 1 });
  for (const file of backupFiles()) {
    const bytes = readFileSync(file);
    for (const c of oldCiphertexts) expect(bytes.includes(c), `${file} still holds the deleted entry's ciphertext`).toBe(false);
  }
});
