// AES-256-GCM sealing with a fresh random 96-bit nonce per message and
// associated data that binds a ciphertext to where it belongs.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/**
 * A raw key, or a KeyObject made once with createSecretKey: Node re-prepares a raw
 * key on every call, which was a third of the time to open a large workbook.
 */
export type AeadKey = Buffer | KeyObject;

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export interface Sealed {
  nonce: Buffer;
  /** ciphertext followed by the 16-byte tag */
  ciphertext: Buffer;
}

export function seal(key: AeadKey, plaintext: Uint8Array, aad: string): Sealed {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { nonce, ciphertext: Buffer.concat([body, cipher.getAuthTag()]) };
}

/** Throws when the key is wrong or anything (nonce, ciphertext, tag, aad) was altered. */
export function open(key: AeadKey, sealed: Sealed, aad: string): Buffer {
  const { nonce, ciphertext } = sealed;
  if (nonce.length !== NONCE_BYTES || ciphertext.length < TAG_BYTES) throw new Error('sealed data has the wrong shape');
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - TAG_BYTES));
  const body = decipher.update(ciphertext.subarray(0, ciphertext.length - TAG_BYTES));
  const rest = decipher.final();
  // GCM's final() authenticates and returns nothing more: no need to copy the body into a new buffer.
  return rest.length === 0 ? body : Buffer.concat([body, rest]);
}
