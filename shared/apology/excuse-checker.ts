// The apology checker as the app uses it: the sentence rules (rules.ts,
// sentence-checker.ts) over compromise's tagging (and its quick reading for
// the keystroke), with one shared cache.
// The renderer loads this module lazily, with the letter fields only, so the
// tagger never weighs on the lock screen.
import { compromiseQuickTagger, compromiseTagger } from './compromise-tagger.ts';
import { createLetterChecker, type LetterCheck } from './letter-checker.ts';
import type { ApologyFinding, CheckMode } from './types.ts';

export type { ApologyFinding, ApologyFindingKind, CheckMode } from './types.ts';
export type { LetterCheck } from './letter-checker.ts';

const checker = createLetterChecker(compromiseTagger, compromiseQuickTagger);

/**
 * Gentle notes on the sentences of a letter that excuse, shrink, blame, make
 * the apology conditional or pressure the partner. Sorted by position, never
 * overlapping; an empty list when every sentence owns what it says.
 */
export function checkApology(text: string, mode: CheckMode = 'apology'): ApologyFinding[] {
  return checker.check(text, mode);
}

/** As checkApology, reading new sentences for about `budgetMs` only (see LetterChecker.checkWithin). */
export function checkApologyWithin(text: string, mode: CheckMode, budgetMs: number, now: () => number): LetterCheck {
  return checker.checkWithin(text, mode, budgetMs, now);
}

/** How many sentences have been read (not found in the cache) so far. */
export const sentencesRead = () => checker.sentencesRead;
