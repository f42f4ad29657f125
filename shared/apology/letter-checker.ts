// The checker over a whole letter: splits it into sentences, reads each one
// (tagging is the slow part, so each sentence's result is cached by its text
// and mode: on a keystroke only the sentence being typed is read again), and
// turns the findings into notes with offsets in the letter. A time budget lets
// the renderer read a long letter it has just opened a slice at a time,
// instead of holding the page for the whole of it; past the budget, sentences
// get the quick reading (tokeniser only) until a later pass reads them fully.
import { noteFor } from './notes.ts';
import { checkSentence, type SentenceFinding } from './sentence-checker.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';
import type { ApologyFinding, CheckMode, Tagger } from './types.ts';

/** Enough for several long letters; the oldest sentences are forgotten first. */
const CACHE_LIMIT = 4000;
/** A run-on "sentence" longer than this is read in pieces (at spaces), so one cannot cost more than a few ms. */
export const MAX_SENTENCE_CHARS = 1000;

export interface LetterCheck {
  findings: ApologyFinding[];
  /** False when the budget ran out before every sentence was read fully: check again soon for the rest. */
  complete: boolean;
}

export interface LetterChecker {
  /** Every note on the letter, reading whatever it must. */
  check(text: string, mode?: CheckMode): ApologyFinding[];
  /**
   * The notes, with sentences read fully within about `budgetMs` by the clock `now` (shared/
   * has no clock of its own) and the rest, if there is a quick tagger, read quickly. Cached
   * sentences cost next to nothing. A keystroke calls it with a budget of 0.
   */
  checkWithin(text: string, mode: CheckMode, budgetMs: number, now: () => number): LetterCheck;
  /** Sentences read so far (cache misses), for the tests and the bench. */
  readonly sentencesRead: number;
}

function pieces(span: SentenceSpan): SentenceSpan[] {
  if (span.text.length <= MAX_SENTENCE_CHARS) return [span];
  const out: SentenceSpan[] = [];
  let from = 0;
  while (from < span.text.length) {
    let to = Math.min(span.text.length, from + MAX_SENTENCE_CHARS);
    const space = span.text.lastIndexOf(' ', to);
    if (to < span.text.length && space > from) to = space;
    const raw = span.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ start: span.start + from + lead, end: span.start + from + lead + text.length, text });
    from = to;
  }
  return out;
}

function remember(cache: Map<string, SentenceFinding[]>, key: string, found: SentenceFinding[], limit: number): SentenceFinding[] {
  if (cache.size >= limit) cache.delete(cache.keys().next().value!);
  cache.set(key, found);
  return found;
}

export function createLetterChecker(tagger: Tagger, quickTagger?: Tagger): LetterChecker {
  const cache = new Map<string, SentenceFinding[]>();
  // Quick readings are only kept until the full one replaces them: the sentence being typed.
  const quick = new Map<string, SentenceFinding[]>();
  let sentencesRead = 0;
  const keyOf = (sentence: string, mode: CheckMode) => `${mode}\u0000${sentence}`;
  const readSentence = (key: string, sentence: string, mode: CheckMode): SentenceFinding[] => {
    sentencesRead++;
    quick.delete(key);
    return remember(cache, key, checkSentence(tagger(sentence), mode), CACHE_LIMIT);
  };
  const readQuickly = (key: string, sentence: string, mode: CheckMode, read: Tagger): SentenceFinding[] =>
    quick.get(key) ?? remember(quick, key, checkSentence(read(sentence), mode), 64);
  const run = (text: string, mode: CheckMode, budgetMs: number, now: () => number): LetterCheck => {
    const started = now();
    const findings: ApologyFinding[] = [];
    let complete = true;
    for (const sentence of splitSentences(text).flatMap(pieces)) {
      const key = keyOf(sentence.text, mode);
      let found = cache.get(key);
      if (!found) {
        if (now() - started >= budgetMs) {
          complete = false;
          if (!quickTagger) continue;
          found = readQuickly(key, sentence.text, mode, quickTagger);
        } else {
          found = readSentence(key, sentence.text, mode);
        }
      }
      for (const f of found) {
        const start = sentence.start + f.start;
        const end = sentence.start + f.end;
        findings.push({ start, end, phrase: text.slice(start, end), kind: f.kind, ...noteFor(f.kind, mode), sentenceStart: sentence.start, sentenceEnd: sentence.end });
      }
    }
    return { findings, complete };
  };
  return {
    get sentencesRead() {
      return sentencesRead;
    },
    check: (text, mode = 'apology') => run(text, mode, Infinity, () => 0).findings,
    checkWithin: run,
  };
}
