// The workbook the tamper tests damage (12 entries and a chosen role, locked and checkpointed),
// and the raw reads they check what Mend shows against. Shared by tamper.test.ts (random
// damage) and tamper-crafted.test.ts (edits made on purpose).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect } from 'vitest';
import { Vault } from '../../../main/services/vault/vault.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import type { MemberKeys } from '../../../main/services/vault/member-keys.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { makeTempDir, readRecords, withDatabase } from '../main/helpers.ts';
import type { RawRecord } from '../main/helpers.ts';

export const PASS = 'tamper test passphrase';

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/**
 * The profile's raw row as Mend looks it up (by its key, through the key's index), or undefined when the
 * damage makes it unreadable that way: even the table's definition can be hit, and so can the index, when
 * a scan of the table would still find the row but Mend's lookup does not.
 */
export const settingsRow = (path: string) => {
  try {
    return withDatabase(
      path,
      (db) => {
        const found = db.prepare("SELECT key FROM settings WHERE key LIKE 'profile%'").get() as { key: string } | undefined;
        const row = found && db.prepare('SELECT nonce, ciphertext FROM settings WHERE key = ?').get(found.key);
        return row && { key: found.key, ...row };
      },
      { readOnly: true },
    ) as { key: string; nonce: Uint8Array; ciphertext: Uint8Array } | undefined;
  } catch {
    return undefined;
  }
};

/** Checkpoints the workbook so its main file holds everything, and checks no WAL content is left. */
export function checkpoint(path: string): void {
  const db = new DatabaseSync(path);
  try {
    const result = db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get();
    expect(result).toEqual({ busy: 0, log: 0, checkpointed: 0 });
  } finally {
    db.close();
  }
  const wal = `${path}-wal`;
  expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
}

export function removeSidecars(path: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

export interface Template {
  dir: string;
  path: string;
  bytes: Buffer;
  key: MemberKeys;
  entries: Map<string, Entry>;
  rows: Map<string, RawRecord>;
  profileRow: { key: string; nonce: Uint8Array; ciphertext: Uint8Array };
  big: Entry;
}

/** A workbook of 12 entries (short ones, and long ones spanning overflow pages) and a chosen role, locked and checkpointed. */
export async function buildTemplate(): Promise<Template> {
  const dir = makeTempDir();
  const vault = new Vault(dir);
  await vault.create(PASS);
  const sizes = [5, 2_000, 9_000, 19_000];
  for (let i = 0; i < 12; i++) {
    const day = `2026-03-${String(i + 1).padStart(2, '0')}`;
    if (i % 3 === 0) vault.journal().save({ exerciseId: 'next-right-thing', day, answers: { rightThing: `right thing ${i}`, didI: 'yes' } });
    else vault.journal().save({ exerciseId: 'owning-it', day, answers: { whatIDid: `entry ${i} ${'x'.repeat(sizes[i % 4]!)}` } });
  }
  vault.profile().set({ role: 'H' });
  const entries = new Map(vault.journal().list().map((e) => [e.id, e]));
  const key = vault.copyKeys();
  vault.lock();
  const path = join(dir, WORKBOOK_FILE);
  checkpoint(path);
  const big = [...entries.values()].find((e) => String(e.answers.whatIDid ?? '').length > 19_000);
  if (!big) throw new Error('no long entry');
  return {
    dir,
    path,
    bytes: readFileSync(path),
    key,
    entries,
    rows: new Map(readRecords(path).map((r) => [r.id, r])),
    profileRow: settingsRow(path)!,
    big,
  };
}
