// Small encrypted values kept in the workbook's `settings` table (a partner's
// role, the partners' names), each sealed under the key of the space it belongs
// to. A value that cannot be read counts as not set: the user is asked again.
// Each value is padded to a 256-byte step before it is sealed, so the table shows
// how large a value is only to the step (crypto/padding.ts): not the length of a
// name, a role or an item the exchange sent or received.
import type { KeyObject } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { z } from '../../../shared/zod.ts';
import { open, seal } from '../crypto/aead.ts';
import { paddedJson } from '../crypto/padding.ts';
import { rethrowStorageError } from '../vault/database.ts';

/** Exported for key rotation (vault/reseal-in-slices.ts). */
export const settingAad = (vaultId: string, name: string) => `mend/setting/v1|${vaultId}|${name}`;

export interface SealedSettings {
  db: DatabaseSync;
  vaultId: string;
}

export function readSealed<T>({ db, vaultId }: SealedSettings, key: Buffer | KeyObject, name: string, schema: z.ZodType<T>): T | null {
  try {
    const row = db.prepare('SELECT nonce, ciphertext FROM settings WHERE key = ?').get(name) as { nonce: Uint8Array; ciphertext: Uint8Array } | undefined;
    if (!row) return null;
    const plain = open(key, { nonce: Buffer.from(row.nonce), ciphertext: Buffer.from(row.ciphertext) }, settingAad(vaultId, name));
    const parsed = schema.safeParse(JSON.parse(plain.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether a stored value opens under `key`: whose it is (a partner's own values are sealed under their private key). */
export function isSealedUnder(vaultId: string, key: Buffer | KeyObject, name: string, row: { nonce: Uint8Array; ciphertext: Uint8Array }): boolean {
  try {
    open(key, { nonce: Buffer.from(row.nonce), ciphertext: Buffer.from(row.ciphertext) }, settingAad(vaultId, name));
    return true;
  } catch {
    return false;
  }
}

export function writeSealed({ db, vaultId }: SealedSettings, key: Buffer | KeyObject, name: string, value: unknown): void {
  const sealed = seal(key, paddedJson(JSON.stringify(value)), settingAad(vaultId, name));
  try {
    db.prepare(
      'INSERT INTO settings (key, nonce, ciphertext) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET nonce = excluded.nonce, ciphertext = excluded.ciphertext',
    ).run(name, sealed.nonce, sealed.ciphertext);
  } catch (err) {
    rethrowStorageError(err);
  }
}
