// The keys a record can be sealed with, as the unlocked partner holds them: their
// own private space's and the shared space's. Each space also has a tag key, so
// a row can carry a tag that lets its holder recognise it (tag = HMAC of the row
// id) while, to anyone without that space's key, tags look random: the other
// partner cannot pick out which rows are someone's private entries.
import { createHmac, createSecretKey, hkdfSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { MemberKeys } from '../vault/member-keys.ts';
import type { Verifiers } from './record-proof.ts';

export const TAG_BYTES = 16;

export interface SpaceKey {
  /** AES-256-GCM key of the space (a KeyObject, made once per unlock). */
  key: KeyObject;
  tagKey: KeyObject;
}

export interface RecordKeys {
  mine: SpaceKey;
  /** Absent in a workbook made before workbooks for two, until a partner is added. */
  shared: SpaceKey | null;
  /** Whose signatures shared records must carry (a workbook for two); without them no record is checked. */
  verifiers?: Verifiers;
  /** Digests of the shared records this partner has verified before (verified-records.ts): not verified again. */
  verified?: ReadonlySet<string>;
}

export function spaceKeyOf(raw: Buffer): SpaceKey {
  const tagKey = Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'mend/record-tag/v1', 32));
  try {
    return { key: createSecretKey(raw), tagKey: createSecretKey(tagKey) };
  } finally {
    tagKey.fill(0);
  }
}

/** The keys for records; the shared space's only in a workbook for two (alone, nothing can be shared). */
export function recordKeysOf(keys: MemberKeys, forTwo: boolean, verifiers?: Verifiers): RecordKeys {
  const shared = forTwo && keys.sharedKey ? spaceKeyOf(keys.sharedKey) : null;
  return { mine: spaceKeyOf(keys.privateKey), shared, ...(shared && verifiers ? { verifiers } : {}) };
}

export function tagOf(space: SpaceKey, recordId: string): Buffer {
  return createHmac('sha256', space.tagKey).update(recordId, 'utf8').digest().subarray(0, TAG_BYTES);
}
