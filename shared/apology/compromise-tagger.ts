// Taggers over compromise (compromise/two: tokeniser, contractions and
// part-of-speech tagger, no network, no eval). compromise resolves "'d" to
// "had" or "would" from the verb after it and tags passive verbs and pronouns,
// which is what the rules need and what regular expressions alone kept
// getting wrong.
//
// Tagging costs about a millisecond a sentence on an idle core, more on a busy
// one; so there are two readings. The full one (compromiseTagger) is what the
// notes are made of. The quick one (compromiseQuickTagger) is compromise's
// tokeniser alone (contractions and offsets, a tenth of the cost) with the few
// tags the rules read guessed from word lists: it answers the keystroke, and
// the full reading replaces it a frame later (see letter-checker.ts).
import nlp from 'compromise/two';
import { looksParticipleWord } from './reading.ts';
import type { Tagger, Token } from './types.ts';

interface Term {
  text: string;
  normal?: string;
  implicit?: string;
  post?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}
type Json = { terms: Term[] }[];

// Punctuation after a word that ends a clause for the rules.
const CLAUSE_PUNCT = /[,;:—–()]|\s-\s/u;
const WANTED = new Set(['Pronoun', 'Passive', 'Verb', 'Noun', 'Negative', 'Auxiliary', 'Copula', 'PastTense', 'Participle', 'Gerund', 'Adjective']);

// "kids' sake", "my sister's husband": the possessive is dropped; "it's", "she's" are contractions, kept for the quick reading.
const CONTRACTS_S = /^(?:it|he|she|that|there|what|who|here|where|how|everyone|everybody|nobody|someone|one)[’']s$/u;
const dropPossessive = (raw: string) => (CONTRACTS_S.test(raw) ? raw : raw.replace(/[’']s?$/u, ''));

function toTokens(json: Json, tagsOf: (term: Term, word: string) => Set<string>): Token[] {
  const tokens: Token[] = [];
  let last: Token | undefined;
  const terms = json.flatMap((s) => s.terms);
  terms.forEach((term, index) => {
    const raw = resolveD(term, terms[index + 1]) ?? (term.implicit || term.normal || term.text || '').toLowerCase();
    const word = dropPossessive(raw).replace(/[’]/gu, "'").replace(/[^\p{L}\p{N}' -]/gu, '').trim();
    const offset = term.offset ?? { start: 0, length: 0 };
    // Implicit words of a contraction ("not" of "wasn't") have no text of their own: they point at the written word.
    const start = offset.length === 0 && last ? last.start : offset.start;
    const end = offset.length === 0 && last ? last.end : offset.start + offset.length;
    if (word) {
      last = { word, start, end, tags: tagsOf(term, word) };
      tokens.push(last);
    }
    if (CLAUSE_PUNCT.test(term.post ?? '')) tokens.push({ word: ',', start: end, end: end + 1, tags: new Set(['Punct']) });
  });
  return tokens;
}

/**
 * The "'d" of a contraction read from the verb after it: before a bare verb it is "would" ("you'd
 * roll your eyes"), before a participle "had" ("you'd stopped"). compromise mostly knows, but in a
 * long sentence it can guess "had" before a bare verb.
 */
// Words after "'d" that leave it "had": "I'd no idea", "she'd every reason", "I'd never", "I'd a feeling".
const NOT_A_BARE_VERB = /^(?:no|every|a|an|the|some|any|nothing|enough|been|never|already|just|always|ever|only|both|all|really|not|so|long|since|once|also|to|finally|eventually|even|still|probably|usually|often|too|more|less|much|my|your|our|his|her|their|its|this|that|these|those|two|three|four|five|six|several|one)$/u;

function resolveD(term: Term, next: Term | undefined): string | undefined {
  if (term.text || (term.implicit !== 'had' && term.implicit !== 'would') || !next) return undefined;
  const tags = new Set(next.tags ?? []);
  const word = (next.normal || next.text || '').toLowerCase();
  if (term.implicit !== 'had' || tags.has('PastTense') || tags.has('Participle') || looksParticipleWord(word) || NOT_A_BARE_VERB.test(word)) return undefined;
  return tags.has('Infinitive') || tags.has('PresentTense') || tags.has('Singular') ? 'would' : undefined;
}

export const compromiseTagger: Tagger = (sentence) =>
  toTokens(nlp(sentence).json({ offset: true, terms: { offset: true } }) as Json, (term) => new Set((term.tags ?? []).filter((t) => WANTED.has(t))));

const PRONOUNS = new Set(['i', 'me', 'you', 'he', 'him', 'she', 'her', 'it', 'we', 'us', 'they', 'them', 'this', 'that', 'my', 'your', 'our', 'their']);
const FUNCTION_WORDS = /^(?:a|an|the|and|or|but|so|yet|if|of|to|in|on|at|by|for|with|from|as|not|no|never|am|is|are|was|were|be|been|being|had|has|have|do|did|does|would|will|can|could|should|may|might|must|got|get|just|only|very|too|all|some|any|every|each|there|here|then|than|when|while|because|after|before|since|until|what|who|which|how|why)$/u;
const PARTICIPLE_SHAPE = /^(?:\w+ed|broken|lost|told|said|kept|done|given|taken|hidden|spent|left|made|hurt|sent|forgotten|shared|been|gone|seen|known|forgiven|gotten|written|driven|chosen|stolen|fallen|grown|shown|thrown|spoken|sworn|torn)$/u;
// A contraction the tokeniser leaves whole ("i'd", "it's"): split as the tagger would, from the next word.
const LEFT_WHOLE = /^(\p{L}+)['’](d|s)$/u;

function quickTags(_term: Term, word: string): Set<string> {
  if (PRONOUNS.has(word)) return new Set(['Pronoun', 'Noun']);
  if (PARTICIPLE_SHAPE.test(word)) return new Set(['Adjective']);
  return FUNCTION_WORDS.test(word) ? new Set() : new Set(['Noun']);
}

export const compromiseQuickTagger: Tagger = (sentence) => {
  const tokens = toTokens(nlp.tokenize(sentence).json({ offset: true, terms: { offset: true } }) as Json, quickTags);
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    const m = LEFT_WHOLE.exec(t.word);
    if (!m) return void out.push(t);
    const next = tokens[i + 1]?.word ?? '';
    const perfect = PARTICIPLE_SHAPE.test(next) || next === 'had' || next === 'never' || next === 'already';
    const verb = m[2] === 'd' ? (perfect ? 'had' : 'would') : perfect ? 'has' : 'is';
    out.push({ ...t, word: m[1]!, tags: quickTags({ text: m[1]! }, m[1]!) }, { ...t, word: verb, tags: new Set(['Verb', 'Auxiliary']) });
  });
  return out;
};
