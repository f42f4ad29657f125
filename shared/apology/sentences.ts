// Splitting a letter into sentences, with their offsets, before any tagging:
// cheap enough to run on every keystroke, so that only the sentences that
// changed go to the tagger (the checker caches the rest).

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

// A sentence ends at . ! ? (with any closing quote or bracket) before a space,
// or at a line break: letters are often written as short lines without a full stop.
const SENTENCE = /[^\n.!?]*(?:[.!?]+["'”’)\]]*(?=\s|$)|[.!?]+|\n|$)/gu;
// Common short forms that end with a full stop without ending the sentence.
const ABBREVIATION = /\b(?:mr|mrs|ms|dr|st|e\.g|i\.e|etc|vs)\.$/iu;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let pending: number | undefined;
  for (const match of text.matchAll(SENTENCE)) {
    if (match[0].length === 0) continue;
    const from = pending ?? match.index;
    const to = match.index + match[0].length;
    if (ABBREVIATION.test(text.slice(from, to).trimEnd()) && to < text.length) {
      pending = from;
      continue;
    }
    pending = undefined;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (/[\p{L}\p{N}]/u.test(body)) spans.push({ start: from + lead, end: from + lead + body.length, text: body });
  }
  return spans;
}
