// A together session as the open workbook runs it (the session itself is
// together-session.ts): a partner joins with their own passphrase, the status
// names who has, and a save made meanwhile may sign as both.
import type { TogetherStatus } from '../../../shared/contract/channels.ts';
import { MendError } from '../../../shared/contract/result.ts';
import { privateKeyOf } from '../crypto/identity.ts';
import type { SaveContext } from '../journal/journal.ts';
import { wipeKeys } from './member-keys.ts';
import { openAnySlot } from './open-slot.ts';
import type { UnlockedWorkbook } from './unlocked-workbook.ts';

/** One partner confirms they are here, with their own passphrase; `stillOpen` tells whether the workbook was locked meanwhile. */
export async function joinTogether(open: UnlockedWorkbook, passphrase: string, stillOpen: () => boolean): Promise<TogetherStatus> {
  if (open.header.members.length !== 2) throw new MendError('invalid-request', 'Together sessions need a workbook set up for two.');
  const keys = await openAnySlot(open.header, passphrase);
  // Their signing key, for their confirmations, held only while the session lasts (a slot from before format 3 has none).
  const signing = keys.identity ? privateKeyOf('ed25519', keys.identity.sign) : undefined;
  wipeKeys(keys);
  if (!stillOpen()) throw new MendError('locked', 'The workbook was locked meanwhile.');
  open.together.confirm(keys.memberId, signing);
  return togetherStatusOf(open);
}

export function togetherStatusOf(open: UnlockedWorkbook): TogetherStatus {
  return { active: open.together.active, confirmed: open.together.confirmed.map((id) => ({ id, name: open.names[id] ?? 'Partner' })) };
}

/** What a save may sign: both partners while a together session is on. */
export function saveContextOf(open: UnlockedWorkbook): SaveContext {
  const signers = open.together.signers(open.names);
  return signers ? { together: signers, present: open.together.present() } : {};
}
