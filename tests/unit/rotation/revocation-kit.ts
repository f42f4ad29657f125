// What the rotation tests look for in a data folder: every file that opens with
// a passphrase (any workbook-shaped file, backups and leftovers included, its
// write-ahead log read with it), and every row or setting that a given raw key
// decrypts. Files are copied before they are opened, so nothing is changed.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { open } from '../../../main/services/crypto/aead.ts';
import { deriveKey } from '../../../main/services/crypto/kdf.ts';
import type { KdfParams } from '../../../main/services/crypto/kdf.ts';
import { recordAad } from '../../../main/services/journal/record-codec.ts';
import { settingAad } from '../../../main/services/settings/sealed-settings.ts';
import { parseHeader, unwrapMemberKeys } from '../../../main/services/vault/header.ts';
import type { HeaderBody, StoredHeader } from '../../../main/services/vault/header.ts';
import { wipeKeys } from '../../../main/services/vault/member-keys.ts';

function* filesUnder(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else if (!/-(wal|shm|journal)$/.test(name)) yield path;
  }
}

/** Runs `fn` on a private copy of the database at `path` (with its log), or answers null when it is not one. */
function withCopy<T>(path: string, fn: (db: DatabaseSync) => T): T | null {
  const dir = mkdtempSync(join(tmpdir(), 'mend-probe-'));
  try {
    const copy = join(dir, 'copy.db');
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    let db: DatabaseSync;
    try {
      db = new DatabaseSync(copy);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      return null;
    }
    try {
      return fn(db);
    } catch {
      return null;
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function headerOf(db: DatabaseSync): HeaderBody | null {
  try {
    return parseHeader(db.prepare('SELECT body, checksum FROM header WHERE id = 1').get() as StoredHeader | undefined);
  } catch {
    return null;
  }
}

/** scrypt at the floor is most of a probe's cost; backups sealed again carry the workbook's header, so salts repeat. */
const derived = new Map<string, Promise<Buffer>>();
const derive = (passphrase: string, kdf: KdfParams) => {
  const id = JSON.stringify([passphrase, kdf]);
  if (!derived.has(id)) derived.set(id, deriveKey(passphrase, kdf));
  return derived.get(id)!;
};

/** The files in `dataDir` (relative paths) in which some slot opens with `passphrase`. */
export async function filesOpeningWith(dataDir: string, passphrase: string): Promise<string[]> {
  const found: string[] = [];
  const bodies = [...filesUnder(dataDir)].map((path) => ({ path, body: withCopy(path, headerOf) }));
  // Every slot's key derived at once: scrypt runs on the thread pool, two at a time on two cores.
  await Promise.all(bodies.flatMap(({ body }) => body?.members.map((slot) => derive(passphrase, slot.kdf)) ?? []));
  for (const { path, body } of bodies) {
    if (!body) continue;
    for (const slot of body.members) {
      const keys = unwrapMemberKeys(body, slot, await derive(passphrase, slot.kdf));
      if (keys) {
        wipeKeys(keys);
        found.push(relative(dataDir, path));
      }
    }
  }
  return found;
}

/**
 * Rows and settings, anywhere in `dataDir`, that `key` decrypts (as `file:id`). With `holding`, only the rows
 * whose plaintext it accepts (what was written after a key's retirement, recognised by its text: a row id can
 * come back with older content, as a filler of a restored copy).
 */
export function sealedUnder(dataDir: string, key: Buffer, holding?: (plaintext: string) => boolean): string[] {
  const found: string[] = [];
  for (const path of filesUnder(dataDir)) {
    const hits = withCopy(path, (db) => {
      const body = headerOf(db);
      if (!body) return [];
      const out: string[] = [];
      for (const row of db.prepare('SELECT id, nonce, ciphertext FROM records').iterate() as Iterable<{ id: string; nonce: Uint8Array; ciphertext: Uint8Array }>) {
        try {
          const plain = open(key, { nonce: Buffer.from(row.nonce), ciphertext: Buffer.from(row.ciphertext) }, recordAad(body.vaultId, row.id));
          if (!holding || holding(plain.toString('utf8'))) out.push(row.id);
        } catch {
          // Not under this key.
        }
      }
      if (!holding) {
        for (const row of db.prepare('SELECT key, nonce, ciphertext FROM settings').iterate() as Iterable<{ key: string; nonce: Uint8Array; ciphertext: Uint8Array }>) {
          try {
            open(key, { nonce: Buffer.from(row.nonce), ciphertext: Buffer.from(row.ciphertext) }, settingAad(body.vaultId, row.key));
            out.push(`setting ${row.key}`);
          } catch {
            // Not under this key.
          }
        }
      }
      return out;
    });
    for (const hit of hits ?? []) found.push(`${relative(dataDir, path)}:${hit}`);
  }
  return found;
}
