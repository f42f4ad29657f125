// Search across one's entries: every word of the query must appear somewhere in
// the entry (case-insensitive); each hit says in which answer, with a snippet
// around the first match for highlighting. Runs where entries are decrypted
// (main's memory); nothing is ever indexed to disk.
import type { Entry } from '../domain/entry.ts';
import { newestFirst } from '../domain/entry-order.ts';
import { findExercise } from '../exercises/catalog.ts';
import { answerLines } from '../export/answer-text.ts';

export interface SearchHit {
  entryId: string;
  exerciseId: string;
  day: string;
  fieldLabel: string;
  snippet: { before: string; match: string; after: string };
  /** Who can read it, who wrote it, who signed it: for the marks of a workbook for two. */
  visibility: Entry['visibility'];
  author?: string;
  signedBy?: Entry['signedBy'];
}

export interface SearchableText {
  label: string;
  text: string;
  /** `text` lower-cased (same length), for matching. */
  lower: string;
}

export const SEARCH_QUERY_MAX = 200;
const SNIPPET_SIDE = 60;
/** Hits in one answer; the search screen shows "100+" when it is full. */
export const SEARCH_LIMIT = 100;

/** The answers of an entry as text, one item per field, as the user would read them. */
export function searchableTexts(entry: Entry): SearchableText[] {
  const exercise = findExercise(entry.exerciseId);
  if (!exercise) return [];
  return exercise.steps
    .flatMap((s) => s.fields)
    .map((field) => {
      const text = answerLines(field, entry.answers[field.id]).join(' · ');
      return { label: field.label, text, lower: text.toLowerCase() };
    })
    .filter((t) => t.text !== '');
}

export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/u).filter((w) => w.length > 0);
}

/** The hit for an entry holding every word (lower-cased) somewhere in its texts, or null. */
export function hitIn(entry: Entry, words: readonly string[], texts: readonly SearchableText[]): SearchHit | null {
  if (!words.every((w) => texts.some((t) => t.lower.includes(w)))) return null;
  const first = words[0]!;
  const where = texts.find((t) => t.lower.includes(first))!;
  const at = where.lower.indexOf(first);
  return {
    entryId: entry.id,
    exerciseId: entry.exerciseId,
    day: entry.day,
    fieldLabel: where.label,
    visibility: entry.visibility,
    ...(entry.author ? { author: entry.author } : {}),
    ...(entry.signedBy ? { signedBy: entry.signedBy } : {}),
    snippet: {
      before: (at > SNIPPET_SIDE ? '…' : '') + where.text.slice(Math.max(0, at - SNIPPET_SIDE), at),
      match: where.text.slice(at, at + first.length),
      after: where.text.slice(at + first.length, at + first.length + SNIPPET_SIDE) + (at + first.length + SNIPPET_SIDE < where.text.length ? '…' : ''),
    },
  };
}

/**
 * Entries matching every word, newest first, at most `limit`. `textsOf` lets the
 * caller keep the lower-cased texts of unchanged entries between searches. (Main
 * searches the journal's own order a slice at a time: main/services/search.)
 */
export function searchEntries(entries: readonly Entry[], query: string, limit = SEARCH_LIMIT, textsOf: (e: Entry) => SearchableText[] = searchableTexts): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of [...entries].sort(newestFirst)) {
    const hit = hitIn(entry, words, textsOf(entry));
    if (!hit) continue;
    hits.push(hit);
    if (hits.length >= limit) break;
  }
  return hits;
}
