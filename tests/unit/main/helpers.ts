// Shared helpers for the main-process service tests: temp data folders, a
// controllable clock, MendError assertions and direct SQLite access.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect } from 'vitest';
import { MendError } from '../../../shared/contract/result.ts';
import type { ErrorCode } from '../../../shared/contract/result.ts';

export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mend-test-'));
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Runs `action` and returns the MendError it throws (or rejects with); fails the test otherwise. */
export async function catchMendError(action: () => unknown): Promise<MendError> {
  let outcome: unknown;
  try {
    outcome = await action();
  } catch (err) {
    expect(err).toBeInstanceOf(MendError);
    return err as MendError;
  }
  throw new Error(`expected a MendError, but the action succeeded (${JSON.stringify(outcome) ?? 'undefined'})`);
}

export async function expectMendError(action: () => unknown, code: ErrorCode): Promise<MendError> {
  const err = await catchMendError(action);
  expect(err.code).toBe(code);
  return err;
}

export interface Clock {
  now: () => Date;
  set(iso: string): void;
}

export function controllableClock(startIso: string): Clock {
  let current = new Date(startIso);
  return {
    now: () => new Date(current.getTime()),
    set(iso) {
      current = new Date(iso);
    },
  };
}

/** Opens the workbook file with a separate connection, runs `fn`, and closes it. */
export function withDatabase<T>(path: string, fn: (db: DatabaseSync) => T, options: { readOnly?: boolean } = {}): T {
  const db = new DatabaseSync(path, { readOnly: options.readOnly ?? false });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export interface RawRecord {
  id: string;
  sort_key: number;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

/** The raw rows; on a damaged file, the rows that can still be read one by one (as the journal does). */
export function readRecords(path: string): RawRecord[] {
  return withDatabase(
    path,
    (db) => {
      try {
        return db.prepare('SELECT id, sort_key, nonce, ciphertext FROM records ORDER BY id').all() as unknown as RawRecord[];
      } catch {
        // The journal's own listing query (it may reach the ids by another path than the table);
        // if even that fails, no row can be read raw.
        let ids: { id: string }[];
        let one: ReturnType<typeof db.prepare>;
        try {
          ids = db.prepare('SELECT id, sort_key FROM records').all() as { id: string }[];
          one = db.prepare('SELECT id, sort_key, nonce, ciphertext FROM records WHERE id = ?');
        } catch {
          return [];
        }
        // A damaged page can hand back an id that is not text.
        ids.sort((a, b) => String(a.id).localeCompare(String(b.id)));
        return ids.flatMap(({ id }) => {
          try {
            const row = one.get(id) as RawRecord | undefined;
            return row ? [row] : [];
          } catch {
            return [];
          }
        });
      }
    },
    { readOnly: true },
  );
}

export function readHeader(path: string): { body: string; checksum: string } {
  return withDatabase(path, (db) => db.prepare('SELECT body, checksum FROM header WHERE id = 1').get() as never, {
    readOnly: true,
  });
}

/** Every regular file under `dir`, recursively, with its bytes. */
export function readAllFiles(dir: string): { path: string; bytes: Buffer }[] {
  const files: { path: string; bytes: Buffer }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) files.push(...readAllFiles(path));
    else if (stat.isFile()) files.push({ path, bytes: readFileSync(path) });
  }
  return files;
}
