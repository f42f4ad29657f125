// A tagged sentence read for the rules: the words as one normalised string
// (so a rule is a pattern over words, with contractions already resolved),
// the clauses it falls into, and a way back from a match to the words as
// written.
import type { Token } from './types.ts';

/** Words that open a new clause: where responsibility often shifts or a commitment is added. */
const CONNECTIVES = new Set(['but', 'yet', 'so', 'because', 'and', 'although', 'though', 'while', 'when', 'after', 'before', 'since', 'if', 'unless', 'until', 'whereas']);
// Negators whose scope runs to the end of their clause.
const NEGATORS = /\b(?:not|no|never|nothing|none|neither|nor|nobody)\b/u;

export interface Reading {
  tokens: Token[];
  /** The words joined by single spaces, e.g. "i had been drinking , but i chose". */
  text: string;
  /** Index in `text` where each token begins. */
  at: number[];
  /** For each token, the index of the token that opens its clause. */
  clauseStart: number[];
}

export interface Match {
  /** Token range [from, to). */
  from: number;
  to: number;
}

export function read(tokens: Token[]): Reading {
  const at: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (text) text += ' ';
    at.push(text.length);
    text += t.word;
  }
  const clauseStart: number[] = [];
  let open = 0;
  tokens.forEach((t, i) => {
    if (t.word === ',' ) open = i + 1;
    else if (CONNECTIVES.has(t.word) && i > 0) open = i;
    clauseStart.push(Math.min(open, i));
  });
  return { tokens, text, at, clauseStart };
}

/** Every match of `pattern` (global) in the reading, as token ranges. */
export function find(reading: Reading, pattern: RegExp): Match[] {
  const out: Match[] = [];
  for (const m of reading.text.matchAll(pattern)) {
    const from = tokenAt(reading, m.index);
    const to = tokenAt(reading, m.index + Math.max(0, m[0].length - 1)) + 1;
    out.push({ from, to });
  }
  return out;
}

function tokenAt(reading: Reading, index: number): number {
  let lo = 0;
  let hi = reading.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (reading.at[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The words from the start of the match's clause up to the match: where a negator reverses it. */
export function negated(reading: Reading, match: Match): boolean {
  const from = reading.clauseStart[match.from] ?? 0;
  const before = reading.tokens.slice(from, match.from).map((t) => t.word).join(' ');
  return NEGATORS.test(before.replace(/\bnot only\b/gu, ''));
}

/** The words of the clause that opens at token `from` (up to the next clause). */
export function clauseText(reading: Reading, from: number): string {
  const words: string[] = [];
  for (let i = from; i < reading.tokens.length; i++) {
    if (i > from && reading.clauseStart[i] === i) break;
    words.push(reading.tokens[i]!.word);
  }
  return words.join(' ');
}
