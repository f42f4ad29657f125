// Finding whose passphrase was typed. The lock screen names nobody, so a typed
// passphrase is tried against every partner's slot at once: scrypt runs on
// libuv's thread pool, so two slots take about as long as one on two cores.
import { deriveKey } from '../crypto/kdf.ts';
import { unwrapMemberKeys, wrongPassphrase } from './header.ts';
import type { HeaderBody, MemberSlot } from './header.ts';
import { wipeKeys } from './member-keys.ts';
import type { MemberKeys } from './member-keys.ts';

/** The slot's keys if the passphrase is this member's, else null. */
export async function openSlot(body: HeaderBody, slot: MemberSlot, passphrase: string): Promise<MemberKeys | null> {
  const passphraseKey = await deriveKey(passphrase, slot.kdf);
  try {
    return unwrapMemberKeys(body, slot, passphraseKey);
  } finally {
    passphraseKey.fill(0);
  }
}

/** The keys of whichever partner this passphrase belongs to; a wrong passphrase otherwise. */
export async function openAnySlot(body: HeaderBody, passphrase: string): Promise<MemberKeys> {
  const opened = await Promise.all(body.members.map((slot) => openSlot(body, slot, passphrase)));
  const found = opened.find((keys): keys is MemberKeys => keys !== null);
  for (const keys of opened) if (keys && keys !== found) wipeKeys(keys);
  if (!found) throw wrongPassphrase();
  return found;
}
