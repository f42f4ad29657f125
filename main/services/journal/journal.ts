// The unlocked journal: every entry decrypted once at unlock and held in memory
// (never written anywhere in the clear), with each change sealed and committed
// to SQLite before it is acknowledged.
import { randomUUID } from 'node:crypto';
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
  dataKey: Buffer;
  vaultId: string;
  now: () => Date;
}

const newestFirst = (a: Entry, b: Entry) =>
  b.day.localeCompare(a.day) || b.updatedAt.localeCompare(a.updatedAt);

export class Journal {
  readonly #opts: JournalOptions;
  readonly #entries = new Map<string, Entry>();
  readonly #damaged: Damaged[] = [];

  constructor(opts: JournalOptions) {
    this.#opts = opts;
    const rows = opts.db.prepare('SELECT id, sort_key, nonce, ciphertext FROM records').all() as unknown as RecordRow[];
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
