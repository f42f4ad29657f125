// What a rule of the sentence checker is, and the pieces the rule families
// share. A rule is a pattern over the normalised words of a sentence (lower
// case, contractions resolved: "wasn't" reads "was not", "she'd been" reads
// "she had been"), with the kind of note it earns and how its sense can be
// reversed. How a rule is applied is in sentence-checker.ts.
import type { ApologyFindingKind, CheckMode } from './types.ts';

export interface Rule {
  kind: ApologyFindingKind;
  pattern: RegExp;
  /** A "not", "no" or "never" earlier in the same clause reverses it ("this was no small slip"). */
  negatable?: boolean;
  /**
   * The sentence also owning the choice ("and I chose…") answers it (see OWNS). 'choice': only
   * owning the choice or the wrong does, not telling the act itself ("I lied to you because I
   * wanted to protect you" tells the act and offers the intention as its cover).
   */
  ownable?: boolean | 'choice';
  /** The writer doing something elsewhere in the sentence ("…when I texted him") answers it: the act has its actor. */
  actorAnswers?: boolean;
  /** The writer owning a wrong act of their own, not told as the consequence of the partner's conduct ("…; I made myself distant"), answers it. */
  wrongActAnswers?: boolean;
  /** Only the writer's own words count: not a match said of the partner or someone else ("you were working nights to keep us afloat"). */
  writerOnly?: boolean;
  /** Words elsewhere in the sentence that show it is not what the rule fears. */
  unless?: RegExp;
  /** Only in these letters (all when absent). */
  modes?: readonly CheckMode[];
}

/** A global pattern of alternatives, each matched on word boundaries. */
export const w = (source: string) => new RegExp(`\\b(?:${source})\\b`, 'gu');
/** The same, to test a whole sentence once. */
export const test = (source: string) => new RegExp(`\\b(?:${source})\\b`, 'u');

export const BE = '(?:am|is|are|was|were|be|been|being)';
export const HE = '(?:he|she|they)';
export const CAUSE =
  '(?:drunk|drinking|wasted|high|stressed|lonely|depressed|exhausted|tired(?! of)|anxious|overwhelmed|burned out|burnt out|grieving|mourning|numb|in shock|unwell|in pieces|falling apart|a mess|under (?:so much |a lot of |too much |huge |enormous |immense |massive |constant |real )?(?:pressure|stress)|drowning in (?:debt|work|grief)|buried in (?:debt|work))';
export const CAUSE_NOUN = '(?:drinking|alcohol|drink|stress|pressure|loneliness|depression|gambling|anxiety|exhaustion|grief|pills|medication|burnout|trauma|money worries|illness|adhd|addiction|bipolar|ptsd|condition|mental health)';
/** What can be named as the thing that drove one: a cause, or the weight of work, money, grief. */
export const CAUSE_AGENT = `(?:${CAUSE_NOUN}|work|my job|the job|money|my boss|the kids|the baby|the move|the funeral)`;
/** A cause named as the object of a verb or a preposition ("my promise about the drinking", "help for my gambling") is not offered as a cause. */
export const NOT_AS_CAUSE = '(?<!\\b(?:about|for|with|into|against|around|over|on|from|quit|quitting|stopped|stop|beat|treat|treated|hid|hide|hiding) )';
