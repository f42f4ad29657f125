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

// "No more than", "hardly ever more than": the negator belongs to a measure that shrinks, it reverses nothing.
const SHRINKING_MEASURE = /\b(?:no|never|nothing|not much|little|hardly|barely|scarcely)(?: ever| even)? more than\b/gu;
// "Far more than a bit of fun": a measure that says it was bigger reverses a small word right after it.
const BIGGER_THAN = /\bmore than(?: just| only| merely)?$/u;

/** The words from the start of the match's clause up to the match: where a negator (or "more than") reverses it. */
export function negated(reading: Reading, match: Match): boolean {
  const from = reading.clauseStart[match.from] ?? 0;
  const before = reading.tokens.slice(from, match.from).map((t) => t.word).join(' ');
  // "I don't see why it's such a big deal": a negator before "why" is about seeing, not about the words after it.
  const first = reading.tokens[match.from]?.word ?? '';
  const cleaned = `${before} ${first}`.replace(/^.*\bwhy\b/u, '').replace(/\bnot only\b/gu, '').slice(0, -first.length - 1);
  if (BIGGER_THAN.test(cleaned) && !/\b(?:no|never|nothing|not much|little|hardly|barely|scarcely)(?: ever| even)? more than(?: just| only| merely)?$/u.test(cleaned)) return true;
  return NEGATORS.test(cleaned.replace(SHRINKING_MEASURE, ' '));
}

// Verbs that report a claim: what follows them in their clause is what was said, not what the writer says now.
const REPORTING = new Set(['said', 'say', 'promised', 'promise', 'claimed', 'swore', 'pretended', 'insisted', 'assured', 'told']);
const LISTENERS = new Set(['you', 'her', 'him', 'them', 'everyone', 'people']);

/**
 * The words of the sentence without the claims it reports ("I said I'd stopped drinking"):
 * owning words inside a reported claim ("I'd stopped") are not the writer owning anything.
 * "Told myself" is left alone: the rules read it as owning a self-deception.
 */
export function assertedText(reading: Reading): string {
  const { tokens } = reading;
  const keep: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    keep.push(tokens[i]!.word);
    if (!REPORTING.has(tokens[i]!.word)) continue;
    let j = i + 1;
    if (LISTENERS.has(tokens[j]?.word ?? '')) keep.push(tokens[j++]!.word);
    if (tokens[j]?.word === 'that') j++;
    // A reported claim starts with its own subject ("I'd", "it was"); "said sorry" reports nothing.
    if (!/^(?:i|it|we|she|he|they|this|that|there)$/u.test(tokens[j]?.word ?? '')) continue;
    while (j < tokens.length && reading.clauseStart[j] !== j) j++;
    // "…, only that I'd stopped texting her": the report goes on in a clause of its own.
    const k = tokens[j]?.word === ',' ? j + 1 : j;
    if (/^(?:only|just|merely)$/u.test(tokens[k]?.word ?? '') && /^(?:that|i|it|we)$/u.test(tokens[k + 1]?.word ?? '')) {
      j = k + 2;
      while (j < tokens.length && reading.clauseStart[j] !== j) j++;
    }
    i = j - 1;
  }
  return keep.join(' ');
}

// Verbs that say how the writer was or what they felt or thought, not what they did.
const STATE = /^(?:am|was|were|be|been|feel|felt|think|thought|know|knew|want|wanted|need|needed|guess|suppose|hope|wish|believe|remember|realise|realised|realize|realized|mean|meant|understand|regret|apologise|apologised|apologize|apologized|can|could|will|would|should|may|might|must|love|miss|missed|got|get|did|do|had|have|has|not|never|sorry|just|still|really|also|even|then|first|only)$/u;
const IRREGULAR_PAST = /^(?:went|took|met|kept|told|said|hid|let|made|gave|sent|spent|drove|left|chose|began|started|wrote|slept|bought|put|brought|sought|found|ran|stole|broke|lied|cheated|texted|messaged|called|kissed|invited|asked|booked|deleted)$/u;

/** Whether the writer is the one doing something in the sentence ("when I texted him", "I kept it going"). */
export function writerActs(reading: Reading): boolean {
  const { tokens } = reading;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.word !== 'i') continue;
    // Skip helpers and adverbs ("I had first texted", "I kept choosing"), stopping at a negator.
    let j = i + 1;
    while (j < tokens.length && /^(?:just|then|first|also|still|really|even|actually|had|have|has|would|was|were)$/u.test(tokens[j]!.word)) j++;
    const verb = tokens[j];
    if (!verb) continue;
    // "What I did", "I did it": "did" is the act itself unless a negator or a verb follows it.
    if (verb.word === 'did' && !/^(?:not|never)$/u.test(tokens[j + 1]?.word ?? '') && !tokens[j + 1]?.tags.has('Verb')) return true;
    if (STATE.test(verb.word)) continue;
    // After "was": only a verb in -ing is doing ("I was texting"); "I was tired" is a state.
    if (/^(?:was|were)$/u.test(tokens[j - 1]!.word)) {
      if (verb.word.endsWith('ing')) return true;
      continue;
    }
    if (verb.tags.has('Verb') || /(?:ed|ing)$/u.test(verb.word) || IRREGULAR_PAST.test(verb.word)) return true;
  }
  return false;
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

// Adverbs that only hedge or date ("basically never home", "it'd have come out eventually anyway"):
// a second reading without them lets a rule meet its phrase with one of them inside.
const HEDGING = /^(?:already|actually|basically|practically|virtually|essentially|eventually|finally|probably|definitely|certainly|obviously|clearly|simply|pretty much|kind of|sort of|more or less)$/u;
const SUBJECT = /^(?:i|you|he|she|they|we|it)$/u;
const BETWEEN = /^(?:only|just|already|never|always|ever|both|all|really|long|since|finally|eventually|once|even|also)$/u;
const IRREGULAR_PARTICIPLE = /^(?:kept|told|said|made|gone|given|taken|left|lost|met|sent|spent|hidden|hid|broken|brought|bought|thought|caught|taught|found|got|gotten|done|run|begun|come|become|known|grown|drawn|shown|thrown|written|driven|chosen|fallen|forgotten|forgiven|slept|felt|dealt|meant|read|put|let|set|hit|shut|won|stuck|heard|held|led|fed|built|sat|stood|understood|swung|taught|worn|torn|sworn|stolen|spoken|woken|eaten|seen)$/u;
// A participle after "had/has/have" ("she'd kept", "we'd drifted"), by its tag or its shape (the quick reading has no tags).
/** A word shaped like a past participle ("drifted", "kept", "given"). */
export const looksParticipleWord = (word: string) => /\w{2,}ed$/u.test(word) || IRREGULAR_PARTICIPLE.test(word);
const looksParticiple = (t: Token | undefined) => !!t && !/^(?:been|had|has|have)$/u.test(t.word) && (t.tags.has('PastTense') || t.tags.has('Participle') || looksParticipleWord(t.word));

/**
 * The sentence in its plainest tense: "she'd kept on at me" reads "she kept on at me", "we'd
 * drifted" reads "we drifted" (a perfect "had/has/have" after a subject pronoun dropped), and
 * hedging adverbs left out. The rules read it beside the sentence as written, so a contracted
 * or hedged form of a phrase is met without a rule of its own. Negators are never dropped.
 */
export function simplified(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (HEDGING.test(t.word)) continue;
    if (/^(?:had|has|have)$/u.test(t.word) && SUBJECT.test(out.at(-1)?.word ?? '')) {
      let j = i + 1;
      while (BETWEEN.test(tokens[j]?.word ?? '') || HEDGING.test(tokens[j]?.word ?? '')) j++;
      if (looksParticiple(tokens[j]) || (t.word === 'had' && tokens[j]?.word === 'had')) continue;
    }
    out.push(t);
  }
  return out;
}

const PARTNER_OR_OTHER = /^(?:you|he|she|they)$/u;
/**
 * Whether the words a match found are said of the partner or someone else rather than the
 * writer: the nearest subject pronoun at or before the match is "you", "he", "she" or "they"
 * ("you were working nights to keep us afloat"), and the match has no "I" or "my" of its own.
 */
export function saidOfOthers(reading: Reading, match: Match): boolean {
  const own = reading.tokens.slice(match.from, match.to).some((t) => t.word === 'i' || t.word === 'my' || t.word === 'we');
  if (own) return false;
  for (let i = match.from - 1; i >= 0; i--) {
    const word = reading.tokens[i]!.word;
    if (word === 'i' || word === 'we' || word === 'my') return false;
    if (PARTNER_OR_OTHER.test(word) && !/^(?:to|for|with|at|from|tell|told|protect|spare|keep|hurt|give|gave|that|than)$/u.test(reading.tokens[i - 1]?.word ?? '')) return true;
  }
  return false;
}

// The writer owning a wrong act in words of their own: "I lied", "I went looking", "I made myself distant".
const WRONG_ACT =
  /\bi (?:\w+ ){0,2}?(?:lied|hid|cheated|betrayed|chose|used|took advantage|stole|brought|made myself|tore|broke|deceived|ignored|brushed|pretended|repaid|went (?:looking|behind|out with)|started lying|let you down|left you|kept (?:lying|hiding|it|seeing|going|quiet|secrets)|should have|was (?:lying|hiding|cheating|spending|tearing|out|busy|pulling|the one)|treated you|gambled|drank|emptied|spent|texted|slept with|walked away|pushed you|shut you|lied to)\b/u;
// Clause openers after which the writer's act is told as the consequence of what the partner did.
const CONSEQUENCE = /^(?:so|until|therefore|hence)$/u;

/**
 * Whether the writer owns a wrong act of their own in a clause that is not told as the
 * consequence of the partner's conduct: "you were cold, and I made myself distant" owns it;
 * "you were cold, so I went looking elsewhere" tells the act as what the coldness caused.
 */
export function ownsWrongAct(reading: Reading): boolean {
  const { tokens, clauseStart } = reading;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.word !== 'i') continue;
    const opener = tokens[clauseStart[i] ?? 0]!.word;
    if (CONSEQUENCE.test(opener) || /\b(?:is|was) why$/u.test(tokens.slice(Math.max(0, i - 3), i).map((t) => t.word).join(' '))) continue;
    if (WRONG_ACT.test(tokens.slice(i, i + 6).map((t) => t.word).join(' '))) return true;
  }
  return false;
}
