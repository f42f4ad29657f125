// Excuse and minimising-language checker for apology letters.
// Owns the table of phrase rules and the pure function that finds them in a draft.
// No imports and no Node/DOM APIs: it runs unchanged in main, preload and renderer.

export type ApologyFindingKind = 'excuse' | 'minimising' | 'blame' | 'conditional';

export interface ApologyFinding {
  /** Index in the text (UTF-16) of the flagged phrase. */
  start: number;
  /** Exclusive end index. */
  end: number;
  /** The exact text matched, as written. */
  phrase: string;
  kind: ApologyFindingKind;
  /** One gentle sentence suggesting what to write instead. */
  note: string;
}

interface Rule {
  kind: ApologyFindingKind;
  /**
   * Regex sources in a small shorthand: a space means "one or more whitespace"
   * and ' means a straight or curly apostrophe. Alternatives are tried in order,
   * so longer phrasings come first. Whole-word boundaries are added on compile.
   */
  phrases: string[];
  note: string;
}

// Someone pushing the partner to be done with the hurt ("can we just move on").
// "move on" / "let it go" alone are not flagged: "I can't move on from what I did"
// and "I will never let it go that far again" are honest sentences. "get over it"
// always is; "get over this" is not ("you may need a long time to get over this").
const PUSH =
  "(?:you need to|you have to|you've got to|you should|you must|we need to|we should|we have to" +
  "|can we|could we|can you|could you|can't you|I need you to" +
  "|it's time to|it is time to|time for you to|just|please)(?: just)?";

// Decisions about innocent words, so the checker stays gentle rather than noisy:
// - "only" alone is not flagged: "the only person I want to be honest with" is not
//   minimising. "I only", "only a" and "only once" are, as they shrink the act.
// - "just" alone is not flagged ("justice", "I just want you to know"); "just a",
//   "just a bit", "just once" are.
// - "but" is skipped in "nothing but" / "anything but" / "all but", where it means "except".
// - "because you deserve…", "you never deserved…" and "anyone would be hurt" validate
//   the partner rather than blame them, so a look-ahead lets them through.
const RULES: readonly Rule[] = [
  { kind: 'excuse', phrases: ['but(?<!\\b(?:nothing|anything|all) but)'],
    note: 'A “but” often takes back what came before it; you could end the sentence at the apology and let it stand on its own.' },
  { kind: 'minimising', phrases: ['I only', 'only (?:once|a)'],
    note: 'The word “only” can make this sound smaller than it felt to your partner; you could describe what you did plainly.' },
  { kind: 'minimising', phrases: ['just (?:a (?:little )?bit|a little|a|once)'],
    note: 'The word “just” can shrink what happened; you could name it in plain words, without softening.' },
  { kind: 'minimising', phrases: ['(?:little|small|tiny) (?:mistake|slip)s?', 'tiny'],
    note: 'Calling it small may not match how it felt to your partner; you could describe what you did as it was.' },
  { kind: 'minimising', phrases: ["(?:wasn't|isn't|was not|is not|not) (?:a big deal|that bad)", 'no big deal'],
    note: 'How big this feels is for your partner to say; you could acknowledge the impact instead of measuring it.' },
  { kind: 'excuse', phrases: ['(?:it|things) just happened'],
    note: 'Saying it “just happened” can sound as if no choice was made; you could name the choices you made.' },
  { kind: 'blame', phrases: ["if you (?:hadn't|had not|didn't|did not)"],
    note: "This ties what you did to your partner's actions; you could speak only about your own choices." },
  { kind: 'blame', phrases: ['because you(?! (?:deserve|deserved|asked)\\b)'],
    note: 'Naming your partner as the reason can move the weight onto them; you could describe what led you there as yours to own.' },
  { kind: 'blame', phrases: ['you (?:made|drove|pushed) me'],
    note: 'The choices were yours to make; you could write “I chose” and say what you chose.' },
  { kind: 'excuse', phrases: ["I (?:never meant|didn't mean|did not mean|never intended|didn't intend|did not intend)"],
    note: 'Your intentions may matter less to your partner right now than the impact; you could acknowledge how what you did affected them.' },
  { kind: 'conditional',
    phrases: ['(?:sorry )?if I (?:ever )?(?:hurt|upset|offended) you', '(?:sorry )?if you were (?:hurt|upset|offended)',
      '(?:sorry )?if you felt', 'sorry if'],
    note: 'An “if” can make the hurt sound uncertain; you could name what you did and that it hurt, without the “if”.' },
  { kind: 'conditional', phrases: ['sorry (?:that )?you (?:feel|felt)'],
    note: "This apologises for your partner's feelings rather than your actions; you could apologise for what you did." },
  { kind: 'excuse', phrases: ['I was(?: (?:so|really|very|just|too))? (?:drunk|stressed|tired(?! of\\b)|lonely|exhausted)'],
    note: 'Circumstances can read as excuses in an apology; you could keep the focus on what you chose to do.' },
  { kind: 'excuse',
    phrases: ['(?:everyone|everybody) (?:does|makes mistakes)', 'anyone would(?! (?:be|feel|have been|have felt)\\b)'],
    note: 'Comparing with other people can make it sound ordinary; you could speak only about your own choices and their effect.' },
  { kind: 'minimising', phrases: ['at least I'],
    note: '“At least” weighs what you did against something worse; you could let the apology stand without the comparison.' },
  { kind: 'blame', phrases: ['you always(?! deserved)', 'you never(?! (?:deserved|did anything|asked for)\\b)'],
    note: '“Always” and “never” about your partner can land as an accusation; you could keep the letter about your own actions.' },
  { kind: 'minimising', phrases: ["(?:it|that|this|they) (?:meant nothing|didn't mean anything|did not mean anything)"],
    note: 'Saying it meant nothing may be meant to reassure, yet it can make the hurt sound smaller; you could acknowledge what it cost your partner.' },
  { kind: 'minimising', phrases: [`${PUSH} (?:move on|let it go|get over it)`, 'get over it'],
    note: 'Healing takes the time it takes; you could let your partner set the pace rather than asking them to be done with it.' },
];

const compile = (phrases: readonly string[]): RegExp => {
  const source = phrases.join('|').replaceAll(' ', '\\s+').replaceAll("'", "['\u2019]");
  return new RegExp(`\\b(?:${source})\\b`, 'gi');
};

// Compiled once at module load.
const COMPILED = RULES.map((rule) => ({ rule, regex: compile(rule.phrases) }));

/**
 * Finds excuse, minimising, blaming and conditional phrasing in an apology draft.
 * Findings are sorted by start and never overlap: when two rules overlap, the
 * longer match is kept (the earlier one on a tie).
 */
export function checkApology(text: string): ApologyFinding[] {
  if (text.length === 0) return [];
  const candidates: ApologyFinding[] = [];
  for (const { rule, regex } of COMPILED) {
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      const phrase = match[0];
      candidates.push({ start, end: start + phrase.length, phrase, kind: rule.kind, note: rule.note });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));

  const kept: ApologyFinding[] = [];
  for (const candidate of candidates) {
    const last = kept.at(-1);
    if (!last || candidate.start >= last.end) {
      kept.push(candidate);
    } else if (candidate.end - candidate.start > last.end - last.start) {
      // Starts inside `last`, so it cannot touch anything kept before `last`.
      kept[kept.length - 1] = candidate;
    }
  }
  return kept;
}
