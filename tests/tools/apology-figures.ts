// The section of docs/CONTENT.md on the apology checker: how it reads a
// sentence and how well it does on the labelled corpus, measured when the
// document is generated (so the figures are the code's, never typed in).
import { corpusParts, figuresTable, joinReports, scorePart } from './apology-corpus.ts';

export function apologyFiguresMarkdown(): string {
  const parts = corpusParts();
  const reports = parts.map((p) => scorePart(p.part));
  const neverTunedReports = reports.filter((_, i) => !parts[i]!.tuned);
  const neverTuned = joinReports('never tuned, together', neverTunedReports);
  const whole = joinReports('whole corpus', reports);
  const notes = whole.results.filter((s) => s.flag).length;
  const fig = (r: typeof whole) => `precision ${r.overall.precision.toFixed(2)}, recall ${r.overall.recall.toFixed(2)}`;
  return [
    '## The apology checker: how well it reads',
    '',
    'The gentle notes under the letter fields of “Owning it”, “Why it happened” and “Forgiving myself first” come from a checker that reads each sentence as a sentence (shared/apology/). compromise tags the words (contractions resolved, passive verbs marked); the rules then look at clause boundaries, whether a “not”, “no” or “never” reverses a phrase, who the subject is, whether a passive verb leaves the actor out, whether words are the writer’s own or a claim they report (“I said I’d stopped”), and whether a “but”, “so” or “yet” clause takes the apology back or adds a commitment. A cause named honestly (drinking, stress, loneliness) gets a question, not a verdict: naming it is honest; does the sentence also own the choice? A sentence that owns the choice gets no note at all.',
    '',
    `It is measured on a labelled corpus written for the purpose (tests/fixtures/apology-corpus/, see its README.md): ${whole.overall.sentences} sentences, ${notes} that deserve a note and ${whole.overall.sentences - notes} accountable ones, by kind, in parts. Each part says in its header whether the rules were tuned on it; the never-tuned parts are the honest measure, and the test prints every part apart. Precision: of the sentences that got a note, the share that deserved one. Recall: of the sentences that deserve a note, the share that got one. For a kind made only of accountable sentences, recall has nothing to find and reads 1. Each cell reads precision / recall (sentences).`,
    '',
    figuresTable([...reports, neverTuned]),
    '',
    `**Never tuned on, together (${neverTunedReports.map((r) => r.part).join(', ')}): ${fig(neverTuned)}.** Whole corpus: ${fig(whole)}.`,
    '',
    'Read these figures with their limits. The tuned part scores near 1.00 because the rules were adjusted until it did. held-out.txt (the first writer’s) was written and committed before the first rules and never tuned on, but by the engineer who wrote the rules, so it shares their phrasing. A second writer’s 172 sentences, who never saw the rules, are all in the tuned part now: 112 were tuned on first; the 60 kept apart (on which the rules then scored precision 0.96 and recall 0.79) were read and tuned on in the second widening (2026-12-03). held-out-2.txt was written and committed before that widening changed any rule, by the engineer who made it, and scored once, at its end: the widened rules reach precision 0.92 and recall 0.85 on it, where the rules before the widening reached 0.75 and 0.44. Its recall is under the bar of 0.9. For the widening the rules were tuned, round after round, on 649 probe sentences of the engineer’s own in phrasings the rules had not met (tests/unit/apology/probes.txt, regression tests kept out of the corpus); before each round widened them, the rules caught about 57% of its excuses and noted about one accountable sentence in eight (each round was written to find what the rules miss, so this understates them; held-out-2, written before any of it, is the fairer guess). The honest measure is independent.txt: 198 sentences by a third writer who never saw the rules, the notes or the corpus, added after the rules of 2026-12-03 were final and scored once. On it the checker reaches precision 0.92 and recall 0.80 (the rules before that day’s widening: 0.90 and 0.70). The bar of 0.9 both ways on sentences the checker has never seen is therefore not met yet: it misses about one excuse in five written by someone else, most often in the kinds the table shows lowest.',
    '',
  ].join('\n');
}
