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
}

export interface StoredHeader {
  body: string;
  checksum: string;
}

const damaged = () =>
  new MendError('damaged-file', 'This workbook file is damaged and its key cannot be read. Nothing has been changed on disk.');

const wrapAad = (vaultId: string, kdf: KdfParams) =>
  `mend/key-wrap/v${FORMAT_VERSION}|${vaultId}|${kdf.algorithm}|${kdf.N}|${kdf.r}|${kdf.p}|${kdf.salt}`;

const checksumOf = (body: string) => createHash('sha256').update(body, 'utf8').digest('hex');

export function newVaultId(): string {
  return randomUUID();
}

export function buildHeader(vaultId: string, kdf: KdfParams, passphraseKey: Buffer, dataKey: Buffer): StoredHeader {
  const sealed = seal(passphraseKey, dataKey, wrapAad(vaultId, kdf));
  const body: HeaderBody = {
    format: FORMAT_VERSION,
    vaultId,
    kdf,
    wrappedKey: { nonce: sealed.nonce.toString('base64'), ciphertext: sealed.ciphertext.toString('base64') },
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
    typeof w.ciphertext === 'string';
  if (!wellFormed) throw damaged();
  return body;
}

/** Unwraps the data key; a failure here, with an intact header, means the passphrase is wrong. */
export function unwrapDataKey(body: HeaderBody, passphraseKey: Buffer): Buffer {
  try {
    return open(
      passphraseKey,
      { nonce: Buffer.from(body.wrappedKey.nonce, 'base64'), ciphertext: Buffer.from(body.wrappedKey.ciphertext, 'base64') },
      wrapAad(body.vaultId, body.kdf),
    );
  } catch {
    throw new MendError('wrong-passphrase', 'That passphrase does not open this workbook. Please check it and try again.');
  }
}
