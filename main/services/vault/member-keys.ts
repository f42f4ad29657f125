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
  /**
   * Keys being retired by a rotation still under way (vault/key-rotation.ts): rows and settings
   * sealed under them are sealed again under the keys above, and then these are forgotten.
   */
  retiring?: RetiringKeys;
}

export interface RetiringKeys {
  privateKey: Buffer | null;
  sharedKey: Buffer | null;
}

export function newKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

// Layouts by length: format 2 wrote the private key (32) and then the shared key (32) when there was one;
// format 3 writes private, shared, signing seed, agreement seed (128), then the peer's two public keys (192).
const LEGACY_SIZES = [KEY_BYTES, 2 * KEY_BYTES];
const IDENTITY_SIZE = 2 * KEY_BYTES + 2 * SEED_BYTES;
const PINNED_SIZE = IDENTITY_SIZE + 2 * PUBLIC_BYTES;
// Format 4 writes a slot that holds retiring keys (a rotation under way) as a tagged layout: 'M', 4, a flags
// byte (peer, retiring private, retiring shared), then the fields present. Its lengths (3 + 32k) are never
// one of the layouts above, so neither is mistaken for the other.
const TAGGED = [0x4d, 4] as const;
const HAS_PEER = 1;
const HAS_OLD_PRIVATE = 2;
const HAS_OLD_SHARED = 4;

export function encodeKeyMaterial(keys: MemberKeys): Buffer {
  if (!keys.identity) return Buffer.concat(keys.sharedKey ? [keys.privateKey, keys.sharedKey] : [keys.privateKey]);
  if (!keys.sharedKey) throw new Error('a slot with an identity always holds the shared key');
  const parts = [keys.privateKey, keys.sharedKey, keys.identity.sign, keys.identity.agree];
  if (keys.peer) parts.push(keys.peer.sign, keys.peer.agree);
  const old = keys.retiring;
  if (!old || (!old.privateKey && !old.sharedKey)) return Buffer.concat(parts);
  if (old.privateKey) parts.push(old.privateKey);
  if (old.sharedKey) parts.push(old.sharedKey);
  const flags = (keys.peer ? HAS_PEER : 0) | (old.privateKey ? HAS_OLD_PRIVATE : 0) | (old.sharedKey ? HAS_OLD_SHARED : 0);
  return Buffer.concat([Buffer.from([...TAGGED, flags]), ...parts]);
}

function decodeTagged(memberId: string, material: Buffer): MemberKeys {
  const flags = material[2]!;
  const expected = 3 + IDENTITY_SIZE + (flags & HAS_PEER ? 2 * PUBLIC_BYTES : 0) + (flags & HAS_OLD_PRIVATE ? KEY_BYTES : 0) + (flags & HAS_OLD_SHARED ? KEY_BYTES : 0);
  if (material.length !== expected || flags > 7) throw new MendError('damaged-file', 'This workbook’s keys have the wrong size. The file may be damaged.');
  let at = 3;
  const take = (n = KEY_BYTES) => Buffer.from(material.subarray(at, (at += n)));
  const privateKey = take();
  const sharedKey = take();
  const identity = { sign: take(SEED_BYTES), agree: take(SEED_BYTES) };
  const peer = flags & HAS_PEER ? { sign: take(PUBLIC_BYTES), agree: take(PUBLIC_BYTES) } : null;
  const retiring = { privateKey: flags & HAS_OLD_PRIVATE ? take() : null, sharedKey: flags & HAS_OLD_SHARED ? take() : null };
  return { memberId, privateKey, sharedKey, identity, peer, retiring };
}

export function decodeKeyMaterial(memberId: string, material: Buffer): MemberKeys {
  const size = material.length;
  if (size > 3 && material[0] === TAGGED[0] && material[1] === TAGGED[1] && (size - 3) % KEY_BYTES === 0) return decodeTagged(memberId, material);
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
    ...(keys.retiring ? { retiring: { privateKey: keys.retiring.privateKey && copy(keys.retiring.privateKey), sharedKey: keys.retiring.sharedKey && copy(keys.retiring.sharedKey) } } : {}),
  };
}

export function wipeKeys(keys: MemberKeys): void {
  keys.privateKey.fill(0);
  keys.sharedKey?.fill(0);
  keys.retiring?.privateKey?.fill(0);
  keys.retiring?.sharedKey?.fill(0);
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
