// The envelope (docs/EXCHANGE.md, format 1): one signed payload, encrypted to
// the partner and to the author's own key, padded to a size step.
//
//   "MENDENV1" | n = 2 | n × (HPKE enc 32 | HPKE-sealed content key 48) | nonce 12 | AES-256-GCM body
//   body, padded to a power of two (1 KiB … 1 MiB): u32 length | payload JSON | Ed25519 signature 64 | zeros
//
// The content key is random per envelope and sealed to each recipient with HPKE
// (hpke.ts); the body's associated data is everything before it, so no stanza
// can be swapped. The signature is inside the encryption (only the two partners
// can tell who wrote it) and covers the pairing id, so a payload cannot be
// re-sealed into another pairing. Nothing else is in the clear: no name, day,
// exercise or length beyond the step.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { privateKeyOf, publicKeyOf, signWith, SIGNATURE_BYTES, verifyWith } from '../crypto/identity.ts';
import { hpkeOpen, hpkeSeal } from './hpke.ts';
import { PayloadSchema, unb64 } from './payload.ts';
import type { Payload } from './payload.ts';
import { refuse } from './refusal.ts';

const MAGIC = Buffer.from('MENDENV1');
const RECIPIENTS = 2;
const ENC_BYTES = 32;
const CEK_BYTES = 32;
const TAG_BYTES = 16;
const STANZA_BYTES = ENC_BYTES + CEK_BYTES + TAG_BYTES;
const NONCE_BYTES = 12;
const HEADER_BYTES = MAGIC.length + 1 + RECIPIENTS * STANZA_BYTES + NONCE_BYTES;
export const MIN_STEP = 1024;
export const MAX_STEP = 1024 * 1024;
/** The largest file Mend writes; anything larger is refused before any work is done on it. */
export const MAX_ENVELOPE_BYTES = HEADER_BYTES + MAX_STEP + TAG_BYTES;
const HPKE_INFO = Buffer.from('mend/exchange/v1 content key');
const SIGNATURE_CONTEXT = Buffer.from('mend/exchange-sig/v1\0');

/** The smallest step that holds `length` bytes: 1 KiB, 2 KiB, 4 KiB … (so only the step shows, never the length). */
export function stepFor(length: number): number {
  let step = MIN_STEP;
  while (step < length) step *= 2;
  return step;
}

const validSize = (size: number) => {
  const body = size - HEADER_BYTES - TAG_BYTES;
  return body >= MIN_STEP && body <= MAX_STEP && (body & (body - 1)) === 0;
};

const signedMessage = (payloadBytes: Buffer) => Buffer.concat([SIGNATURE_CONTEXT, payloadBytes]);

/** Signs and seals a payload to the given X25519 public keys (the partner and the author). */
export function sealEnvelope(payload: Payload, signSeed: Buffer, recipients: readonly Buffer[]): Buffer {
  if (recipients.length !== RECIPIENTS) throw new Error('an envelope has exactly two recipients');
  const payloadBytes = Buffer.from(JSON.stringify(PayloadSchema.parse(payload)), 'utf8');
  const signature = signWith(privateKeyOf('ed25519', signSeed), signedMessage(payloadBytes));
  const used = 4 + payloadBytes.length + SIGNATURE_BYTES;
  if (used > MAX_STEP) throw new Error('too large to send');
  const inner = Buffer.alloc(stepFor(used));
  inner.writeUInt32BE(payloadBytes.length, 0);
  payloadBytes.copy(inner, 4);
  signature.copy(inner, 4 + payloadBytes.length);

  const cek = randomBytes(CEK_BYTES);
  // A random order, so neither stanza is known to be the author's.
  const order = randomBytes(1).readUInt8(0) & 1 ? [...recipients].reverse() : [...recipients];
  const stanzas = order.map((pub) => {
    const sealed = hpkeSeal(pub, HPKE_INFO, MAGIC, cek);
    return Buffer.concat([sealed.enc, sealed.ciphertext]);
  });
  const nonce = randomBytes(NONCE_BYTES);
  const header = Buffer.concat([MAGIC, Buffer.from([RECIPIENTS]), ...stanzas, nonce]);
  const cipher = createCipheriv('aes-256-gcm', cek, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(inner), cipher.final(), cipher.getAuthTag()]);
  cek.fill(0);
  inner.fill(0);
  return Buffer.concat([header, body]);
}

export interface OpenedEnvelope {
  payload: Payload;
  /** The payload exactly as signed, and its signature: kept with what is stored, so it can be verified again. */
  payloadBytes: Buffer;
  signature: Buffer;
}

function contentKey(bytes: Buffer, agreeSeed: Buffer): Buffer | null {
  for (let i = 0; i < RECIPIENTS; i += 1) {
    const at = MAGIC.length + 1 + i * STANZA_BYTES;
    const enc = bytes.subarray(at, at + ENC_BYTES);
    const ciphertext = bytes.subarray(at + ENC_BYTES, at + STANZA_BYTES);
    const cek = hpkeOpen(agreeSeed, { enc, ciphertext }, HPKE_INFO, MAGIC);
    if (cek?.length === CEK_BYTES) return cek;
  }
  return null;
}

/**
 * Decrypts with this partner's X25519 seed and reads the payload; throws an EnvelopeRefusal.
 * Whose signature it bears is for the caller to check against the pairing (verifyEnvelope).
 */
export function openEnvelope(bytes: Buffer, agreeSeed: Buffer): OpenedEnvelope {
  if (bytes.length > MAX_ENVELOPE_BYTES) refuse('oversized');
  if (bytes.length < HEADER_BYTES + MIN_STEP + TAG_BYTES) refuse('truncated');
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC) || bytes[MAGIC.length] !== RECIPIENTS) refuse('malformed');
  if (!validSize(bytes.length)) refuse('truncated');
  const cek = contentKey(bytes, agreeSeed) ?? refuse('not-for-us');
  let inner: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', cek, bytes.subarray(HEADER_BYTES - NONCE_BYTES, HEADER_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(bytes.subarray(0, HEADER_BYTES));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    inner = Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return refuse('tampered');
  } finally {
    cek.fill(0);
  }
  const length = inner.readUInt32BE(0);
  const end = 4 + length + SIGNATURE_BYTES;
  if (end > inner.length || inner.subarray(end).some((b) => b !== 0)) refuse('malformed');
  const payloadBytes = Buffer.from(inner.subarray(4, 4 + length));
  const signature = Buffer.from(inner.subarray(4 + length, end));
  let parsed: unknown;
  try {
    parsed = JSON.parse(payloadBytes.toString('utf8'));
  } catch {
    return refuse('malformed');
  }
  const payload = PayloadSchema.safeParse(parsed);
  if (!payload.success) refuse('malformed');
  return { payload: payload.data!, payloadBytes, signature };
}

/** Whether the payload was signed by this Ed25519 public key (raw) and names it as its author. */
export function verifyEnvelope(opened: Pick<OpenedEnvelope, 'payloadBytes' | 'signature' | 'payload'>, signPublic: Buffer): boolean {
  if (!unb64(opened.payload.author).equals(signPublic)) return false;
  return verifyWith(publicKeyOf('ed25519', signPublic), signedMessage(opened.payloadBytes), opened.signature);
}
