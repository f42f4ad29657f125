// A shared entry forged by the other partner (written with the shared key by a
// script, naming the unlocked partner as its writer), in the browser against the
// real services: the unlock notice says it does not carry that partner's
// signature and is not shown as anyone's words; the entry is nowhere on screen.
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures.ts';
import { UnlockPage } from './pages/gate-pages.ts';
import { writeSharedRaw } from '../unit/main/signed-records-kit.ts';

const PASS_A = 'first partner passphrase here';
const PASS_B = 'second partner passphrase here';

test('a shared entry that claims a writer without their signature is reported and not shown', async ({ app, mend }, testInfo) => {
  const { vault } = mend.services;
  await vault.create(PASS_A);
  await vault.addPartner({ currentPassphrase: PASS_A, partnerPassphrase: PASS_B, myName: 'Sam', partnerName: 'Alex', partnerRole: 'H' });
  const keysA = vault.copyKeys();
  const alex = vault.partners().partners.find((p) => p.id !== keysA.memberId)!.id;
  vault.lock();
  const at = '2026-11-20T10:00:00.000Z';
  writeSharedRaw(dirname(vault.path), keysA, {
    id: randomUUID(),
    exerciseId: 'owning-it',
    day: '2026-11-20',
    answers: { whatIDid: 'Words Alex never wrote' },
    visibility: 'shared',
    author: alex,
    createdAt: at,
    updatedAt: at,
  });
  await app.reload();
  await new UnlockPage(app).unlock(PASS_B);
  const notice = app.locator('.notice--warning');
  await expect(notice).toContainText('One shared entry does not carry the signature of the partner named on it');
  await expect(notice).toContainText('not shown as anyone’s words');
  await expect(app.getByText('Words Alex never wrote')).toHaveCount(0);
  await app.screenshot({ path: testInfo.outputPath('tampered-notice.png'), fullPage: true });
});
