// One partner's key material: their private key (their "only me" entries), the
// shared key (entries shared with the partner), their identity (the seeds of
// their Ed25519 signing and X25519 agreement keys, crypto/identity.ts) and,
// in a workbook for two, the other partner's public keys as this partner first
// saw them (a pin: a swapped public key in the header is then noticed).
//
// A format-1 workbook's single data key is its owner's private key; workbooks
// of formats 1 and 2 have no identity until their first unlock in format 3
// (vault/identity-upgrade.ts).
import { randomBytes } from 'node:crypto';
import { MendError } from '../../../shared/contract/result.ts';
import { PUBLIC_BYTES, SEED_BYTES, wipeSeeds } from '../crypto/identity.ts';
import type { IdentityPublics, IdentitySeeds } from '../crypto/identity.ts';

const KEY_BYTES = 32;

export interface MemberKeys {
  memberId: string;
  privateKey: Buffer;
  sharedKey: Buffer | null;
  /** Null only for a slot written before format 3, until its partner's first unlock upgrades it. */
  identity: IdentitySeeds | null;
  /** The other partner's public keys as pinned in this partner's slot (null alone, or before both were upgraded). */
  peer: IdentityPublics | null;
}

export function newKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

// Layouts by length: format 2 wrote the private key (32) and then the shared key (32) when there was one;
// format 3 writes private, shared, signing seed, agreement seed (128), then the peer's two public keys (192).
const LEGACY_SIZES = [KEY_BYTES, 2 * KEY_BYTES];
const IDENTITY_SIZE = 2 * KEY_BYTES + 2 * SEED_BYTES;
const PINNED_SIZE = IDENTITY_SIZE + 2 * PUBLIC_BYTES;

export function encodeKeyMaterial(keys: MemberKeys): Buffer {
  if (!keys.identity) return Buffer.concat(keys.sharedKey ? [keys.privateKey, keys.sharedKey] : [keys.privateKey]);
  if (!keys.sharedKey) throw new Error('a slot with an identity always holds the shared key');
  const parts = [keys.privateKey, keys.sharedKey, keys.identity.sign, keys.identity.agree];
  if (keys.peer) parts.push(keys.peer.sign, keys.peer.agree);
  return Buffer.concat(parts);
}

export function decodeKeyMaterial(memberId: string, material: Buffer): MemberKeys {
  const size = material.length;
  if (!LEGACY_SIZES.includes(size) && size !== IDENTITY_SIZE && size !== PINNED_SIZE) {
    throw new MendError('damaged-file', 'This workbook’s keys have the wrong size. The file may be damaged.');
  }
  const at = (i: number, n = KEY_BYTES) => Buffer.from(material.subarray(i, i + n));
  return {
    memberId,
    privateKey: at(0),
    sharedKey: size >= 2 * KEY_BYTES ? at(KEY_BYTES) : null,
    identity: size >= IDENTITY_SIZE ? { sign: at(2 * KEY_BYTES), agree: at(3 * KEY_BYTES) } : null,
    peer: size === PINNED_SIZE ? { sign: at(IDENTITY_SIZE), agree: at(IDENTITY_SIZE + PUBLIC_BYTES) } : null,
  };
}

export function copyKeys(keys: MemberKeys): MemberKeys {
  const copy = (b: Buffer) => Buffer.from(b);
  return {
    memberId: keys.memberId,
    privateKey: copy(keys.privateKey),
    sharedKey: keys.sharedKey ? copy(keys.sharedKey) : null,
    identity: keys.identity ? { sign: copy(keys.identity.sign), agree: copy(keys.identity.agree) } : null,
    peer: keys.peer ? { sign: copy(keys.peer.sign), agree: copy(keys.peer.agree) } : null,
  };
}

export function wipeKeys(keys: MemberKeys): void {
  keys.privateKey.fill(0);
  keys.sharedKey?.fill(0);
  wipeSeeds(keys.identity);
}

/** For this device's keyring: the member id and the key material in one buffer. */
export function serializeKeys(keys: MemberKeys): Buffer {
  const id = Buffer.from(keys.memberId, 'utf8');
  const material = encodeKeyMaterial(keys);
  try {
    return Buffer.concat([Buffer.from([id.length]), id, material]);
  } finally {
    material.fill(0);
  }
}

export function deserializeKeys(serialized: Buffer): MemberKeys {
  const idLength = serialized[0] ?? 0;
  if (serialized.length < 1 + idLength + KEY_BYTES) throw new MendError('wrong-passphrase', 'The key kept on this device is not readable.');
  return decodeKeyMaterial(serialized.subarray(1, 1 + idLength).toString('utf8'), serialized.subarray(1 + idLength));
}
