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
  /** The sentence also owning the choice ("and I chose…") answers it (see OWNS). */
  ownable?: boolean;
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
  '(?:drunk|drinking|wasted|high|stressed|lonely|depressed|exhausted|tired(?! of)|anxious|overwhelmed|burned out|burnt out|under (?:so much |a lot of |too much )?(?:pressure|stress))';
export const CAUSE_NOUN = '(?:drinking|alcohol|drink|stress|pressure|loneliness|depression|gambling|anxiety|exhaustion)';
