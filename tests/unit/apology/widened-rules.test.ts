// The structures the rules were widened to on 2026-12-03, after a second writer's
// sentences showed what the first rules missed: sentences of the same kinds in
// other words, written by the engineer who widened the rules (not taken from any
// corpus), so that each structure is pinned by a sentence it was not tuned on.
// Each flagged sentence gets a first note of this kind; each clean one gets none.
import { describe, expect, it } from 'vitest';
import { checkApology } from '../../../shared/apology/excuse-checker.ts';
import { CLEAN, FLAGGED } from './widened-rules.cases.ts';

describe('the widened apology rules', () => {
  it.each(FLAGGED)('notes %j as %s', (sentence, kind) => {
    expect(checkApology(sentence)[0]?.kind).toBe(kind);
  });

  it.each(CLEAN)('gives no note to %j', (sentence) => {
    expect(checkApology(sentence)).toEqual([]);
  });

  it('words the new drift note gently, about the partner, without verdicts', () => {
    const [drift] = checkApology('I ended up telling her things I never told you.');
    expect(drift?.kind).toBe('drift');
    expect(drift?.note).toMatch(/partner/);
    expect(drift?.note).not.toMatch(/\b(he|she|him|her|must|wrong|never)\b/i);
  });

  it('lets a sentence that owns the drift go un-noted', () => {
    expect(checkApology('I ended up lying for a year, and each lie was my choice.')).toEqual([]);
  });
});
