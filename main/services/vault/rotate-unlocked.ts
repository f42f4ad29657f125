// Key changes made while the workbook stays open: the rotation (key-rotation.ts)
// and the once-only identity upgrade (identity-upgrade.ts), each followed by the
// open workbook taking the new keys (unlocked-workbook.ts).
import type { IdentityView } from './identity-check.ts';
import { upgradeIdentity } from './identity-upgrade.ts';
import { beginRotation, settleRotation } from './key-rotation.ts';
import type { SettleOptions, SlotSealing } from './key-rotation.ts';
import { markRotationStep } from './rotation-steps.ts';
import { readHeader } from './database.ts';
import { useKeys } from './unlocked-workbook.ts';
import type { UnlockedWorkbook } from './unlocked-workbook.ts';

/** What a key rotation's re-seal needs besides the workbook: the backups' folder, and where progress goes. */
export type RotationSettings = Pick<SettleOptions, 'backupsDir' | 'onProgress' | 'resealHelper'>;

/** Retires keys (key-rotation.ts): new private and shared keys under a new passphrase, or (`sealing` null) a new shared key. */
export async function rotateUnlocked(open: UnlockedWorkbook, sealing: SlotSealing | null, settings: RotationSettings, checkpoint: () => void): Promise<void> {
  markRotationStep('begin');
  useKeys(open, beginRotation(open.db, open.keys, sealing));
  await settleRotation(open.db, open.keys, { ...(sealing ? { sealing } : {}), ...settings, checkpoint });
  open.header = readHeader(open.db);
  markRotationStep('done');
}

/** Seals the unlocked partner's identity into their slot, once (identity-upgrade.ts). */
export function upgradeUnlocked(open: UnlockedWorkbook, passphraseKey: Buffer, identities: IdentityView): void {
  useKeys(open, upgradeIdentity(open.db, open.header, open.keys, passphraseKey, identities, open.journal));
}
