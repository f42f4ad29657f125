// The decrypted entries of an open journal, indexed the ways the screens ask
// for them: by id, and per exercise in the journal's order (newest first),
// kept sorted on every save and delete. Listing an exercise is then a copy of
// one array, not a filter and a sort of every entry, and a page is a slice.
// All entries in order are the exercises' lists merged as they are read (a
// page of the timeline, a search), never sorted as a whole.
import type { Entry } from '../../../shared/domain/entry.ts';
import { cursorAfter, indexAfter, newestFirst, positionOfCursor } from '../../../shared/domain/entry-order.ts';

export interface EntryPage {
  entries: Entry[];
  /** Where the next page starts, or null when this page reaches the oldest entry. */
  nextCursor: string | null;
}

/** Some days, both ends included; either end may be open. */
export interface DayRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** The part of `list` (newest day first) whose days are in `days`, found by binary search. */
function withinDays(list: readonly Entry[], { from, to }: DayRange): readonly Entry[] {
  const firstWhere = (test: (entry: Entry) => boolean) => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (test(list[mid]!)) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  const start = to === undefined ? 0 : firstWhere((e) => e.day <= to);
  const end = from === undefined ? list.length : firstWhere((e) => e.day < from);
  return start === 0 && end === list.length ? list : list.slice(start, Math.max(start, end));
}

/** Entries indexed between two turns of the event loop while a workbook opens. */
const ENTRIES_PER_PAUSE = 10_000;

function insertSorted(list: Entry[], entry: Entry): void {
  list.splice(indexAfter(list, entry), 0, entry);
}

/** Removes exactly `entry` (the object), found by its position in the order. */
function removeSorted(list: Entry[], entry: Entry): void {
  const at = indexAfter(list, entry) - 1;
  if (list[at] === entry) list.splice(at, 1);
}

/** Several lists, each newest first, read as one list newest first, from `start[l]` in list l. */
function* merged(lists: readonly (readonly Entry[])[], start: readonly number[] = lists.map(() => 0)): Generator<Entry> {
  const at = [...start];
  for (;;) {
    let best = -1;
    let bestEntry: Entry | undefined;
    for (let l = 0; l < lists.length; l++) {
      const entry = lists[l]![at[l]!];
      if (entry && (!bestEntry || newestFirst(entry, bestEntry) < 0)) {
        best = l;
        bestEntry = entry;
      }
    }
    if (!bestEntry) return;
    at[best]! += 1;
    yield bestEntry;
  }
}

export class EntryIndex {
  readonly #byId = new Map<string, Entry>();
  readonly #byExercise = new Map<string, Entry[]>();

  /**
   * Indexes `entries` (in any order): 10,000 at a time, then each exercise's list sorted
   * on its own, with `pause` awaited in between, so that a large workbook never holds
   * the event loop for all of it at once.
   */
  static async of(entries: readonly Entry[], pause: () => Promise<void> = async () => {}): Promise<EntryIndex> {
    const index = new EntryIndex();
    for (let from = 0; from < entries.length; from += ENTRIES_PER_PAUSE) {
      if (from > 0) await pause();
      for (const entry of entries.slice(from, from + ENTRIES_PER_PAUSE)) {
        index.#byId.set(entry.id, entry);
        const list = index.#byExercise.get(entry.exerciseId);
        if (list) list.push(entry);
        else index.#byExercise.set(entry.exerciseId, [entry]);
      }
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
  }

  remove(id: string): void {
    const old = this.#byId.get(id);
    if (!old) return;
    this.#byId.delete(id);
    const list = this.#byExercise.get(old.exerciseId);
    if (list) removeSorted(list, old);
  }

  clear(): void {
    this.#byId.clear();
    this.#byExercise.clear();
  }

  /** One exercise's entries, newest first. Read only: callers copy what they keep. */
  ofExercise(exerciseId: string): readonly Entry[] {
    return this.#byExercise.get(exerciseId) ?? [];
  }

  /** The lists to read: one exercise's or all, each cut to `days` when given. */
  #lists(exerciseId?: string, days?: DayRange): readonly (readonly Entry[])[] {
    const lists = exerciseId !== undefined ? [this.ofExercise(exerciseId)] : [...this.#byExercise.values()];
    return days ? lists.map((list) => withinDays(list, days)) : lists;
  }

  /**
   * The entries of one exercise, or of all, newest first, read as they are merged. Made
   * from copies of the lists, so saves and deletes while it is read (a search gives the
   * event loop turns) do not disturb it.
   */
  newestFirst(exerciseId?: string, days?: DayRange): Iterable<Entry> {
    const lists = this.#lists(exerciseId, days).map((list) => [...list]);
    return lists.length === 1 ? lists[0]! : merged(lists);
  }

  /** A new array of the entries of one exercise, or of all, newest first. */
  list(exerciseId?: string, days?: DayRange): Entry[] {
    return [...this.newestFirst(exerciseId, days)];
  }

  /** Up to `limit` entries after `cursor` (from the newest when there is none). */
  page(exerciseId: string | undefined, limit: number, cursor?: string, days?: DayRange): EntryPage {
    const lists = this.#lists(exerciseId, days);
    const position = cursor === undefined ? undefined : positionOfCursor(cursor);
    const start = lists.map((list) => (position ? indexAfter(list, position) : 0));
    const entries: Entry[] = [];
    let more = false;
    for (const entry of merged(lists, start)) {
      if (entries.length === limit) {
        more = true;
        break;
      }
      entries.push(entry);
    }
    const last = entries.at(-1);
    return { entries, nextCursor: last && more ? cursorAfter(last) : null };
  }
}
