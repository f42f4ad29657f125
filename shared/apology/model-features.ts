// The features the checker's small learned model reads in a sentence (see
// model.ts): the words, word pairs and triples of the tagged sentence, and the
// same words marked by the structure around them, so that the model can learn
// shapes rather than one writer's phrases: which clause a word is in (after a
// "but", a "because", a "so"), whether a negator earlier in its clause reverses
// it, who the subject of its clause is (the writer, the partner, someone else)
// and which verbs that subject has, and whether a verb is passive.
import type { CheckMode, Token } from './types.ts';

/** A feature and the token it was read at (the note's span is the clause that weighs most). */
export interface Feature {
  name: string;
  token: number;
}

const OPENERS = new Set(['but', 'yet', 'so', 'because', 'although', 'though', 'while', 'when', 'since', 'if', 'unless', 'until', 'and', 'after', 'before', 'whereas', 'cause', 'as']);
const NEGATOR = /^(?:not|no|never|nothing|none|neither|nor|nobody|without)$/u;
const SUBJECTS: Record<string, string> = { i: 'me', we: 'we', you: 'you', he: 'other', she: 'other', they: 'other', it: 'it', this: 'it', that: 'it' };

/** The sentence's features; the same tokens always give the same list. */
export function sentenceFeatures(tokens: readonly Token[], mode: CheckMode): Feature[] {
  const words = tokens.map((t) => t.word);
  const out: Feature[] = [{ name: `mode:${mode}`, token: 0 }];
  const add = (name: string, token: number) => out.push({ name, token });
  let opener = 'start';
  let subject = 'none';
  let negated = false;
  let clauseWords = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === ',') {
      negated = false;
      clauseWords = 0;
      continue;
    }
    if (OPENERS.has(word) && i > 0) {
      opener = word;
      subject = 'none';
      negated = false;
      clauseWords = 0;
      add(`open:${word}`, i);
    }
    if (clauseWords < 3 && subject === 'none' && SUBJECTS[word]) {
      subject = SUBJECTS[word]!;
      add(`subj:${opener}:${subject}`, i);
    }
    const next = words[i + 1];
    const third = words[i + 2];
    add(`w:${word}`, i);
    if (next && next !== ',') {
      add(`b:${word} ${next}`, i);
      if (third && third !== ',') add(`t:${word} ${next} ${third}`, i);
    }
    if (negated) add(`neg:${word}`, i);
    if (opener !== 'start') add(`in:${opener}:${word}`, i);
    if (subject !== 'none' && tokens[i]!.tags.has('Verb')) add(`sv:${subject}:${word}`, i);
    if (tokens[i]!.tags.has('Passive')) add(`passive:${subject}`, i);
    if (NEGATOR.test(word)) negated = true;
    clauseWords++;
  }
  if (words.length) add(`first:${words.slice(0, 2).join(' ')}`, 0);
  return out;
}

/** The feature names once each, as the model is trained on them. */
export const featureNames = (features: readonly Feature[]) => [...new Set(features.map((f) => f.name))];
