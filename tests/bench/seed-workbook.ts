// Makes a workbook of N realistic entries (0.3 to 3 KB, spread over years) for
// the benchmarks. Records are sealed with the real codec and written in one
// transaction: saving them one by one, durably, would take minutes at 100k.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Entry } from '../../shared/domain/entry.ts';
import { addDays } from '../../shared/domain/dates.ts';
import { encodeRecord } from '../../main/services/journal/record-codec.ts';
import { Vault } from '../../main/services/vault/vault.ts';
import { recordKeysOf } from '../../main/services/journal/record-keys.ts';
import { wipeKeys } from '../../main/services/vault/member-keys.ts';
import { buildHeader } from '../../main/services/vault/header.ts';

export const BENCH_PASSPHRASE = 'benchmark passphrase';
const WORDS = 'today I kept my word and called when I said I would the evening was calmer we talked about the week and what still hurts I listened to the end before answering'.split(' ');

/** Text of about `bytes`, varied so searches have something real to scan. */
function prose(seed: number, bytes: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const word = WORDS[(seed * 7 + i * 13) % WORDS.length]!;
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
}

/** The same id for the same entry in every run, so two runs (or two checkouts) make the same workbook and the same summary. */
function benchEntryId(i: number): string {
  const h = createHash('sha256').update(`mend-bench-entry-${i}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16]!, 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function realisticEntry(i: number, today: string): Entry {
  const day = addDays(today, -(i % 1800));
  const size = 300 + ((i * 7919) % 2700);
  const kinds: [string, Record<string, string>][] = [
    ['next-right-thing', { rightThing: prose(i, 80), wrongThing: prose(i + 1, 60), didI: i % 3 ? 'yes' : 'partly', whatHelped: prose(i + 2, size - 140) }],
    ['same-question-again', { theQuestion: 'Are you still in touch with that person?', theAnswer: prose(i, size - 40) }],
    ['owning-it', { whatIDid: prose(i, size / 2), whatItCost: prose(i + 3, size / 4), whatIChanged: prose(i + 5, size / 4) }],
    ['small-steps', { whatHappened: prose(i, size) }],
    ['promises-kept', { whatISaid: prose(i, 60), kept: i % 4 ? 'kept' : 'not-kept', whatILearned: prose(i + 1, size - 60) }],
  ];
  const [exerciseId, answers] = kinds[i % kinds.length]!;
  const at = `${day}T12:00:00.000Z`;
  return { id: benchEntryId(i), exerciseId, day, answers, visibility: 'private', createdAt: at, updatedAt: at };
}

/** A workbook in `dir` with `count` entries; returns it unlocked. */
export async function seedWorkbook(dir: string, count: number, today = '2026-11-21'): Promise<Vault> {
  const vault = new Vault(dir);
  await vault.create(BENCH_PASSPHRASE);
  const key = vault.copyKeys();
  const reader = new DatabaseSync(vault.path, { readOnly: true });
  const vaultId = (JSON.parse((reader.prepare('SELECT body FROM header').get() as { body: string }).body) as { vaultId: string }).vaultId;
  reader.close();
  vault.lock();
  const db = new DatabaseSync(vault.path);
  const insert = db.prepare('INSERT INTO records (id, sort_key, tag, nonce, ciphertext) VALUES (?, ?, ?, ?, ?)');
  const space = recordKeysOf(key, false).mine;
  db.exec('BEGIN');
  for (let i = 0; i < count; i++) {
    const row = encodeRecord(space, vaultId, realisticEntry(i, today), { hidden: false });
    insert.run(row.id, row.sort_key, row.tag, row.nonce, row.ciphertext);
  }
  db.exec('COMMIT');
  // Rows put in behind Mend's back are not in its manifest: the seeded workbook is made to look like one of format 4
  // (no manifest, no marker), which its first unlock upgrades, as it would a user's (journal/space-manifests.ts).
  dropManifests(db);
  db.close();
  await vault.unlockWithKeys(key);
  wipeKeys(key);
  return vault;
}

/** Drops a workbook's manifests and its slots' markers (header.ts), as a workbook of format 4 has none. */
export function dropManifests(db: DatabaseSync): void {
  db.exec("DELETE FROM settings WHERE key LIKE 'manifest/%'");
  const body = JSON.parse((db.prepare('SELECT body FROM header').get() as { body: string }).body) as { vaultId: string; members: Record<string, unknown>[] };
  const header = buildHeader(body.vaultId, body.members.map(({ manifest: _marker, ...slot }) => slot) as never);
  db.prepare('UPDATE header SET body = ?, checksum = ? WHERE id = 1').run(header.body, header.checksum);
}

/** A seeded workbook the benchmarks of one size share (seeding 100k takes a while). */
export interface BenchWorkbook {
  dir: string;
  size: number;
  /** Unlocked as seeded; benchmarks that unlock for themselves lock it first. */
  vault: Vault;
  seedMs: number;
  remove(): void;
}

export async function seedBenchWorkbook(size: number): Promise<BenchWorkbook> {
  const dir = mkdtempSync(join(tmpdir(), `mend-bench-${size}-`));
  const started = performance.now();
  const vault = await seedWorkbook(dir, size);
  return {
    dir,
    size,
    vault,
    seedMs: performance.now() - started,
    remove: () => {
      vault.lock();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
