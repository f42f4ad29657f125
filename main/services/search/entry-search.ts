// Search over the unlocked journal. The lower-cased texts of each entry are
// kept in memory, keyed by the entry object itself: a saved entry is a new
// object, so its old texts simply stop being reachable. Cleared with the journal on lock.
// A search scans the journal's own order (newest first, nothing to sort), stops
// once its page of hits is full, and gives the event loop back every few
// milliseconds: at 100,000 entries a search that finds little reads them all,
// and the first one of a session also builds the texts.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Entry } from '../../../shared/domain/entry.ts';
import { hitIn, queryWords, SEARCH_LIMIT, searchableTexts } from '../../../shared/search/search-entries.ts';
import type { SearchableText, SearchHit } from '../../../shared/search/search-entries.ts';

export interface SearchOptions {
  limit?: number;
  /** Called between slices; throws to stop the search (e.g. the workbook was locked meanwhile). */
  checkpoint?: () => void;
  sliceMs?: number;
}

const SLICE_MS = 8;
/** Entries between looks at the clock. */
const ENTRIES_PER_CLOCK_CHECK = 32;

export class EntrySearch {
  #texts = new WeakMap<Entry, SearchableText[]>();

  /** `entries` newest first (the journal's newestFirst()): hits come in that order. */
  async search(entries: Iterable<Entry>, query: string, { limit = SEARCH_LIMIT, checkpoint, sliceMs = SLICE_MS }: SearchOptions = {}): Promise<SearchHit[]> {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const hits: SearchHit[] = [];
    let sliceEnd = performance.now() + sliceMs;
    let i = 0;
    for (const entry of entries) {
      const hit = hitIn(entry, words, this.#textsOf(entry));
      if (hit) {
        hits.push(hit);
        if (hits.length >= limit) break;
      }
      if (++i % ENTRIES_PER_CLOCK_CHECK === 0 && performance.now() > sliceEnd) {
        await nextTurn();
        checkpoint?.();
        sliceEnd = performance.now() + sliceMs;
      }
    }
    return hits;
  }

  #textsOf(entry: Entry): SearchableText[] {
    let texts = this.#texts.get(entry);
    if (!texts) {
      texts = searchableTexts(entry);
      this.#texts.set(entry, texts);
    }
    return texts;
  }
}
