// Finding whose passphrase was typed. The lock screen names nobody, so a typed
// passphrase is tried against every partner's slot at once: scrypt runs on
// libuv's thread pool, so two slots take about as long as one on two cores.
import type { DatabaseSync } from 'node:sqlite';
import { deriveKey } from '../crypto/kdf.ts';
import { readHeader } from './database.ts';
import { unwrapMemberKeys, wrongPassphrase } from './header.ts';
import type { HeaderBody, MemberSlot } from './header.ts';
import { wipeKeys } from './member-keys.ts';
import type { MemberKeys } from './member-keys.ts';

/** A slot opened with its passphrase: the keys, and the passphrase key (to seal the slot again, e.g. upgraded; the caller wipes it). */
export interface OpenedSlot {
  keys: MemberKeys;
  passphraseKey: Buffer;
}

async function openSlotKeepingKey(body: HeaderBody, slot: MemberSlot, passphrase: string): Promise<OpenedSlot | null> {
  const passphraseKey = await deriveKey(passphrase, slot.kdf);
  const keys = unwrapMemberKeys(body, slot, passphraseKey);
  if (keys) return { keys, passphraseKey };
  passphraseKey.fill(0);
  return null;
}

/** The slot's keys if the passphrase is this member's, else null. */
export async function openSlot(body: HeaderBody, slot: MemberSlot, passphrase: string): Promise<MemberKeys | null> {
  const opened = await openSlotKeepingKey(body, slot, passphrase);
  opened?.passphraseKey.fill(0);
  return opened?.keys ?? null;
}

/** Whichever partner's slot this passphrase opens, with its passphrase key; a wrong passphrase otherwise. */
export async function openAnySlotKeepingKey(body: HeaderBody, passphrase: string): Promise<OpenedSlot> {
  const opened = await Promise.all(body.members.map((slot) => openSlotKeepingKey(body, slot, passphrase)));
  const found = opened.find((o): o is OpenedSlot => o !== null);
  for (const o of opened) {
    if (o && o !== found) {
      wipeKeys(o.keys);
      o.passphraseKey.fill(0);
    }
  }
  if (!found) throw wrongPassphrase();
  return found;
}

/** The keys of whichever partner this passphrase belongs to; a wrong passphrase otherwise. */
export async function openAnySlot(body: HeaderBody, passphrase: string): Promise<MemberKeys> {
  const { keys, passphraseKey } = await openAnySlotKeepingKey(body, passphrase);
  passphraseKey.fill(0);
  return keys;
}

/** Checks that `passphrase` is the unlocked partner's own, against the slot in the file (not just the session); answers the header read. */
export async function confirmOwnPassphrase(db: DatabaseSync, keys: MemberKeys, passphrase: string): Promise<HeaderBody> {
  const body = readHeader(db);
  const mySlot = body.members.find((m) => m.id === keys.memberId);
  const confirmed = mySlot ? await openSlot(body, mySlot, passphrase) : null;
  if (!confirmed) throw wrongPassphrase();
  wipeKeys(confirmed);
  return body;
}
