// A partner's identity: an Ed25519 signing key pair (their signature on what
// they write to the shared space and on what they confirm together) and an
// X25519 agreement key pair (for sealing a key to them: the shared key when
// another partner rotates it, and the envelopes exchanged between two computers).
// Both come from node:crypto, which Electron's BoringSSL backs too, so no
// library is added. A private half is kept as its 32-byte seed (RFC 8032 / RFC
// 7748) and made into a KeyObject through its standard PKCS#8 encoding; a
// public half is its 32 raw bytes, in SPKI for node:crypto.
import { createPrivateKey, createPublicKey, diffieHellman, randomBytes, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

export const SEED_BYTES = 32;
export const PUBLIC_BYTES = 32;
export const SIGNATURE_BYTES = 64;

type Curve = 'ed25519' | 'x25519';
// The fixed DER prefixes of a 32-byte OKP key (RFC 8410): PKCS#8 for a private half, SPKI for a public one.
const PKCS8_PREFIX: Record<Curve, Buffer> = {
  ed25519: Buffer.from('302e020100300506032b657004220420', 'hex'),
  x25519: Buffer.from('302e020100300506032b656e04220420', 'hex'),
};
const SPKI_PREFIX: Record<Curve, Buffer> = {
  ed25519: Buffer.from('302a300506032b6570032100', 'hex'),
  x25519: Buffer.from('302a300506032b656e032100', 'hex'),
};

/** A partner's private halves, as seeds (wiped on lock with the rest of their keys). */
export interface IdentitySeeds {
  sign: Buffer;
  agree: Buffer;
}

/** A partner's public halves, raw. */
export interface IdentityPublics {
  sign: Buffer;
  agree: Buffer;
}

/** Any 32 random bytes are a valid private key of either curve (RFC 8032 hashes the seed, RFC 7748 clamps the scalar). */
export function newIdentity(): IdentitySeeds {
  return { sign: randomBytes(SEED_BYTES), agree: randomBytes(SEED_BYTES) };
}

export function privateKeyOf(curve: Curve, seed: Buffer): KeyObject {
  const der = Buffer.concat([PKCS8_PREFIX[curve], seed]);
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
  }
}

export function publicKeyOf(curve: Curve, raw: Buffer): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX[curve], raw]), format: 'der', type: 'spki' });
}

function rawPublic(key: KeyObject): Buffer {
  const der = key.export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(der.length - PUBLIC_BYTES));
}

/** The public halves that belong to these seeds. */
export function publicsOf(seeds: IdentitySeeds): IdentityPublics {
  return {
    sign: rawPublic(createPublicKey(privateKeyOf('ed25519', seeds.sign))),
    agree: rawPublic(createPublicKey(privateKeyOf('x25519', seeds.agree))),
  };
}

export const samePublics = (a: IdentityPublics, b: IdentityPublics) => a.sign.equals(b.sign) && a.agree.equals(b.agree);

/** Ed25519 (pure, RFC 8032) over `message`. */
export function signWith(key: KeyObject, message: Buffer): Buffer {
  return sign(null, message, key);
}

export function verifyWith(key: KeyObject, message: Buffer, signature: Buffer): boolean {
  if (signature.length !== SIGNATURE_BYTES) return false;
  try {
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

/** X25519 (RFC 7748): the secret shared by a private and a public agreement key. The caller derives keys from it (HKDF) and wipes it. */
export function agree(mine: KeyObject, theirs: KeyObject): Buffer {
  return diffieHellman({ privateKey: mine, publicKey: theirs });
}

export function wipeSeeds(seeds: IdentitySeeds | null | undefined): void {
  seeds?.sign.fill(0);
  seeds?.agree.fill(0);
}
