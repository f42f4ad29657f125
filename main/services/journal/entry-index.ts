// The decrypted entries of an open journal, indexed the ways the screens ask
// for them: by id, and per exercise in the journal's order (newest first),
// kept sorted on every save and delete. Listing an exercise is then a copy of
// one array, not a filter and a sort of every entry, and a page is a slice.
import type { Entry } from '../../../shared/domain/entry.ts';
import { cursorAfter, indexAfter, newestFirst, positionOfCursor } from '../../../shared/domain/entry-order.ts';

export interface EntryPage {
  entries: Entry[];
  /** Where the next page starts, or null when this page reaches the oldest entry. */
  nextCursor: string | null;
}

function insertSorted(list: Entry[], entry: Entry): void {
  list.splice(indexAfter(list, entry), 0, entry);
}

/** Removes exactly `entry` (the object), found by its position in the order. */
function removeSorted(list: Entry[], entry: Entry): void {
  const at = indexAfter(list, entry) - 1;
  if (list[at] === entry) list.splice(at, 1);
}

export class EntryIndex {
  readonly #byId = new Map<string, Entry>();
  readonly #byExercise = new Map<string, Entry[]>();
  /** Every entry in order: merged from the exercises' lists when first asked for, then kept up to date. */
  #all: Entry[] | null = null;

  /**
   * Indexes `entries` (in any order). Each exercise's list is sorted on its own, with
   * `pause` awaited between them, so a large workbook never holds the event loop for
   * all of its sorting at once.
   */
  static async of(entries: readonly Entry[], pause: () => Promise<void> = async () => {}): Promise<EntryIndex> {
    const index = new EntryIndex();
    for (const entry of entries) {
      index.#byId.set(entry.id, entry);
      const list = index.#byExercise.get(entry.exerciseId);
      if (list) list.push(entry);
      else index.#byExercise.set(entry.exerciseId, [entry]);
    }
    for (const list of index.#byExercise.values()) {
      await pause();
      list.sort(newestFirst);
    }
    return index;
  }

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): Entry | undefined {
    return this.#byId.get(id);
  }

  /** Adds an entry, or replaces the one with its id (which may have moved in the order). */
  put(entry: Entry): void {
    this.remove(entry.id);
    this.#byId.set(entry.id, entry);
    let list = this.#byExercise.get(entry.exerciseId);
    if (!list) this.#byExercise.set(entry.exerciseId, (list = []));
    insertSorted(list, entry);
    if (this.#all) insertSorted(this.#all, entry);
  }

  remove(id: string): void {
    const old = this.#byId.get(id);
    if (!old) return;
    this.#byId.delete(id);
    const list = this.#byExercise.get(old.exerciseId);
    if (list) removeSorted(list, old);
    if (this.#all) removeSorted(this.#all, old);
  }

  clear(): void {
    this.#byId.clear();
    this.#byExercise.clear();
    this.#all = null;
  }

  /** The entries of one exercise, or all of them, newest first. Read only: callers copy what they keep. */
  sorted(exerciseId?: string): readonly Entry[] {
    if (exerciseId !== undefined) return this.#byExercise.get(exerciseId) ?? [];
    // The exercises' lists are sorted runs: the sort merges them rather than sorting from scratch.
    this.#all ??= [...this.#byExercise.values()].flat().sort(newestFirst);
    return this.#all;
  }

  /** Up to `limit` entries after `cursor` (from the newest when there is none). */
  page(exerciseId: string | undefined, limit: number, cursor?: string): EntryPage {
    const list = this.sorted(exerciseId);
    const start = cursor === undefined ? 0 : indexAfter(list, positionOfCursor(cursor));
    const entries = list.slice(start, start + limit);
    const last = entries.at(-1);
    return { entries, nextCursor: last && start + limit < list.length ? cursorAfter(last) : null };
  }
}
