// Search across all of one's entries. Main searches the decrypted entries in
// memory; results show where the words were found, highlighted, and open the
// entry in place. In a workbook for two, results the other partner shared say so.
import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../shared/contract/channels.ts';
import { formatDay } from '../../../shared/domain/dates.ts';
import { findExercise } from '../../../shared/exercises/catalog.ts';
import { call, mend, messageOf } from '../api.ts';
import { hrefFor } from '../app/use-hash-route.ts';
import { EntryMarks } from '../partners/EntryMarks.tsx';

type Hits = ResponseOf<'entries:search'>;

export function SearchScreen() {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hits | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!query.trim()) {
      setHits(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      call(mend().entries.search({ query })).then(
        (found) => current && (setHits(found), setError(null)),
        (err) => current && setError(messageOf(err)),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <main id="main" className="page">
      <h1>Search your entries</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-query" className="visually-hidden">Words to find</label>
        <input id="search-query" className="field__input search-input" type="search" autoFocus autoComplete="off" placeholder="Words to find" maxLength={200} value={query} onChange={(e) => setQuery(e.target.value)} />
      </form>
      {error && <p role="alert" className="field__error">{error}</p>}
      <p className="muted" role="status">
        {hits === null ? 'Search happens on this computer, in memory, and is never saved.' : hits.length === 0 ? 'Nothing found.' : `${hits.length}${hits.length === 100 ? '+' : ''} ${hits.length === 1 ? 'entry' : 'entries'} found.`}
      </p>
      {hits && hits.length > 0 && (
        <ul className="search-results">
          {hits.map((hit) => (
            <li key={hit.entryId}>
              <a className="search-result" href={hrefFor.exercise(hit.exerciseId, hit.entryId)}>
                <span className="search-result__where">{findExercise(hit.exerciseId)?.title} · {formatDay(hit.day)} · {hit.fieldLabel}</span>
                <span className="search-result__snippet">{hit.snippet.before}<mark>{hit.snippet.match}</mark>{hit.snippet.after}</span>
                <span className="search-result__marks"><EntryMarks entry={hit} /></span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
