// The Tagger over compromise (compromise/two: tokeniser, contractions and
// part-of-speech tagger, no network, no eval). compromise resolves "'d" to
// "had" or "would" from the verb after it and tags passive verbs, which is
// what the rules need and what regular expressions alone kept getting wrong.
import nlp from 'compromise/two';
import type { Tagger, Token } from './types.ts';

interface Term {
  text: string;
  normal?: string;
  implicit?: string;
  post?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

// Punctuation after a word that ends a clause for the rules.
const CLAUSE_PUNCT = /[,;:—–()]|\s-\s/u;
const WANTED = new Set(['Pronoun', 'Passive', 'Verb', 'Noun', 'Negative', 'Auxiliary', 'Copula', 'PastTense', 'Participle', 'Gerund', 'Adjective']);

export const compromiseTagger: Tagger = (sentence) => {
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
  const tokens: Token[] = [];
  let last: Token | undefined;
  for (const term of json.flatMap((s) => s.terms)) {
    const raw = (term.implicit || term.normal || term.text || '').toLowerCase();
    const word = raw.replace(/[’']s?$/u, '').replace(/[^\p{L}\p{N}' -]/gu, '').trim();
    const offset = term.offset ?? { start: 0, length: 0 };
    // Implicit words of a contraction ("not" of "wasn't") have no text of their own: they point at the written word.
    const start = offset.length === 0 && last ? last.start : offset.start;
    const end = offset.length === 0 && last ? last.end : offset.start + offset.length;
    if (word) {
      last = { word, start, end, tags: new Set((term.tags ?? []).filter((t) => WANTED.has(t))) };
      tokens.push(last);
    }
    const post = term.post ?? '';
    if (CLAUSE_PUNCT.test(post)) tokens.push({ word: ',', start: end, end: end + 1, tags: new Set(['Punct']) });
  }
  return tokens;
};
