// One entry (or one filler) <-> one encrypted record. The associated data binds
// each ciphertext to its vault and record id, so records cannot be swapped
// between rows or replayed from another workbook. Which key seals a record is
// the entry's space: the author's private space ("only me") or the shared one.
//
// In a workbook for two, rows of a private space are padded and hide their day,
// and each private space is topped up with filler rows (see private-slots.ts), so
// the other partner can count neither the entries nor the days they were written.
import { randomInt } from 'node:crypto';
import type { Entry } from '../../../shared/domain/entry.ts';
import { open, seal } from '../crypto/aead.ts';
import { signedJson, splitSigned, verifySharedRecord, verifySignedParts } from './record-proof.ts';
import type { Proof, RecordSigner } from './record-proof.ts';
import { tagOf } from './record-keys.ts';
import type { RecordKeys, SpaceKey } from './record-keys.ts';
import { storedEntry } from './stored-entry.ts';
import { recordDigest } from './verified-records.ts';

export interface RecordRow {
  id: string;
  sort_key: number;
  /** Recognises the row's space for whoever holds its key (null on rows written before tags). */
  tag: Uint8Array | null;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

export type SpaceName = 'mine' | 'shared';

export type DecodedRow =
  /**
   * `proof` is kept when a rewrite will need it: it holds confirmations, or lacks a signature from before format 3.
   * `digest`: a shared record believed with a cache of verified records at hand (verified-records.ts), to keep in it.
   */
  | { kind: 'entry'; entry: Entry; space: SpaceName; proof?: Proof; digest?: string }
  | { kind: 'filler' }
  /** A shared record whose signatures do not verify: nobody's words (record-proof.ts). */
  | { kind: 'tampered' }
  /** Tagged for a space of ours, yet it does not open: damaged. */
  | { kind: 'damaged' }
  /** Opens with none of our keys and carries none of our tags: the partner's, or damage (the journal decides). */
  | { kind: 'foreign' };

const RECORD_FORMAT = 1;
/** Private rows in a workbook for two are padded to a multiple of this, so lengths say little. */
export const PAD_BLOCK = 256;
/** The sort key of rows whose day is hidden. */
export const HIDDEN_DAY = 0;

/** Exported for key rotation (vault/reseal-in-slices.ts), which seals the same bytes again under a new key. */
export const recordAad = (vaultId: string, recordId: string) => `mend/record/v${RECORD_FORMAT}|${vaultId}|${recordId}`;

/** The only plaintext ordering key: the entry's day, counted in days since 1970 (coarse on purpose). */
export function daySortKey(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The day a sort key names, or null for a row whose day is hidden (or whose key is damaged past reading). */
export function sortKeyDay(sortKey: number): string | null {
  const time = new Date(sortKey * 86_400_000);
  return sortKey === HIDDEN_DAY || !Number.isFinite(time.getTime()) ? null : time.toISOString().slice(0, 10);
}

/** The size a private row of `bytes` plaintext bytes is padded to. */
export function paddedSize(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / PAD_BLOCK)) * PAD_BLOCK;
}

/** JSON ignores trailing white space, so padding is spaces after the JSON text (at least `size` bytes in all). */
function padded(json: string | Buffer, size: number): Buffer {
  const text = typeof json === 'string' ? Buffer.from(json, 'utf8') : json;
  const target = Math.max(size, paddedSize(text.length));
  return target > text.length ? Buffer.concat([text, Buffer.alloc(target - text.length, 0x20)]) : text;
}

function sealRow(space: SpaceKey, vaultId: string, id: string, sortKey: number, plaintext: Buffer): RecordRow {
  const sealed = seal(space.key, plaintext, recordAad(vaultId, id));
  return { id, sort_key: sortKey, tag: tagOf(space, id), nonce: sealed.nonce, ciphertext: sealed.ciphertext };
}

export interface PrivacyOfRow {
  /** Padded, day hidden: every row since format 5 (before it, private rows in a workbook for two). */
  hidden: boolean;
}

/**
 * A row written before format 5 that shows its day or its exact length, sealed again hidden and padded (same key,
 * same associated data, a fresh nonce); null when none of `spaces` opens it (the other partner's, or damage).
 */
export function hiddenAndPadded(spaces: readonly SpaceKey[], vaultId: string, row: RecordRow): RecordRow | null {
  for (const space of spaces) {
    let plain: Buffer;
    try {
      plain = open(space.key, { nonce: bufferOf(row.nonce), ciphertext: bufferOf(row.ciphertext) }, recordAad(vaultId, row.id));
    } catch {
      continue;
    }
    const sealed = seal(space.key, padded(plain, 0), recordAad(vaultId, row.id));
    return { id: row.id, sort_key: HIDDEN_DAY, tag: row.tag, nonce: sealed.nonce, ciphertext: sealed.ciphertext };
  }
  return null;
}

/** A shared record's signatures: its author's, and the confirmations of its together stamps. */
export interface RecordSigning {
  /** Signs now; or the author's signature kept from the same entry as stored; or none (an author from before identities). */
  author: RecordSigner | string | undefined;
  confirmations?: Record<string, string> | undefined;
}

export function encodeRecord(space: SpaceKey, vaultId: string, entry: Entry, { hidden }: PrivacyOfRow, signing?: RecordSigning): RecordRow {
  const json = signing ? signedJson(vaultId, entry, signing.author, signing.confirmations) : JSON.stringify(entry);
  return hidden
    ? sealRow(space, vaultId, entry.id, HIDDEN_DAY, padded(json, 0))
    : sealRow(space, vaultId, entry.id, daySortKey(entry.day), Buffer.from(json, 'utf8'));
}

/**
 * A filler row of `size` plaintext bytes: indistinguishable from an entry to anyone
 * without the space's key. Sizes are copied from the space's own rows, which in a
 * workbook set up for two later include its first partner's unpadded older entries.
 */
export function encodeFiller(space: SpaceKey, vaultId: string, id: string, size: number): RecordRow {
  // Padded to a step like every row: a filler never copies an older row's exact, unpadded length.
  return sealRow(space, vaultId, id, HIDDEN_DAY, padded('{"filler":true}', paddedSize(size)));
}

/** A plausible size for a new filler: one of the space's own padded sizes, so fillers look like entries. */
export function fillerSize(knownSizes: readonly number[]): number {
  if (knownSizes.length > 0) return knownSizes[randomInt(knownSizes.length)]!;
  return PAD_BLOCK * randomInt(2, 9);
}

/** The plaintext size behind a ciphertext of this length (AES-GCM adds its 16-byte tag): what fillers copy. */
export function plaintextSize(ciphertextLength: number): number {
  return Math.max(0, ciphertextLength - 16);
}

/** A view of the same bytes (SQLite hands out Uint8Arrays): copying 100k ciphertexts was a quarter of an unlock. */
const bufferOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

type Opened = { entry: Entry; proof?: Proof | undefined; digest?: string | undefined } | 'filler' | 'tampered' | null;

/**
 * A shared record is checked against its signatures, unless it is byte for byte one this partner has verified before
 * (keys.verified); a private one must carry none (it is only ever its author's).
 */
function checked(keys: RecordKeys, space: SpaceKey, vaultId: string, entry: Entry & { proof?: unknown }, plain: Buffer, cached: boolean): Opened {
  if (space !== keys.shared || !keys.verifiers) return entry.proof === undefined ? { entry } : null;
  const digest = cached && keys.verified ? recordDigest(vaultId, entry.id, plain) : undefined;
  const verified = verifySharedRecord(vaultId, entry, keys.verifiers, digest !== undefined && keys.verified!.has(digest));
  return verified ? keptOf(verified.entry, verified.proof, digest) : 'tampered';
}

/** What a believed shared record leaves: its entry, the proof when a rewrite needs it, the digest the cache keeps. */
function keptOf(entry: Entry, proof: Proof, digest: string | undefined): Opened {
  const keepProof = proof.confirmations !== undefined || proof.author === undefined;
  return { entry, proof: keepProof ? proof : undefined, digest };
}

/**
 * A shared record as signedJson wrote it, parsed in its two parts: the entry once, its proof apart, no copy of the
 * entry without the proof, and (when this partner has not verified these bytes) the signature checked over the
 * entry's JSON as it stands. Undefined when the record is not in that form or does not pass that way: the caller
 * then checks it as a whole (`checked`), and does not cache it, so a digest in the cache always means this path.
 */
function signedShared(keys: RecordKeys, vaultId: string, text: string, plain: Buffer, row: RecordRow): Opened | undefined {
  const parts = splitSigned(text);
  if (!parts || !keys.verifiers) return undefined;
  let value: unknown;
  let proof: unknown;
  try {
    value = JSON.parse(parts.entryJson);
    proof = JSON.parse(parts.proofJson);
  } catch {
    return undefined;
  }
  const entry = storedEntry(value, row.id);
  if (!entry || entry.proof !== undefined) return undefined;
  const digest = keys.verified ? recordDigest(vaultId, row.id, plain) : undefined;
  const verified = verifySignedParts(vaultId, entry, proof, parts.entryJson, keys.verifiers, digest !== undefined && keys.verified!.has(digest));
  return verified ? keptOf(verified.entry, verified.proof, digest) : undefined;
}

function openWith(keys: RecordKeys, space: SpaceKey, vaultId: string, row: RecordRow): Opened {
  let plain: Buffer;
  try {
    plain = open(space.key, { nonce: bufferOf(row.nonce), ciphertext: bufferOf(row.ciphertext) }, recordAad(vaultId, row.id));
  } catch {
    return null;
  }
  try {
    const text = plain.toString('utf8');
    const signed = space === keys.shared && keys.verifiers ? signedShared(keys, vaultId, text, plain, row) : undefined;
    if (signed) return signed;
    const value = JSON.parse(text) as unknown;
    if ((value as { filler?: unknown })?.filler === true) return 'filler';
    // It passed authentication under our key with its row id bound in: a cheap check of its shape suffices (stored-entry.ts).
    const entry = storedEntry(value, row.id);
    // Only a record with no proof at its end is cached this way: one signedShared did not pass is checked in full each time.
    return entry ? checked(keys, space, vaultId, entry, plain, splitSigned(text) === null) : null;
  } catch {
    return null;
  }
}

const sameTag = (row: RecordRow, expected: Buffer) => row.tag !== null && Buffer.from(row.tag).equals(expected);

/**
 * Decodes a row with the keys we hold. With one space (a workbook for one) the row
 * is simply opened, and its tag is looked at only if that fails. With two, the tag
 * says which key to use (an HMAC costs a quarter of a failed AES-GCM open); a row
 * whose tag is none of ours (the partner's, an older untagged row, or a damaged tag)
 * is tried with each of our keys before it is called foreign.
 */
export function decodeRow(keys: RecordKeys, vaultId: string, row: RecordRow): DecodedRow {
  // A damaged page can hand back a column of another type (or NULL): that row is damage, not an error.
  const whole = typeof row.id === 'string' && row.nonce instanceof Uint8Array && row.ciphertext instanceof Uint8Array && (row.tag === null || row.tag instanceof Uint8Array);
  if (!whole) return { kind: 'damaged' };
  if (!keys.shared) {
    const opened = openWith(keys, keys.mine, vaultId, row);
    if (opened === null) return sameTag(row, tagOf(keys.mine, row.id)) ? { kind: 'damaged' } : { kind: 'foreign' };
    return decoded(opened, 'mine');
  }
  const spaces: [SpaceName, SpaceKey][] = [['mine', keys.mine], ['shared', keys.shared]];
  for (const [name, space] of spaces) {
    if (!sameTag(row, tagOf(space, row.id))) continue;
    const opened = openWith(keys, space, vaultId, row);
    return opened === null ? { kind: 'damaged' } : decoded(opened, name);
  }
  for (const [name, space] of spaces) {
    const opened = openWith(keys, space, vaultId, row);
    if (opened !== null) return decoded(opened, name);
  }
  return { kind: 'foreign' };
}

function decoded(opened: Exclude<Opened, null>, space: SpaceName): DecodedRow {
  if (opened === 'filler' || opened === 'tampered') return { kind: opened };
  return { kind: 'entry', entry: opened.entry, space, ...(opened.proof ? { proof: opened.proof } : {}), ...(opened.digest ? { digest: opened.digest } : {}) };
}

/** One row to what it holds for us: the one step an unlock or a copy's check runs per record. */
export type RecordDecoder = (row: RecordRow) => DecodedRow;

export function recordDecoder(keys: RecordKeys, vaultId: string): RecordDecoder {
  return (row) => decodeRow(keys, vaultId, row);
}
