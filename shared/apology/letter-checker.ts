// The checker over a whole letter: splits it into sentences, reads each one
// (tagging is the slow part, so each sentence's result is cached by its text
// and mode: on a keystroke only the sentence being typed is read again), and
// turns the findings into notes with offsets in the letter.
import { noteFor } from './notes.ts';
import { checkSentence, type SentenceFinding } from './sentence-checker.ts';
import { splitSentences } from './sentences.ts';
import type { ApologyFinding, CheckMode, Tagger } from './types.ts';

/** Enough for several long letters; the oldest sentences are forgotten first. */
const CACHE_LIMIT = 4000;

export interface LetterChecker {
  check(text: string, mode?: CheckMode): ApologyFinding[];
  /** Sentences read so far (cache misses), for the tests and the bench. */
  readonly sentencesRead: number;
}

export function createLetterChecker(tagger: Tagger): LetterChecker {
  const cache = new Map<string, SentenceFinding[]>();
  let sentencesRead = 0;
  const sentenceFindings = (sentence: string, mode: CheckMode): SentenceFinding[] => {
    const key = `${mode}\u0000${sentence}`;
    const hit = cache.get(key);
    if (hit) return hit;
    sentencesRead++;
    const found = checkSentence(tagger(sentence), mode);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, found);
    return found;
  };
  return {
    get sentencesRead() {
      return sentencesRead;
    },
    check(text, mode = 'apology') {
      const out: ApologyFinding[] = [];
      for (const sentence of splitSentences(text)) {
        for (const f of sentenceFindings(sentence.text, mode)) {
          const start = sentence.start + f.start;
          const end = sentence.start + f.end;
          out.push({ start, end, phrase: text.slice(start, end), kind: f.kind, ...noteFor(f.kind, mode), sentenceStart: sentence.start, sentenceEnd: sentence.end });
        }
      }
      return out;
    },
  };
}
