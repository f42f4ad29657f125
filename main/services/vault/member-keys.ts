// One partner's key material: their private key (their "only me" entries) and
// the shared key (entries shared with the partner). A format-1 workbook's single
// data key is its owner's private key; such a workbook has no shared key until a
// partner is added.
import { randomBytes } from 'node:crypto';
import { MendError } from '../../../shared/contract/result.ts';

const KEY_BYTES = 32;

export interface MemberKeys {
  memberId: string;
  privateKey: Buffer;
  sharedKey: Buffer | null;
}

export function newKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** private key (32 bytes), then the shared key (32 bytes) when there is one. */
export function encodeKeyMaterial(keys: MemberKeys): Buffer {
  return Buffer.concat(keys.sharedKey ? [keys.privateKey, keys.sharedKey] : [keys.privateKey]);
}

export function decodeKeyMaterial(memberId: string, material: Buffer): MemberKeys {
  if (material.length !== KEY_BYTES && material.length !== 2 * KEY_BYTES) {
    throw new MendError('damaged-file', 'This workbook’s keys have the wrong size. The file may be damaged.');
  }
  return {
    memberId,
    privateKey: Buffer.from(material.subarray(0, KEY_BYTES)),
    sharedKey: material.length === 2 * KEY_BYTES ? Buffer.from(material.subarray(KEY_BYTES)) : null,
  };
}

export function copyKeys(keys: MemberKeys): MemberKeys {
  return { memberId: keys.memberId, privateKey: Buffer.from(keys.privateKey), sharedKey: keys.sharedKey ? Buffer.from(keys.sharedKey) : null };
}

export function wipeKeys(keys: MemberKeys): void {
  keys.privateKey.fill(0);
  keys.sharedKey?.fill(0);
}

/** For this device's keyring: the member id and both keys in one buffer. */
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
