// One entry <-> one encrypted record. The associated data binds each ciphertext
// to its vault and record id, so records cannot be swapped between rows or
// replayed from another workbook.
import type { Entry } from '../../../shared/domain/entry.ts';
import { open, seal } from '../crypto/aead.ts';
import type { AeadKey } from '../crypto/aead.ts';
import { storedEntry } from './stored-entry.ts';

export interface RecordRow {
  id: string;
  sort_key: number;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

const RECORD_FORMAT = 1;
const recordAad = (vaultId: string, recordId: string) => `mend/record/v${RECORD_FORMAT}|${vaultId}|${recordId}`;

/** The only plaintext ordering key: the entry's day, counted in days since 1970 (coarse on purpose). */
export function daySortKey(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function sortKeyDay(sortKey: number): string {
  return new Date(sortKey * 86_400_000).toISOString().slice(0, 10);
}

export function encodeRecord(key: AeadKey, vaultId: string, entry: Entry): RecordRow {
  const sealed = seal(key, Buffer.from(JSON.stringify(entry), 'utf8'), recordAad(vaultId, entry.id));
  return { id: entry.id, sort_key: daySortKey(entry.day), nonce: sealed.nonce, ciphertext: sealed.ciphertext };
}

/** A view of the same bytes (SQLite hands out Uint8Arrays): copying 100k ciphertexts was a quarter of an unlock. */
const bufferOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Returns null for a record that fails authentication or does not hold an entry (see stored-entry.ts). */
export function decodeRecord(key: AeadKey, vaultId: string, row: RecordRow): Entry | null {
  try {
    const plain = open(key, { nonce: bufferOf(row.nonce), ciphertext: bufferOf(row.ciphertext) }, recordAad(vaultId, row.id));
    return storedEntry(JSON.parse(plain.toString('utf8')), row.id);
  } catch {
    return null;
  }
}

/** Turns a row into its entry (null when damaged): the one step an unlock or a copy's check runs per record. */
export type RecordDecoder = (row: RecordRow) => Entry | null;

export function recordDecoder(key: AeadKey, vaultId: string): RecordDecoder {
  return (row) => decodeRecord(key, vaultId, row);
}
