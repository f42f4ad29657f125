// HPKE (RFC 9180), base mode, single shot: DHKEM(X25519, HKDF-SHA256),
// HKDF-SHA256 and AES-256-GCM (suite 0x0020, 0x0001, 0x0002), over node:crypto
// (X25519, HMAC-SHA256 and AES-GCM, all in Electron's BoringSSL). No library is
// added for it: the RFC's construction is written out step by step below, with
// its labels, and tests/unit/exchange/hpke.test.ts checks it against the RFC's
// own test vector (appendix A.1, the same suite with AES-128-GCM, which this
// module also knows for that reason alone).
import { createCipheriv, createDecipheriv, createHmac, createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { agree, privateKeyOf, publicKeyOf, PUBLIC_BYTES } from '../crypto/identity.ts';

export type HpkeAead = 'aes-256-gcm' | 'aes-128-gcm';
const AEAD_ID: Record<HpkeAead, number> = { 'aes-128-gcm': 0x0001, 'aes-256-gcm': 0x0002 };
const KEY_BYTES: Record<HpkeAead, number> = { 'aes-128-gcm': 16, 'aes-256-gcm': 32 };
const KEM_ID = 0x0020;
const KDF_ID = 0x0001;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HASH_BYTES = 32;
const MODE_BASE = 0x00;

const i2osp = (value: number, length: number) => {
  const out = Buffer.alloc(length);
  out.writeUIntBE(value, 0, length);
  return out;
};
const VERSION_LABEL = Buffer.from('HPKE-v1');
const KEM_SUITE = Buffer.concat([Buffer.from('KEM'), i2osp(KEM_ID, 2)]);
const hpkeSuite = (aead: HpkeAead) => Buffer.concat([Buffer.from('HPKE'), i2osp(KEM_ID, 2), i2osp(KDF_ID, 2), i2osp(AEAD_ID[aead], 2)]);

/** HKDF-Extract (RFC 5869): HMAC-SHA256 keyed with the salt (an empty salt is HashLen zeros, which HMAC pads alike). */
const extract = (salt: Buffer, ikm: Buffer) => createHmac('sha256', salt).update(ikm).digest();

/** HKDF-Expand (RFC 5869). */
function expand(prk: Buffer, info: Buffer, length: number): Buffer {
  const blocks: Buffer[] = [];
  let previous = Buffer.alloc(0);
  for (let i = 1; blocks.length * HASH_BYTES < length; i += 1) {
    previous = createHmac('sha256', prk).update(Buffer.concat([previous, info, Buffer.from([i])])).digest();
    blocks.push(previous);
  }
  return Buffer.concat(blocks).subarray(0, length);
}

const labeledExtract = (suite: Buffer, salt: Buffer, label: string, ikm: Buffer) =>
  extract(salt, Buffer.concat([VERSION_LABEL, suite, Buffer.from(label), ikm]));
const labeledExpand = (suite: Buffer, prk: Buffer, label: string, info: Buffer, length: number) =>
  expand(prk, Buffer.concat([i2osp(length, 2), VERSION_LABEL, suite, Buffer.from(label), info]), length);

const EMPTY = Buffer.alloc(0);

/** DHKEM's ExtractAndExpand (RFC 9180 §4.1). */
function kemSharedSecret(dh: Buffer, enc: Buffer, recipientPublic: Buffer): Buffer {
  const prk = labeledExtract(KEM_SUITE, EMPTY, 'eae_prk', dh);
  return labeledExpand(KEM_SUITE, prk, 'shared_secret', Buffer.concat([enc, recipientPublic]), HASH_BYTES);
}

/** The key schedule of mode_base (RFC 9180 §5.1): psk and psk_id empty. */
function keySchedule(aead: HpkeAead, sharedSecret: Buffer, info: Buffer): { key: Buffer; nonce: Buffer } {
  const suite = hpkeSuite(aead);
  const pskIdHash = labeledExtract(suite, EMPTY, 'psk_id_hash', EMPTY);
  const infoHash = labeledExtract(suite, EMPTY, 'info_hash', info);
  const context = Buffer.concat([Buffer.from([MODE_BASE]), pskIdHash, infoHash]);
  const secret = labeledExtract(suite, sharedSecret, 'secret', EMPTY);
  // Sequence number 0 only (single shot), so the nonce is base_nonce itself.
  return { key: labeledExpand(suite, secret, 'key', context, KEY_BYTES[aead]), nonce: labeledExpand(suite, secret, 'base_nonce', context, NONCE_BYTES) };
}

const rawPublicOf = (key: KeyObject) => {
  const der = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(der.length - PUBLIC_BYTES));
};

export interface HpkeSealed {
  /** The encapsulated key: the sender's ephemeral X25519 public key, 32 bytes. */
  enc: Buffer;
  /** The ciphertext followed by its 16-byte tag. */
  ciphertext: Buffer;
}

export interface SealOptions {
  aead?: HpkeAead;
  /** Tests only: the ephemeral private key (the RFC's skEm), instead of a fresh one. */
  ephemeralSeed?: Buffer;
}

/** SealBase (RFC 9180 §6.1) to the recipient's raw X25519 public key. */
export function hpkeSeal(recipientPublic: Buffer, info: Buffer, aad: Buffer, plaintext: Buffer, options: SealOptions = {}): HpkeSealed {
  const aead = options.aead ?? 'aes-256-gcm';
  const ephemeral = options.ephemeralSeed ? privateKeyOf('x25519', options.ephemeralSeed) : generateKeyPairSync('x25519').privateKey;
  const enc = rawPublicOf(ephemeral);
  const dh = agree(ephemeral, publicKeyOf('x25519', recipientPublic));
  const shared = kemSharedSecret(dh, enc, recipientPublic);
  const { key, nonce } = keySchedule(aead, shared, info);
  const cipher = createCipheriv(aead, key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  for (const secret of [dh, shared, key]) secret.fill(0);
  return { enc, ciphertext };
}

/** OpenBase (RFC 9180 §6.1) with the recipient's X25519 seed; null when it does not open (not for this key, or altered). */
export function hpkeOpen(recipientSeed: Buffer, sealed: HpkeSealed, info: Buffer, aad: Buffer, options: { aead?: HpkeAead } = {}): Buffer | null {
  const aead = options.aead ?? 'aes-256-gcm';
  if (sealed.enc.length !== PUBLIC_BYTES || sealed.ciphertext.length < TAG_BYTES) return null;
  const mine = privateKeyOf('x25519', recipientSeed);
  let dh: Buffer;
  try {
    dh = agree(mine, publicKeyOf('x25519', sealed.enc));
  } catch {
    return null; // a low-order point: X25519 gives all zeros, which node:crypto refuses
  }
  const shared = kemSharedSecret(dh, sealed.enc, rawPublicOf(mine));
  const { key, nonce } = keySchedule(aead, shared, info);
  try {
    const decipher = createDecipheriv(aead, key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.ciphertext.subarray(sealed.ciphertext.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.ciphertext.subarray(0, sealed.ciphertext.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  } finally {
    for (const secret of [dh, shared, key]) secret.fill(0);
  }
}
