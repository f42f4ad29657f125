// The workbook header: one slot per partner. A slot holds that partner's KDF
// settings and salt, their key material (their private key and the shared key)
// wrapped under their passphrase key, and a key check. Each wrap's associated
// data covers the vault id, the member id and the KDF settings (so none can be
// changed unnoticed); a checksum over the whole body tells accidental damage
// apart from a wrong passphrase.
//
// Format 3 adds each partner's identity: the public halves of their signing and
// agreement keys sit in their slot in the clear (`identity`), the private halves
// inside the wrapped key material. They are bound, not just listed: at unlock a
// partner's own public keys are derived from their sealed seeds and compared with
// the header's, and the other partner's with the pin sealed in their own slot
// (vault/identity-check.ts), so a public key swapped in the file is noticed.
// A slot written before format 3 has no identity until its partner's first
// unlock (vault/identity-upgrade.ts).
//
// Format 4 adds key rotation (vault/key-rotation.ts): a slot may carry a new
// shared key sealed to its partner's agreement key by the other partner
// (`sharedKey`, vault/shared-key-envelope.ts), and its wrapped material may hold
// the keys a rotation under way is retiring (member-keys.ts). Slots are wrapped
// as in formats 2 and 3, so a format-3 header opens as it is and is written as
// format 4 at its next change.
//
// Format 1 (before workbooks for two) had a single data key and no member id; it
// is read as one slot whose private key is that data key and which has no shared
// key yet. Format 2 had no identities.
//
// Format 5 adds the manifest of the records (journal/manifest.ts): a slot may
// carry `manifest`, a marker sealed under its partner's private key saying that
// their private space (and the shared space, if `shared`) has a sealed manifest,
// so a manifest deleted from the file is noticed, not taken for a workbook not
// upgraded yet. Only the slot's partner can write it. A format-4 header opens as
// it is; anything written now is format 5.
import { createHash, randomUUID } from 'node:crypto';
import { MendError } from '../../../shared/contract/result.ts';
import { open, seal } from '../crypto/aead.ts';
import { PUBLIC_BYTES, publicsOf } from '../crypto/identity.ts';
import type { IdentityPublics } from '../crypto/identity.ts';
import type { KdfParams } from '../crypto/kdf.ts';
import { decodeKeyMaterial, encodeKeyMaterial } from './member-keys.ts';
import type { MemberKeys } from './member-keys.ts';

export const FORMAT_VERSION = 5;
/** The member id a format-1 workbook's only slot is read as. */
export const LEGACY_MEMBER_ID = 'owner';

type B64Sealed = { nonce: string; ciphertext: string };

export interface MemberSlot {
  id: string;
  kdf: KdfParams;
  wrapped: B64Sealed;
  /** A known value sealed under the member's private key, so a key from elsewhere (this device's keyring) can be checked. */
  keyCheck: B64Sealed;
  /** The partner's public keys (base64 of 32 raw bytes each); absent until the slot is upgraded to format 3. */
  identity?: { sign: string; agree: string };
  /** A new shared key sealed to this partner by the other one, taken into this slot at this partner's next unlock (format 4). */
  sharedKey?: SharedKeyEnvelope;
  /** Format 5: sealed under the partner's private key, their spaces carry a manifest (manifestMarkerOf). */
  manifest?: B64Sealed;
}

/** Base64 fields of a shared key sealed to a partner's agreement key and signed by its sender (shared-key-envelope.ts). */
export interface SharedKeyEnvelope {
  from: string;
  ephemeral: string;
  nonce: string;
  ciphertext: string;
  signature: string;
}

export type HeaderFormat = 1 | 2 | 3 | 4 | 5;

export interface HeaderBody {
  /** The format the stored header was written in (1 to 4 are read, 5 is written). */
  format: HeaderFormat;
  vaultId: string;
  members: MemberSlot[];
}

interface StoredBodyV1 {
  format: 1;
  vaultId: string;
  kdf: KdfParams;
  wrappedKey: B64Sealed;
  keyCheck: B64Sealed;
}

export interface StoredHeader {
  body: string;
  checksum: string;
}

const damaged = () =>
  new MendError('damaged-file', 'This workbook file is damaged and its key cannot be read. Nothing has been changed on disk.');

const kdfAad = (kdf: KdfParams) => `${kdf.algorithm}|${kdf.N}|${kdf.r}|${kdf.p}|${kdf.salt}`;
// Formats 3 and 4 wrap a slot as format 2 did (a slot of format 2 stays valid in a later header until it is upgraded).
const wrapAad = (format: HeaderFormat, vaultId: string, slot: Pick<MemberSlot, 'id' | 'kdf'>) =>
  format === 1 ? `mend/key-wrap/v1|${vaultId}|${kdfAad(slot.kdf)}` : `mend/key-wrap/v2|${vaultId}|${slot.id}|${kdfAad(slot.kdf)}`;
const keyCheckAad = (format: HeaderFormat, vaultId: string, memberId: string) =>
  format === 1 ? `mend/key-check/v1|${vaultId}` : `mend/key-check/v2|${vaultId}|${memberId}`;

const KEY_CHECK_PLAINTEXT = Buffer.from('mend key check', 'utf8');
const b64 = (sealed: { nonce: Buffer; ciphertext: Buffer }) => ({ nonce: sealed.nonce.toString('base64'), ciphertext: sealed.ciphertext.toString('base64') });
const unb64 = (sealed: B64Sealed) => ({ nonce: Buffer.from(sealed.nonce, 'base64'), ciphertext: Buffer.from(sealed.ciphertext, 'base64') });
const isSealed = (s: unknown): s is B64Sealed =>
  typeof (s as B64Sealed)?.nonce === 'string' && typeof (s as B64Sealed).ciphertext === 'string';
const isKdf = (k: unknown): k is KdfParams =>
  typeof (k as KdfParams)?.N === 'number' && typeof (k as KdfParams).r === 'number' && typeof (k as KdfParams).p === 'number' && typeof (k as KdfParams).salt === 'string';

const isEnvelope = (e: unknown) =>
  e === undefined || ['from', 'ephemeral', 'nonce', 'ciphertext', 'signature'].every((k) => typeof (e as Record<string, unknown>)?.[k] === 'string');

const NONCE_BYTES = 12;
const GCM_TAG_BYTES = 16;
/** Key material sizes (member-keys.ts): private, private + shared, + identity seeds, + the peer's pin; or the tagged layout 3 + 32k. */
const MATERIAL_SIZES = new Set([32, 64, 128, 192]);
const bytesOf = (b64: string) => Buffer.from(b64, 'base64').length;
const isMaterialSize = (n: number) => MATERIAL_SIZES.has(n) || (n >= 3 + 128 && (n - 3) % 32 === 0);
/**
 * Whether a slot's sealed values have the lengths Mend writes. Checked before any key is derived, so a header
 * edited to other lengths (its checksum recomputed) says it is damaged rather than "wrong passphrase".
 */
const hasSealedLengths = (m: MemberSlot) =>
  bytesOf(m.wrapped.nonce) === NONCE_BYTES &&
  isMaterialSize(bytesOf(m.wrapped.ciphertext) - GCM_TAG_BYTES) &&
  bytesOf(m.keyCheck.nonce) === NONCE_BYTES &&
  bytesOf(m.keyCheck.ciphertext) === KEY_CHECK_PLAINTEXT.length + GCM_TAG_BYTES &&
  (m.manifest === undefined || (bytesOf(m.manifest.nonce) === NONCE_BYTES && bytesOf(m.manifest.ciphertext) > GCM_TAG_BYTES));

const wrongLengths = () =>
  new MendError('damaged-file', 'The keys in this workbook’s header do not have the lengths Mend writes: the file was damaged or altered. Nothing has been changed on disk.');

const checksumOf = (body: string) => createHash('sha256').update(body, 'utf8').digest('hex');

export function newVaultId(): string {
  return randomUUID();
}

export function newMemberId(): string {
  return randomUUID();
}

/** What a slot's manifest marker says: the partner's private space has a manifest, and the shared space too if `shared`. */
export interface ManifestMarker {
  shared: boolean;
}

const markerAad = (vaultId: string, memberId: string) => `mend/manifest-marker/v1|${vaultId}|${memberId}`;

export function sealManifestMarker(vaultId: string, keys: Pick<MemberKeys, 'memberId' | 'privateKey'>, marker: ManifestMarker): B64Sealed {
  return b64(seal(keys.privateKey, Buffer.from(JSON.stringify({ shared: marker.shared }), 'utf8'), markerAad(vaultId, keys.memberId)));
}

/** The marker of a slot, opened with its partner's private key; null if it has none (or one that does not open: not theirs). */
export function manifestMarkerOf(vaultId: string, slot: MemberSlot, privateKey: Buffer): ManifestMarker | null {
  if (!slot.manifest) return null;
  try {
    const value = JSON.parse(open(privateKey, unb64(slot.manifest), markerAad(vaultId, slot.id)).toString('utf8')) as unknown;
    return { shared: (value as { shared?: unknown })?.shared === true };
  } catch {
    return null;
  }
}

/**
 * One partner's slot: their key material wrapped under the key derived from their passphrase.
 * `marker`: the manifest marker to seal into it (a slot sealed again keeps what its old one said).
 */
export function sealMemberSlot(vaultId: string, kdf: KdfParams, passphraseKey: Buffer, keys: MemberKeys, marker?: ManifestMarker | null): MemberSlot {
  const material = encodeKeyMaterial(keys);
  try {
    return {
      id: keys.memberId,
      kdf,
      wrapped: b64(seal(passphraseKey, material, wrapAad(2, vaultId, { id: keys.memberId, kdf }))),
      keyCheck: b64(seal(keys.privateKey, KEY_CHECK_PLAINTEXT, keyCheckAad(2, vaultId, keys.memberId))),
      ...(keys.identity ? { identity: publicIdentity(publicsOf(keys.identity)) } : {}),
      ...(marker ? { manifest: sealManifestMarker(vaultId, keys, marker) } : {}),
    };
  } finally {
    material.fill(0);
  }
}

export const publicIdentity = (publics: IdentityPublics) => ({ sign: publics.sign.toString('base64'), agree: publics.agree.toString('base64') });

/** A slot's published public keys, or null before its partner's first unlock in format 3 (or when they are not keys). */
export function slotPublics(slot: MemberSlot): IdentityPublics | null {
  if (!slot.identity) return null;
  const sign = Buffer.from(slot.identity.sign, 'base64');
  const agree = Buffer.from(slot.identity.agree, 'base64');
  return sign.length === PUBLIC_BYTES && agree.length === PUBLIC_BYTES ? { sign, agree } : null;
}

/** A header of today's format holding these slots; an older header is rewritten whole whenever it changes. */
export function buildHeader(vaultId: string, members: MemberSlot[]): StoredHeader {
  const body: Omit<HeaderBody, 'format'> & { format: typeof FORMAT_VERSION } = { format: FORMAT_VERSION, vaultId, members };
  const text = JSON.stringify(body);
  return { body: text, checksum: checksumOf(text) };
}

/** Reads a stored header; any structural problem is a damaged file, never a wrong passphrase. */
export function parseHeader(stored: StoredHeader | undefined): HeaderBody {
  if (!stored || typeof stored.body !== 'string' || stored.checksum !== checksumOf(stored.body)) throw damaged();
  let raw: unknown;
  try {
    raw = JSON.parse(stored.body);
  } catch {
    throw damaged();
  }
  const body = raw as Partial<HeaderBody> & Partial<StoredBodyV1>;
  if (typeof body?.vaultId !== 'string') throw damaged();
  if (body.format === 1) {
    if (!isKdf(body.kdf) || !isSealed(body.wrappedKey) || !isSealed(body.keyCheck)) throw damaged();
    const slot = { id: LEGACY_MEMBER_ID, kdf: body.kdf, wrapped: body.wrappedKey, keyCheck: body.keyCheck };
    if (!hasSealedLengths(slot)) throw wrongLengths();
    return { format: 1, vaultId: body.vaultId, members: [slot] };
  }
  const members = body.members;
  const format = (body as { format?: unknown }).format;
  const isIdentity = (i: unknown) => i === undefined || (typeof (i as { sign?: unknown })?.sign === 'string' && typeof (i as { agree?: unknown }).agree === 'string');
  const wellFormed =
    (format === 2 || format === 3 || format === 4 || format === FORMAT_VERSION) &&
    Array.isArray(members) &&
    members.length >= 1 &&
    members.length <= 2 &&
    members.every((m) => typeof m?.id === 'string' && isKdf(m.kdf) && isSealed(m.wrapped) && isSealed(m.keyCheck) && isIdentity(m.identity) && (format !== 2 || m.identity === undefined) && isEnvelope(m.sharedKey) && ((format as number) >= 4 || m.sharedKey === undefined) && (m.manifest === undefined || (format === FORMAT_VERSION && isSealed(m.manifest)))) &&
    new Set(members.map((m) => m.id)).size === members.length;
  if (!wellFormed) throw damaged();
  if (!(members as MemberSlot[]).every(hasSealedLengths)) throw wrongLengths();
  return { format: format as 2 | 3 | 4 | 5, vaultId: body.vaultId, members: members as MemberSlot[] };
}

/** Opens one slot; a failure here, with an intact header, means the passphrase is not this member's. */
export function unwrapMemberKeys(body: HeaderBody, slot: MemberSlot, passphraseKey: Buffer): MemberKeys | null {
  let material: Buffer;
  try {
    material = open(passphraseKey, unb64(slot.wrapped), wrapAad(body.format, body.vaultId, slot));
  } catch {
    return null;
  }
  try {
    return decodeKeyMaterial(slot.id, material);
  } finally {
    material.fill(0);
  }
}

export const wrongPassphrase = () =>
  new MendError('wrong-passphrase', 'That passphrase does not open this workbook. Please check it and try again.');

/** The slot whose key check these keys pass (e.g. keys kept in this device's keyring), or null. */
export function slotOfKeys(body: HeaderBody, keys: MemberKeys): MemberSlot | null {
  const slot = body.members.find((m) => m.id === keys.memberId);
  if (!slot) return null;
  try {
    return open(keys.privateKey, unb64(slot.keyCheck), keyCheckAad(body.format, body.vaultId, slot.id)).equals(KEY_CHECK_PLAINTEXT) ? slot : null;
  } catch {
    return null;
  }
}
