// The workbook header: which KDF settings and salt to use, and the data key
// wrapped under the passphrase key. The wrap's associated data covers the vault
// id and KDF settings (so they cannot be changed unnoticed); a checksum over the
// whole body tells accidental damage apart from a wrong passphrase.
import { createHash, randomUUID } from 'node:crypto';
import { MendError } from '../../../shared/contract/result.ts';
import { open, seal } from '../crypto/aead.ts';
import type { KdfParams } from '../crypto/kdf.ts';

export const FORMAT_VERSION = 1;

export interface HeaderBody {
  format: number;
  vaultId: string;
  kdf: KdfParams;
  wrappedKey: { nonce: string; ciphertext: string };
  /** A known value sealed under the data key, so a key from elsewhere (this device's keyring) can be checked. */
  keyCheck: { nonce: string; ciphertext: string };
}

export interface StoredHeader {
  body: string;
  checksum: string;
}

const damaged = () =>
  new MendError('damaged-file', 'This workbook file is damaged and its key cannot be read. Nothing has been changed on disk.');

const wrapAad = (vaultId: string, kdf: KdfParams) =>
  `mend/key-wrap/v${FORMAT_VERSION}|${vaultId}|${kdf.algorithm}|${kdf.N}|${kdf.r}|${kdf.p}|${kdf.salt}`;

const keyCheckAad = (vaultId: string) => `mend/key-check/v${FORMAT_VERSION}|${vaultId}`;
const KEY_CHECK_PLAINTEXT = Buffer.from('mend key check', 'utf8');
const b64 = (sealed: { nonce: Buffer; ciphertext: Buffer }) => ({ nonce: sealed.nonce.toString('base64'), ciphertext: sealed.ciphertext.toString('base64') });
const unb64 = (sealed: { nonce: string; ciphertext: string }) => ({ nonce: Buffer.from(sealed.nonce, 'base64'), ciphertext: Buffer.from(sealed.ciphertext, 'base64') });

const checksumOf = (body: string) => createHash('sha256').update(body, 'utf8').digest('hex');

export function newVaultId(): string {
  return randomUUID();
}

export function buildHeader(vaultId: string, kdf: KdfParams, passphraseKey: Buffer, dataKey: Buffer): StoredHeader {
  const body: HeaderBody = {
    format: FORMAT_VERSION,
    vaultId,
    kdf,
    wrappedKey: b64(seal(passphraseKey, dataKey, wrapAad(vaultId, kdf))),
    keyCheck: b64(seal(dataKey, KEY_CHECK_PLAINTEXT, keyCheckAad(vaultId))),
  };
  const text = JSON.stringify(body);
  return { body: text, checksum: checksumOf(text) };
}

/** Reads a stored header; any structural problem is a damaged file, never a wrong passphrase. */
export function parseHeader(stored: StoredHeader | undefined): HeaderBody {
  if (!stored || typeof stored.body !== 'string' || stored.checksum !== checksumOf(stored.body)) throw damaged();
  let body: HeaderBody;
  try {
    body = JSON.parse(stored.body) as HeaderBody;
  } catch {
    throw damaged();
  }
  const k = body?.kdf;
  const w = body?.wrappedKey;
  const wellFormed =
    body?.format === FORMAT_VERSION &&
    typeof body.vaultId === 'string' &&
    typeof k?.N === 'number' &&
    typeof k.r === 'number' &&
    typeof k.p === 'number' &&
    typeof k.salt === 'string' &&
    typeof w?.nonce === 'string' &&
    typeof w.ciphertext === 'string' &&
    typeof body.keyCheck?.nonce === 'string' &&
    typeof body.keyCheck.ciphertext === 'string';
  if (!wellFormed) throw damaged();
  return body;
}

/** Unwraps the data key; a failure here, with an intact header, means the passphrase is wrong. */
export function unwrapDataKey(body: HeaderBody, passphraseKey: Buffer): Buffer {
  try {
    return open(passphraseKey, unb64(body.wrappedKey), wrapAad(body.vaultId, body.kdf));
  } catch {
    throw new MendError('wrong-passphrase', 'That passphrase does not open this workbook. Please check it and try again.');
  }
}

/** True when `dataKey` is this workbook's data key (e.g. one kept in this device's keyring). */
export function isDataKeyOf(body: HeaderBody, dataKey: Buffer): boolean {
  try {
    return open(dataKey, unb64(body.keyCheck), keyCheckAad(body.vaultId)).equals(KEY_CHECK_PLAINTEXT);
  } catch {
    return false;
  }
}
