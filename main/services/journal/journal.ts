// The unlocked journal: every entry decrypted once at unlock and held in memory
// (never written anywhere in the clear), with each change sealed and committed
// to SQLite before it is acknowledged.
import { randomUUID } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import type { Entry, SaveEntryRequest } from '../../../shared/domain/entry.ts';
import { getExercise } from '../../../shared/exercises/catalog.ts';
import { exerciseDraftSchema } from '../../../shared/exercises/answer-schema.ts';
import { rethrowStorageError } from '../vault/database.ts';
import { decodeRecord, encodeRecord, sortKeyDay } from './record-codec.ts';
import type { RecordRow } from './record-codec.ts';

type Damaged = { id: string; day: string };

export interface JournalOptions {
  db: DatabaseSync;
  /** The data key as a KeyObject, made once per unlock (see crypto/aead.ts). */
  dataKey: KeyObject;
  vaultId: string;
  now: () => Date;
}

const newestFirst = (a: Entry, b: Entry) =>
  b.day.localeCompare(a.day) || b.updatedAt.localeCompare(a.updatedAt);

const SELECT_RECORDS = 'SELECT id, sort_key, nonce, ciphertext FROM records';

/**
 * All records, in one read when the file is whole. When SQLite cannot read the
 * table through (a damaged page, a truncated file), each record is read on its
 * own, so damage costs only the records on the damaged pages.
 */
function readRecords(db: DatabaseSync): { rows: RecordRow[]; unreadable: Damaged[] } {
  try {
    return { rows: db.prepare(SELECT_RECORDS).all() as unknown as RecordRow[], unreadable: [] };
  } catch {
    let keys: { id: string; sort_key: number }[];
    let one: ReturnType<DatabaseSync['prepare']>;
    try {
      keys = db.prepare('SELECT id, sort_key FROM records').all() as { id: string; sort_key: number }[];
      // Preparing fails too when the damage is in the table's own definition.
      one = db.prepare(`${SELECT_RECORDS} WHERE id = ?`);
    } catch {
      throw new MendError('damaged-file', 'Part of this workbook file is damaged and its entries cannot be listed. Nothing has been changed on disk; a backup can be restored.');
    }
    const rows: RecordRow[] = [];
    const unreadable: Damaged[] = [];
    for (const key of keys) {
      try {
        const row = one.get(key.id) as RecordRow | undefined;
        if (row) rows.push(row);
        else unreadable.push({ id: key.id, day: sortKeyDay(key.sort_key) });
      } catch {
        unreadable.push({ id: key.id, day: sortKeyDay(key.sort_key) });
      }
    }
    return { rows, unreadable };
  }
}

export class Journal {
  readonly #opts: JournalOptions;
  readonly #entries = new Map<string, Entry>();
  readonly #damaged: Damaged[] = [];

  constructor(opts: JournalOptions) {
    this.#opts = opts;
    const { rows, unreadable } = readRecords(opts.db);
    this.#damaged.push(...unreadable);
    for (const row of rows) {
      const entry = decodeRecord(opts.dataKey, opts.vaultId, row);
      if (entry) this.#entries.set(entry.id, entry);
      else this.#damaged.push({ id: row.id, day: sortKeyDay(row.sort_key) });
    }
  }

  /** Records that could not be read at unlock: skipped and reported, never deleted. */
  get damaged(): readonly Damaged[] {
    return this.#damaged;
  }

  list(exerciseId?: string): Entry[] {
    const all = [...this.#entries.values()];
    return (exerciseId ? all.filter((e) => e.exerciseId === exerciseId) : all).sort(newestFirst);
  }

  get(id: string): Entry {
    const entry = this.#entries.get(id);
    if (!entry) throw new MendError('not-found', 'That entry no longer exists.');
    return entry;
  }

  save(request: SaveEntryRequest): Entry {
    const exercise = getExercise(request.exerciseId);
    const checked = exerciseDraftSchema(exercise).safeParse(request.answers);
    if (!checked.success) {
      throw new MendError('invalid-request', checked.error.issues[0]?.message ?? 'These answers do not fit this exercise.');
    }
    const previous = request.id ? this.get(request.id) : undefined;
    if (previous && previous.exerciseId !== request.exerciseId) {
      throw new MendError('invalid-request', 'An entry cannot move to another exercise.');
    }
    const now = this.#opts.now().toISOString();
    const entry: Entry = {
      id: previous?.id ?? randomUUID(),
      exerciseId: request.exerciseId,
      day: request.day,
      answers: checked.data as Record<string, string>,
      visibility: previous?.visibility ?? 'private',
      ...(previous?.keepPrivate ? { keepPrivate: true } : {}),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    return this.#write(entry);
  }

  /** Marks an entry to stay out of counselor summaries (or lifts the mark). */
  setPrivate(id: string, keepPrivate: boolean): Entry {
    const { keepPrivate: _old, ...rest } = this.get(id);
    return this.#write(keepPrivate ? { ...rest, keepPrivate: true } : rest);
  }

  #write(entry: Entry): Entry {
    const row = encodeRecord(this.#opts.dataKey, this.#opts.vaultId, entry);
    try {
      this.#opts.db
        .prepare(
          `INSERT INTO records (id, sort_key, nonce, ciphertext) VALUES (?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET sort_key = excluded.sort_key, nonce = excluded.nonce, ciphertext = excluded.ciphertext`,
        )
        .run(row.id, row.sort_key, row.nonce, row.ciphertext);
    } catch (err) {
      rethrowStorageError(err);
    }
    this.#entries.set(entry.id, entry);
    return entry;
  }

  delete(id: string): void {
    this.get(id);
    try {
      this.#opts.db.prepare('DELETE FROM records WHERE id = ?').run(id);
    } catch (err) {
      rethrowStorageError(err);
    }
    this.#entries.delete(id);
  }

  /** Drops every decrypted entry from memory (called on lock). */
  forget(): void {
    this.#entries.clear();
  }
}
