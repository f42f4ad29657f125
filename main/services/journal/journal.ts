// The unlocked journal: every entry decrypted once at unlock and held in memory
// (never written anywhere in the clear), indexed for listing (entry-index.ts),
// with each change sealed and committed to SQLite before it is acknowledged.
import { randomUUID } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { MendError } from '../../../shared/contract/result.ts';
import type { Entry, SaveEntryRequest } from '../../../shared/domain/entry.ts';
import { getExercise } from '../../../shared/exercises/catalog.ts';
import { exerciseDraftSchema } from '../../../shared/exercises/answer-schema.ts';
import { rethrowStorageError } from '../vault/database.ts';
import { EntryIndex } from './entry-index.ts';
import type { DayRange, EntryPage } from './entry-index.ts';
import { encodeRecord, recordDecoder } from './record-codec.ts';
import type { RecordDecoder } from './record-codec.ts';
import { loadRecordsInParallel } from './parallel-loader.ts';
import type { LoadHelper } from './parallel-loader.ts';
import { loadRecords } from './record-loader.ts';
import type { LoadOptions } from './record-loader.ts';
import type { Damaged } from './record-reader.ts';

export interface JournalOptions {
  db: DatabaseSync;
  /** The data key as a KeyObject, made once per unlock (see crypto/aead.ts). */
  dataKey: KeyObject;
  vaultId: string;
  now: () => Date;
}

export interface JournalLoading {
  /** One row to its entry; by default the record codec with this journal's key. */
  decode?: RecordDecoder;
  onProgress?: LoadOptions['onProgress'];
  /** Called between slices of the load; throws to stop it (see record-loader.ts). */
  checkpoint?: () => void;
  /** A worker thread to decrypt half of a large workbook (parallel-loader.ts); with the default decoder only. */
  helper?: Pick<LoadHelper, 'workerUrl' | 'path'>;
}

export class Journal {
  readonly #opts: JournalOptions;
  readonly #entries: EntryIndex;
  readonly #damaged: Damaged[];

  /** Reads and decrypts every record, a slice at a time (record-loader.ts), and opens the journal on them. */
  static async open(opts: JournalOptions, loading: JournalLoading = {}): Promise<Journal> {
    const { decode, onProgress, checkpoint, helper } = loading;
    const options: LoadOptions = { decode: decode ?? recordDecoder(opts.dataKey, opts.vaultId), ...(onProgress ? { onProgress } : {}), ...(checkpoint ? { checkpoint } : {}) };
    const { entries, damaged } =
      helper && !decode
        ? await loadRecordsInParallel(opts.db, options, { ...helper, key: opts.dataKey, vaultId: opts.vaultId })
        : await loadRecords(opts.db, options);
    const index = await EntryIndex.of(entries, async () => {
      await nextTurn();
      checkpoint?.();
    });
    return new Journal(opts, index, damaged);
  }

  private constructor(opts: JournalOptions, entries: EntryIndex, damaged: Damaged[]) {
    this.#opts = opts;
    this.#entries = entries;
    this.#damaged = damaged;
  }

  /** Records that could not be read at unlock: skipped and reported, never deleted. */
  get damaged(): readonly Damaged[] {
    return this.#damaged;
  }

  /** Newest day first (shared/domain/entry-order.ts), optionally of some days only; a copy the caller may keep. */
  list(exerciseId?: string, days?: DayRange): Entry[] {
    return this.#entries.list(exerciseId, days);
  }

  /** A page of `list(exerciseId, days)`: up to `limit` entries after `cursor`. */
  page(exerciseId: string | undefined, limit: number, cursor?: string, days?: DayRange): EntryPage {
    return this.#entries.page(exerciseId, limit, cursor, days);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** list(exerciseId) read lazily, for work that may stop early or read a slice at a time (search). */
  newestFirst(exerciseId?: string): Iterable<Entry> {
    return this.#entries.newestFirst(exerciseId);
  }

  /** One exercise's entries in order, without a copy, for work in main that only reads them at once (the overview). */
  entriesOf(exerciseId: string): readonly Entry[] {
    return this.#entries.ofExercise(exerciseId);
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
    this.#entries.put(entry);
    return entry;
  }

  delete(id: string): void {
    this.get(id);
    try {
      this.#opts.db.prepare('DELETE FROM records WHERE id = ?').run(id);
    } catch (err) {
      rethrowStorageError(err);
    }
    this.#entries.remove(id);
  }

  /** Drops every decrypted entry from memory (called on lock). */
  forget(): void {
    this.#entries.clear();
  }
}
