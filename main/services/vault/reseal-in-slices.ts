// Sealing a workbook's rows and settings again under new keys, after a key
// rotation (key-rotation.ts). Each row sealed under a retiring key is opened
// and the very same bytes (padding, signatures, fillers and all) are sealed
// under its successor with the same associated data, and the row gets the new
// key's tag. Rows under any other key (the other partner's private space) are
// left byte for byte. Rows are read in id order a slice at a time; each slice
// is at most SLICE_MS of work and one transaction (its reads too), and the loop
// gets a turn between slices, so saves go on while it runs (they are sealed
// under the new keys already and are skipped). A rotation runs this on a helper
// thread where it can (reseal-off-thread.ts), on its own connection. It can stop anywhere (a lock, a kill) and run
// again: what is done is not done twice, since a row under a new key matches no
// retiring key's tag. SQLite's own checkpoint (every 1,000 pages of log) would
// copy megabytes in one commit and hold the loop for hundreds of milliseconds:
// it is off while this runs, and each slice's pages are checkpointed after its
// commit instead, a slice's worth at a time.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DatabaseSync } from 'node:sqlite';
import { open, seal } from '../crypto/aead.ts';
import { recordAad } from '../journal/record-codec.ts';
import { spaceKeyOf, tagOf } from '../journal/record-keys.ts';
import type { SpaceKey } from '../journal/record-keys.ts';
import type { LoadProgress } from '../journal/record-loader.ts';
import { inTransaction } from '../journal/private-slots.ts';
import { settingAad } from '../settings/sealed-settings.ts';
import type { RetiringKeys, MemberKeys } from './member-keys.ts';

/** A slice of work between two turns of the loop; the commit's fsync comes on top. */
export const SLICE_MS = 8;
const BATCH = 64;

/** One retiring key and the key that takes its place. */
export interface KeyMove {
  from: SpaceKey;
  to: SpaceKey;
}

/** The moves a rotation's retiring keys call for: the old private key to the new one, the old shared key to the new one. */
export function movesOf(keys: MemberKeys, retiring: RetiringKeys | undefined = keys.retiring): KeyMove[] {
  const moves: KeyMove[] = [];
  if (retiring?.privateKey && !retiring.privateKey.equals(keys.privateKey)) moves.push({ from: spaceKeyOf(retiring.privateKey), to: spaceKeyOf(keys.privateKey) });
  if (retiring?.sharedKey && keys.sharedKey && !retiring.sharedKey.equals(keys.sharedKey)) moves.push({ from: spaceKeyOf(retiring.sharedKey), to: spaceKeyOf(keys.sharedKey) });
  return moves;
}

interface Row {
  rowid: number;
  id: string;
  tag: Uint8Array | null;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

const view = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The row sealed again under its move's new key; null if no retiring key sealed it. `damaged` collects rows tagged as ours that do not open. */
function resealRow(moves: readonly KeyMove[], vaultId: string, row: Row, damaged: string[]): { tag: Buffer; nonce: Buffer; ciphertext: Buffer } | null {
  for (const move of moves) {
    const tagged = row.tag !== null && view(row.tag).equals(tagOf(move.from, row.id));
    // Rows from before tags carry none: they are tried with each retiring key.
    if (!tagged && row.tag !== null) continue;
    let plain: Buffer;
    try {
      plain = open(move.from.key, { nonce: view(row.nonce), ciphertext: view(row.ciphertext) }, recordAad(vaultId, row.id));
    } catch {
      if (tagged) damaged.push(row.id);
      continue;
    }
    const sealed = seal(move.to.key, plain, recordAad(vaultId, row.id));
    plain.fill(0);
    return { tag: tagOf(move.to, row.id), ...sealed };
  }
  return null;
}

export interface ResealOptions {
  onProgress?: (progress: LoadProgress) => void;
  /** Called between slices; throws to stop (the workbook was locked meanwhile). */
  checkpoint?: () => void;
  sliceMs?: number;
}

/** Seals every row under a retiring key again under its successor; answers the ids of rows tagged as ours that did not open (damage, left as it is). */
export async function resealRecords(db: DatabaseSync, vaultId: string, moves: readonly KeyMove[], options: ResealOptions = {}): Promise<string[]> {
  const damaged: string[] = [];
  if (moves.length === 0) return damaged;
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const total = (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
  const next = db.prepare('SELECT rowid, id, tag, nonce, ciphertext FROM records WHERE rowid > ? ORDER BY rowid LIMIT ?');
  const update = db.prepare('UPDATE records SET tag = ?, nonce = ?, ciphertext = ? WHERE id = ?');
  let after = 0;
  let done = 0;
  const autocheckpoint = (db.prepare('PRAGMA wal_autocheckpoint').get() as { wal_autocheckpoint: number }).wal_autocheckpoint;
  db.exec('PRAGMA wal_autocheckpoint = 0;');
  try {
    await resealSlices();
  } finally {
    if (db.isOpen) db.exec(`PRAGMA wal_autocheckpoint = ${autocheckpoint};`);
  }
  options.onProgress?.({ done: total, total });
  return damaged;

  async function resealSlices(): Promise<void> {
    for (;;) {
      options.checkpoint?.();
      const started = performance.now();
      let more = true;
      // Read, sealed and written in one transaction: no save (on this connection or, from a helper thread, on
      // main's) can change these rows in between. A rolled-back slice is simply done again at the next run.
      const [changed, read] = inTransaction(db, () => {
        const sealedRows: [Buffer, Buffer, Buffer, string][] = [];
        let reading = after;
        let count = 0;
        while (performance.now() - started < sliceMs) {
          const rows = next.all(reading, BATCH) as unknown as Row[];
          for (const row of rows) {
            const sealed = resealRow(moves, vaultId, row, damaged);
            if (sealed) sealedRows.push([sealed.tag, sealed.nonce, sealed.ciphertext, row.id]);
          }
          count += rows.length;
          if (rows.length < BATCH) {
            more = false;
            break;
          }
          reading = rows.at(-1)!.rowid;
        }
        sealedRows.forEach((c) => update.run(...c));
        return [sealedRows.length, { count, reading }] as const;
      });
      done += read.count;
      after = read.reading;
      // A copy in rollback-journal mode (a backup) has no log: the pragma is then a no-op.
      if (changed > 0) db.exec('PRAGMA wal_checkpoint(PASSIVE);');
      options.onProgress?.({ done: Math.min(done, total), total });
      if (!more) break;
      await nextTurn();
    }
  }
}

/** Settings (a partner's role, the names, the generation) sealed under a retiring key, sealed again; run inside the caller's transaction. */
export function resealSettings(db: DatabaseSync, vaultId: string, moves: readonly KeyMove[]): void {
  const rows = db.prepare('SELECT key, nonce, ciphertext FROM settings').all() as { key: string; nonce: Uint8Array; ciphertext: Uint8Array }[];
  const update = db.prepare('UPDATE settings SET nonce = ?, ciphertext = ? WHERE key = ?');
  for (const row of rows) {
    for (const move of moves) {
      let plain: Buffer;
      try {
        plain = open(move.from.key, { nonce: Buffer.from(row.nonce), ciphertext: Buffer.from(row.ciphertext) }, settingAad(vaultId, row.key));
      } catch {
        continue;
      }
      const sealed = seal(move.to.key, plain, settingAad(vaultId, row.key));
      plain.fill(0);
      update.run(sealed.nonce, sealed.ciphertext, row.key);
      break;
    }
  }
}

/** Rows still tagged under a retiring key: none once a copy is sealed again (what a re-sealed backup is checked for). A slice at a time. */
export async function rowsUnderRetiringKeys(db: DatabaseSync, moves: readonly KeyMove[], sliceMs = SLICE_MS): Promise<number> {
  const next = db.prepare('SELECT rowid, id, tag FROM records WHERE rowid > ? ORDER BY rowid LIMIT ?');
  let n = 0;
  let after = 0;
  for (;;) {
    const started = performance.now();
    while (performance.now() - started < sliceMs) {
      const rows = next.all(after, BATCH) as unknown as Pick<Row, 'rowid' | 'id' | 'tag'>[];
      for (const row of rows) if (row.tag !== null && moves.some((m) => view(row.tag!).equals(tagOf(m.from, row.id)))) n += 1;
      if (rows.length < BATCH) return n;
      after = rows.at(-1)!.rowid;
    }
    await nextTurn();
  }
}
