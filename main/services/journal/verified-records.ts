// What a partner has already verified: checking every shared record's Ed25519
// signatures at each unlock cost about 125 µs a record (8x the unlock of a
// 10k-entry workbook for two, all shared). So each partner keeps the SHA-256
// digests of the shared records whose signatures they have verified, over
// (vault id, record id, the record's plaintext as it was parsed, its padding
// left out): a record whose text is byte for byte one they verified is not
// verified again; a new or changed one misses and is verified.
//
// The digest is over the plaintext, not the ciphertext, because the signatures
// are: what was verified is the text, and a text that verified once verifies
// again (same vault id, record id, bytes, and believed keys). So the set
// survives a re-seal (a passphrase change or a new shared key seals every row
// again, with a fresh nonce, under a new key; vault/reseal-in-slices.ts), and
// the first unlock after one does not check every signature again. The record's
// AES-GCM tag under a key we hold is checked before its text is read, so the
// text is what the row holds.
//
// The set is sealed with AES-256-GCM under that partner's private key (a value
// of their own in the settings table, sealed-settings.ts; a rotation seals it
// again under the successor key), so the other partner, who holds the shared key
// but not this one, can neither add a digest nor change one: the seal is the
// MAC. A replayed older set (from a backup) only holds texts this partner did
// verify. The set also carries a fingerprint of whom it believed (each public
// key, who had no identity yet, who is the first partner): when that changes,
// the whole set is dropped and everything is verified again. A digest is
// collision-resistant, so no other text can pass for a verified one.
//
// It is written when the workbook locks (opening writes nothing), and holds
// exactly the records that were believed at that opening. A digest is kept only
// for a record checked the way a cache hit is then read (its entry's JSON as
// signed, record-codec.ts's signedShared). Digests of v2 (over nonce and
// ciphertext) never match v3's: a v2 set is verified once again, then replaced.
import { createHash } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { z } from '../../../shared/zod.ts';
import { readSealed, writeSealed } from '../settings/sealed-settings.ts';
import type { Verifiers } from './record-proof.ts';

const DIGEST_BYTES = 32;
export const verifiedSettingName = (memberId: string) => `verified:${memberId}`;

const Stored = z.strictObject({ v: z.literal(1), believed: z.string(), digests: z.string() });

const SPACE = 0x20;

/**
 * The digest a verified record is remembered by: its plaintext as it opened, without the padding (trailing spaces,
 * record-codec.ts, which JSON ignores: a row padded again reads as the same record), in this vault, under this id.
 */
export function recordDigest(vaultId: string, id: string, plaintext: Uint8Array): string {
  let end = plaintext.length;
  while (end > 0 && plaintext[end - 1] === SPACE) end -= 1;
  return createHash('sha256').update(`mend/verified/v3|${vaultId}|${id}|`, 'utf8').update(plaintext.subarray(0, end)).digest('base64');
}

/** Whom the verifiers believe, as one value: a set made under other verifiers is not used. */
export function fingerprintOf(verifiers: Verifiers): string {
  const hash = createHash('sha256').update(`mend/believed/v1|${verifiers.firstMemberId}|${[...verifiers.legacy].sort().join(',')}`, 'utf8');
  for (const id of Object.keys(verifiers.publics).sort()) {
    hash.update(`|${id}|`, 'utf8').update(verifiers.publics[id]!.export({ format: 'der', type: 'spki' }));
  }
  return hash.digest('base64');
}

/** Where the set is kept: the partner's own sealed value, under their private space's key. */
export interface VerifiedPlace {
  db: DatabaseSync;
  vaultId: string;
  memberId: string;
  privateKey: Buffer | KeyObject;
}

/** The digests this partner verified under these verifiers; empty when none are kept, or they were made under others. */
export function readVerified(place: VerifiedPlace, verifiers: Verifiers): Set<string> {
  const stored = readSealed({ db: place.db, vaultId: place.vaultId }, place.privateKey, verifiedSettingName(place.memberId), Stored);
  if (!stored || stored.believed !== fingerprintOf(verifiers)) return new Set();
  const raw = Buffer.from(stored.digests, 'base64');
  const digests = new Set<string>();
  for (let at = 0; at + DIGEST_BYTES <= raw.length; at += DIGEST_BYTES) digests.add(raw.subarray(at, at + DIGEST_BYTES).toString('base64'));
  return digests;
}

/** Keeps `digests` (the shared records believed at this opening), unless they are what was kept already. */
export function writeVerified(place: VerifiedPlace, verifiers: Verifiers, digests: readonly string[], kept: ReadonlySet<string>): void {
  if (digests.length === kept.size && digests.every((d) => kept.has(d))) return;
  const raw = Buffer.concat(digests.map((d) => Buffer.from(d, 'base64')));
  writeSealed({ db: place.db, vaultId: place.vaultId }, place.privateKey, verifiedSettingName(place.memberId), { v: 1, believed: fingerprintOf(verifiers), digests: raw.toString('base64') });
}
