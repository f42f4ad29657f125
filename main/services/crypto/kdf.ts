// Passphrase -> key-encryption key, with scrypt from node:crypto. It runs the
// same in Node and in Electron (BoringSSL has scrypt, not argon2), and the async
// call works on libuv's thread pool, so the main event loop is never blocked.
import { randomBytes, scrypt } from 'node:crypto';
import { MendError } from '../../../shared/contract/result.ts';

export interface KdfParams {
  algorithm: 'scrypt';
  N: number;
  r: number;
  p: number;
  /** base64 of 16 random bytes */
  salt: string;
}

/** DESIGN.md's floor: N >= 2^17, r = 8, p = 1. Weaker headers are refused. */
export const KDF_FLOOR = { N: 2 ** 17, r: 8, p: 1 } as const;
/**
 * A ceiling too: what Mend writes (newKdfParams), so a header edited to ask for a costlier derivation (an unlock
 * that takes a minute and gigabytes, only to fail) is refused before anything is derived. A later Mend that
 * writes costlier settings raises this with them; an older Mend then refuses its workbooks with this message.
 */
const KDF_CEILING = KDF_FLOOR;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

export function newKdfParams(): KdfParams {
  return { algorithm: 'scrypt', ...KDF_FLOOR, salt: randomBytes(SALT_BYTES).toString('base64') };
}

export function assertKdfParamsAcceptable(params: KdfParams): void {
  const { N, r, p } = params;
  const isPowerOfTwo = Number.isInteger(Math.log2(N));
  const saltBytes = Buffer.from(params.salt, 'base64').length;
  if (params.algorithm !== 'scrypt' || !isPowerOfTwo || saltBytes !== SALT_BYTES) {
    throw new MendError('damaged-file', 'This workbook’s key settings are not readable. The file may be damaged.');
  }
  if (N > KDF_CEILING.N || r > KDF_CEILING.r || p > KDF_CEILING.p) {
    throw new MendError(
      'damaged-file',
      'This workbook asks for a far slower key derivation than Mend ever writes, so Mend will not try it. The file was altered, or made by a newer Mend. Nothing has been changed on disk.',
    );
  }
  if (N < KDF_FLOOR.N || r < KDF_FLOOR.r || p < KDF_FLOOR.p) {
    throw new MendError(
      'damaged-file',
      'This workbook asks for key settings outside the safe range, so Mend will not open it. The file may have been altered.',
    );
  }
}

export function deriveKey(passphrase: string, params: KdfParams): Promise<Buffer> {
  assertKdfParamsAcceptable(params);
  const salt = Buffer.from(params.salt, 'base64');
  // NFC so the same passphrase typed through different input methods gives the same key.
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_BYTES, { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r }, (err, key) => {
      secret.fill(0);
      if (err) reject(err);
      else resolve(key);
    });
  });
}
