// Sealing a small secret (a new shared key) to someone's X25519 public key, so
// it reaches a partner who is not at the keyboard. The construction is the
// Integrated Encryption Scheme shape that HPKE's base mode (RFC 9180) also has:
// a fresh ephemeral X25519 key pair per message, the Diffie-Hellman secret of
// that and the recipient's key (RFC 7748) run through HKDF-SHA256 (RFC 5869)
// with both public keys as salt and the context as info, and the result used
// once as an AES-256-GCM key (crypto/aead.ts, the AEAD used everywhere in Mend)
// with the context as associated data. It is not byte-compatible with RFC 9180
// (node:crypto has no HPKE, and nothing outside Mend reads these), and it does
// not say who sent it: the caller signs the envelope (vault/shared-key-envelope.ts).
import { createPublicKey, generateKeyPairSync, hkdfSync } from 'node:crypto';
import { open, seal } from './aead.ts';
import { agree, privateKeyOf, PUBLIC_BYTES, publicKeyOf } from './identity.ts';

export interface SealedToKey {
  /** The ephemeral public key, 32 raw bytes. */
  ephemeral: Buffer;
  nonce: Buffer;
  ciphertext: Buffer;
}

function rawPublicOf(der: Buffer): Buffer {
  return Buffer.from(der.subarray(der.length - PUBLIC_BYTES));
}

function keyOf(secret: Buffer, ephemeral: Buffer, recipient: Buffer, context: string): Buffer {
  try {
    return Buffer.from(hkdfSync('sha256', secret, Buffer.concat([ephemeral, recipient]), `mend/seal-to-key/v1|${context}`, 32));
  } finally {
    secret.fill(0);
  }
}

/** Seals `plaintext` so that only the holder of the X25519 private key behind `recipient` (32 raw bytes) opens it. */
export function sealToKey(recipient: Buffer, plaintext: Buffer, context: string): SealedToKey {
  const pair = generateKeyPairSync('x25519');
  const ephemeral = rawPublicOf(pair.publicKey.export({ format: 'der', type: 'spki' }));
  const key = keyOf(agree(pair.privateKey, publicKeyOf('x25519', recipient)), ephemeral, recipient, context);
  try {
    return { ephemeral, ...seal(key, plaintext, context) };
  } finally {
    key.fill(0);
  }
}

/** Opens what sealToKey sealed to the public key of `seed`; throws if it was not, or anything was altered. */
export function openSealedToKey(seed: Buffer, sealed: SealedToKey, context: string): Buffer {
  if (sealed.ephemeral.length !== PUBLIC_BYTES) throw new Error('sealed key has the wrong shape');
  const mine = privateKeyOf('x25519', seed);
  const recipient = rawPublicOf(createPublicKey(mine).export({ format: 'der', type: 'spki' }));
  const key = keyOf(agree(mine, publicKeyOf('x25519', sealed.ephemeral)), sealed.ephemeral, recipient, context);
  try {
    return open(key, sealed, context);
  } finally {
    key.fill(0);
  }
}
