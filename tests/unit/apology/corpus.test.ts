// The checker against the labelled corpus: precision and recall per kind,
// printed for the tuned and the held-out part apart, and the bar of the
// issue (≥ 0.9 both ways) on the whole corpus and on the held-out part.
import { describe, expect, it } from 'vitest';
import { compromiseQuickTagger } from '../../../shared/apology/compromise-tagger.ts';
import { createLetterChecker } from '../../../shared/apology/letter-checker.ts';
import { figuresTable, loadCorpus, score, scorePart } from '../../tools/apology-corpus.ts';

const tuned = scorePart('tuned');
const heldOut = scorePart('held-out');
const whole = score('all', [...tuned.results, ...heldOut.results]);

console.log(`\nApology checker on its corpus (precision / recall per kind)\n${figuresTable(tuned, heldOut)}\nwhole corpus: precision ${whole.precision.toFixed(3)}, recall ${whole.recall.toFixed(3)} (${whole.sentences} sentences)\n`);

// Only the tuned part's misses are ever listed: the held-out part's are not looked at, so no rule is tuned on them.
const wrongList = (part: typeof tuned) => part.wrong.map((w) => `${w.flag ? 'missed' : 'noted needlessly'} [${w.kind}] ${w.text}`).join('\n');

describe('the apology corpus', () => {
  const all = [...loadCorpus('tuned'), ...loadCorpus('held-out')];

  it('has at least 300 sentences, as many accountable ones as not, and every kind of the issue', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(all.filter((s) => !s.flag).length).toBeGreaterThanOrEqual(all.filter((s) => s.flag).length);
    const kinds = new Set(all.map((s) => s.kind));
    for (const kind of ['negation-contrast', 'honest-cause', 'contractions-pronouns', 'comparison', 'technicality', 'passive', 'pressure', 'past-shield', 'good-intentions', 'partner-conduct', 'unmet-needs', 'minimising', 'conditional', 'blame', 'accountable', 'self-compassion']) {
      expect(kinds).toContain(kind);
    }
  });

  // The held-out part is a fifth of the first writer's sentences; the second writer's tuning
  // sentences (appended to tuned.txt) have their own held-out part, kept by the lead, so the
  // share of the whole is lower.
  it('keeps a sixth or more apart as the held-out part, with no sentence in both', () => {
    const share = heldOut.overall.sentences / all.length;
    expect(share).toBeGreaterThanOrEqual(0.15);
    expect(share).toBeLessThanOrEqual(0.25);
    expect(new Set(all.map((s) => s.text.toLowerCase())).size).toBe(all.length);
  });
});

describe('the checker on the corpus', () => {
  it('reaches precision and recall of at least 0.9 on the whole corpus', () => {
    expect(whole.precision).toBeGreaterThanOrEqual(0.9);
    expect(whole.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reaches precision and recall of at least 0.9 on the held-out part', () => {
    expect(heldOut.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(heldOut.overall.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('gives nearly the same notes with the quick reading a keystroke shows before the full one', () => {
    const quick = createLetterChecker(compromiseQuickTagger);
    const all = [...loadCorpus('tuned'), ...loadCorpus('held-out')];
    const quickScore = score('quick', all.map((s) => ({ flag: s.flag, flagged: quick.check(s.text, s.mode).length > 0 })));
    console.log(`quick reading (tokeniser only), whole corpus: precision ${quickScore.precision.toFixed(3)}, recall ${quickScore.recall.toFixed(3)}`);
    expect(quickScore.precision).toBeGreaterThanOrEqual(0.9);
    expect(quickScore.recall).toBeGreaterThanOrEqual(0.9);
  });

  // The part that best says how the checker does on sentences it was never written against: a
  // second writer's, who never saw the rules. It does not reach the bar yet (0.96 / 0.79
  // on 2026-12-03); this floor keeps it from slipping back while the rules are widened.
  it('holds its figures on the independent part, written by someone who never saw the rules', () => {
    const independent = scorePart('independent');
    console.log(`independent part (${independent.overall.sentences} sentences): precision ${independent.overall.precision.toFixed(3)}, recall ${independent.overall.recall.toFixed(3)}`);
    expect(independent.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(independent.overall.recall).toBeGreaterThanOrEqual(0.75);
  });

  it('scores the tuned part at least as well as the bar', () => {
    expect(tuned.overall.precision, wrongList(tuned)).toBeGreaterThanOrEqual(0.9);
    expect(tuned.overall.recall, wrongList(tuned)).toBeGreaterThanOrEqual(0.9);
  });
});
