// One entry <-> one encrypted record. The associated data binds each ciphertext
// to its vault and record id, so records cannot be swapped between rows or
// replayed from another workbook.
import { EntrySchema } from '../../../shared/domain/entry.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { open, seal } from '../crypto/aead.ts';
import type { AeadKey } from '../crypto/aead.ts';

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

/** Returns null for a record that fails authentication or does not hold a valid entry. */
export function decodeRecord(key: AeadKey, vaultId: string, row: RecordRow): Entry | null {
  try {
    const plain = open(key, { nonce: Buffer.from(row.nonce), ciphertext: Buffer.from(row.ciphertext) }, recordAad(vaultId, row.id));
    const parsed = EntrySchema.safeParse(JSON.parse(plain.toString('utf8')));
    return parsed.success && parsed.data.id === row.id ? parsed.data : null;
  } catch {
    return null;
  }
}
