// The shapes the sentence checker works with: a tagged token, the tagger that
// makes them (an adapter over an NLP library, injected so the rules stay pure),
// and the note a sentence can get.

/** One word or punctuation mark of a sentence, as the tagger read it. */
export interface Token {
  /** Lower-case word with contractions resolved ("wasn't" -> "was", "not"; "I'd been" -> "i", "had"). */
  word: string;
  /** Offsets in the sentence (UTF-16) of the written text this token came from. */
  start: number;
  end: number;
  /** Part-of-speech tags from the tagger that the rules read: Pronoun, Passive, Verb, Noun, Negative… */
  tags: ReadonlySet<string>;
}

/** Splits and tags one sentence. Must be deterministic: results are cached per sentence text. */
export type Tagger = (sentence: string) => Token[];

/** Which letter the text is in: the notes differ (see notes.ts). */
export type CheckMode = 'apology' | 'causes' | 'self-compassion';

export type ApologyFindingKind =
  | 'minimising'
  | 'conditional'
  | 'blame'
  | 'excuse'
  | 'cause'
  | 'comparison'
  | 'technicality'
  | 'passive'
  | 'pressure'
  | 'past'
  | 'intentions'
  | 'partner-conduct'
  | 'others'
  | 'needs'
  | 'takes-back'
  | 'closing'
  | 'absolves'
  | 'drift';

export interface ApologyFinding {
  /** Index in the text (UTF-16) of the words the note is about. */
  start: number;
  /** Exclusive end index. */
  end: number;
  /** The words as written. */
  phrase: string;
  kind: ApologyFindingKind;
  /** What the checker saw, in plain words ("makes it sound small"). */
  saw: string;
  /** One gentle sentence: a suggestion, never a rule. */
  note: string;
  /** The sentence the note is about (offsets in the text). */
  sentenceStart: number;
  sentenceEnd: number;
}
