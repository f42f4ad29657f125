// A partner's private space in a workbook for two is a number of rows, entries
// and fillers, that only grows in steps (32, 64, 128, …). A new private entry
// takes a filler's row; deleting one turns its row back into a filler. So the
// other partner, who can open none of these rows, learns only which step the
// space has reached, never how many entries it holds or when they were written.
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { encodeFiller, fillerSize, plaintextSize } from './record-codec.ts';
import type { RecordRow } from './record-codec.ts';
import type { SpaceKey } from './record-keys.ts';

export const MIN_SLOTS = 32;

/** The size a private space holding `rows` rows is topped up to. */
export function slotsFor(rows: number): number {
  return rows <= MIN_SLOTS ? MIN_SLOTS : 2 ** Math.ceil(Math.log2(rows));
}

const UPSERT = `INSERT INTO records (id, sort_key, tag, nonce, ciphertext) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET sort_key = excluded.sort_key, tag = excluded.tag, nonce = excluded.nonce, ciphertext = excluded.ciphertext`;

export function upsertRow(db: DatabaseSync, row: RecordRow): void {
  db.prepare(UPSERT).run(row.id, row.sort_key, row.tag, row.nonce, row.ciphertext);
}

/** Runs `work` in one transaction: all of it is on disk, or none of it. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (err) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw err;
  }
}

/** `count` new filler rows for a space, sized like its entries. */
export function newFillers(space: SpaceKey, vaultId: string, count: number, sizes: readonly number[]): RecordRow[] {
  return Array.from({ length: count }, () => encodeFiller(space, vaultId, randomUUID(), fillerSize(sizes)));
}

/**
 * Takes a deleted entry's row out, in the workbook or in a backup: in a private space of a workbook for two
 * (`inSpace`) the row stays, as a filler of the same size, so the space's size says nothing about deletions;
 * anywhere else it goes. Returns whether it became a filler.
 */
export function dropEntryRow(db: DatabaseSync, vaultId: string, id: string, inSpace: { space: SpaceKey; ciphertextLength: number } | null): boolean {
  if (inSpace) upsertRow(db, encodeFiller(inSpace.space, vaultId, id, plaintextSize(inSpace.ciphertextLength)));
  else db.prepare('DELETE FROM records WHERE id = ?').run(id);
  return inSpace !== null;
}

/** What one committed change did to the space. */
export interface SlotChange {
  /** Rows that are fillers now and were not. */
  added?: readonly string[];
  /** Rows that were fillers and are not any more. */
  removed?: readonly string[];
  /** Entries gained (+1) or lost (-1). */
  entries?: number;
  /** The plaintext size of a new entry row, which later fillers may copy. */
  size?: number;
}

/** The unlocked partner's own private space: which of its rows are fillers, and how big its rows are. */
export class PrivateSlots {
  readonly #fillers: string[] = [];
  readonly #sizes: number[] = [];
  #entries = 0;

  get total(): number {
    return this.#entries + this.#fillers.length;
  }

  get fillerIds(): readonly string[] {
    return this.#fillers;
  }

  get sizes(): readonly number[] {
    return this.#sizes;
  }

  /**
   * The filler row a new private entry should take, and the filler rows to write
   * first when none is left (the space grows to its next step). Nothing changes
   * until `apply` is called after the commit.
   */
  planTake(space: SpaceKey, vaultId: string): { id: string; growth: RecordRow[] } {
    const existing = this.#fillers.at(-1);
    if (existing) return { id: existing, growth: [] };
    const growth = newFillers(space, vaultId, slotsFor(this.total + 1) - this.total, this.#sizes);
    return { id: growth.at(-1)!.id, growth };
  }

  apply(change: SlotChange): void {
    this.#fillers.push(...(change.added ?? []));
    for (const id of change.removed ?? []) {
      const at = this.#fillers.lastIndexOf(id);
      if (at >= 0) this.#fillers.splice(at, 1);
    }
    this.#entries += change.entries ?? 0;
    if (change.size !== undefined) this.#sizes.push(change.size);
  }
}
