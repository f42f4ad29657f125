// Search over the unlocked journal. The lower-cased texts of each entry are
// kept in memory, keyed by the entry object itself: a saved entry is a new
// object, so its old texts simply stop being reachable. Cleared with the journal on lock.
import type { Entry } from '../../../shared/domain/entry.ts';
import { searchableTexts, searchEntries } from '../../../shared/search/search-entries.ts';
import type { SearchableText, SearchHit } from '../../../shared/search/search-entries.ts';

export class EntrySearch {
  #texts = new WeakMap<Entry, SearchableText[]>();

  search(entries: readonly Entry[], query: string, limit?: number): SearchHit[] {
    return searchEntries(entries, query, limit, (entry) => {
      let texts = this.#texts.get(entry);
      if (!texts) {
        texts = searchableTexts(entry);
        this.#texts.set(entry, texts);
      }
      return texts;
    });
  }
}
