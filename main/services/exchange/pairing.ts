// Pairing: an invitation (a short text, or a small file holding the same text)
// with a partner's two public keys and a fresh nonce; the pairing id both
// computers compute from the two invitations; and the safety phrase both read
// aloud to each other, derived from both partners' public keys alone, in an
// order that does not depend on who invited whom (as Signal's safety numbers).
import { createHash, randomBytes } from 'node:crypto';
import { PUBLIC_BYTES } from '../crypto/identity.ts';
import type { IdentityPublics } from '../crypto/identity.ts';
import { PHRASE_WORDS } from './phrase-words.ts';

const PREFIX = 'mend-invite-1.';
const NONCE_BYTES = 16;
const CHECK_BYTES = 4;
const BODY_BYTES = 2 * PUBLIC_BYTES + NONCE_BYTES;
/** Eight words of eight bits: 64 bits, so matching a phrase with keys of one's own is out of reach. */
export const PHRASE_LENGTH = 8;

export interface Invitation {
  publics: IdentityPublics;
  nonce: Buffer;
}

export class InvitationError extends Error {}

const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const bodyOf = (inv: Invitation) => Buffer.concat([inv.publics.sign, inv.publics.agree, inv.nonce]);

export const newInvitation = (publics: IdentityPublics): Invitation => ({ publics, nonce: randomBytes(NONCE_BYTES) });

/** The text to paste or save: a prefix, the keys and nonce, and a 4-byte check so a mistyped paste is told apart from a wrong one. */
export function invitationText(inv: Invitation): string {
  const body = bodyOf(inv);
  return PREFIX + Buffer.concat([body, sha256(body).subarray(0, CHECK_BYTES)]).toString('base64url');
}

export function parseInvitation(text: string): Invitation {
  const trimmed = text.trim();
  if (!trimmed.startsWith(PREFIX)) throw new InvitationError('This is not a Mend invitation. Ask your partner to make one in Settings, “Mend on two computers”.');
  const raw = Buffer.from(trimmed.slice(PREFIX.length), 'base64url');
  const body = raw.subarray(0, BODY_BYTES);
  if (raw.length !== BODY_BYTES + CHECK_BYTES || !sha256(body).subarray(0, CHECK_BYTES).equals(raw.subarray(BODY_BYTES))) {
    throw new InvitationError('This invitation is incomplete or was changed on the way. Please copy it again, all of it.');
  }
  return {
    publics: { sign: Buffer.from(body.subarray(0, PUBLIC_BYTES)), agree: Buffer.from(body.subarray(PUBLIC_BYTES, 2 * PUBLIC_BYTES)) },
    nonce: Buffer.from(body.subarray(2 * PUBLIC_BYTES)),
  };
}

const ordered = (a: Buffer, b: Buffer) => (Buffer.compare(a, b) <= 0 ? [a, b] : [b, a]);

/** The same 32 bytes on both computers: both invitations, in byte order. A new pairing of the same two people has a new id. */
export function pairingId(mine: Invitation, theirs: Invitation): Buffer {
  return sha256(Buffer.from('mend/pairing/v1\0'), ...ordered(bodyOf(mine), bodyOf(theirs)));
}

/** Eight words from both partners' public keys, the same whoever computes it. */
export function safetyPhrase(a: IdentityPublics, b: IdentityPublics): string[] {
  const keysOf = (p: IdentityPublics) => Buffer.concat([p.sign, p.agree]);
  const digest = sha256(Buffer.from('mend/safety-phrase/v1\0'), ...ordered(keysOf(a), keysOf(b)));
  return [...digest.subarray(0, PHRASE_LENGTH)].map((byte) => PHRASE_WORDS[byte]!);
}
