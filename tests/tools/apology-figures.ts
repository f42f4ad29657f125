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
    'Read these figures with their limits. The tuned part scores near 1.00 because the rules were adjusted until it did. held-out.txt (the first writer’s) was written and committed before the first rules and never tuned on, but by the engineer who wrote the rules, so it shares their phrasing. A second writer’s 172 sentences, who never saw the rules, are all in the tuned part now: 112 were tuned on first; the 60 kept apart (on which the rules then scored precision 0.96 and recall 0.79) were read and tuned on in the second widening (2026-12-03). held-out-2.txt was written and committed before that widening changed any rule, by the engineer who made it, and scored once at its end: precision 0.92 and recall 0.85, where the rules before the widening reached 0.75 and 0.44.',
    '',
    'A third writer’s 198 sentences (independent.txt), written without seeing the rules, the notes or the corpus, were scored once after the second widening: precision 0.92, recall 0.80, weakest on the forgiving-myself letter (recall 0.50), contractions and pronouns (0.75 / 0.50), negation and contrast (1.00 / 0.67), good intentions (0.67 / 0.67) and the partner’s conduct (0.71 / 0.71). Their misses were then read for the third widening (2026-12-03), so they are in the tuned part now. That widening reads structure rather than more words: a second reading of each sentence in its plainest tense (“she’d kept on at me” as “she kept on at me”, hedges such as “basically” left out, a “’d” before a bare verb read as “would”), whose words a phrase is (“you were working nights to keep us afloat” is not the writer’s cover), whether the writer owns a wrong act in a clause not told as the consequence of the partner’s conduct, owning up of any kind before a “but”, the partner in the third person, and the shape of a sentence that opens with the partner’s (or a third person’s) habit or lack. The forgiving-myself letter has a note of its own for letting oneself off the hook (“nothing to forgive myself for”): being kind to yourself does not need you to be blameless. Four rounds of probes (526 sentences of the engineer’s own, in tests/unit/apology/probes.txt with the earlier 649) were each scored once before the rules changed for them: precision 0.83 and recall 0.41 on the weak kinds, then 0.95 / 0.67, 0.83 / 0.62 and, with every change but the last in, 0.96 / 0.61 on every kind in other registers. Those first scores, not the 1.00 after, say how far the rules carry to phrasings they have not met: the fourth writer’s blind part (independent-2.txt, 240 sentences written without seeing the checker, dropped in after the third widening and scored once) measured it: precision 0.84, recall 0.72. The rules fit the sentences they were tuned on and do not carry far enough to another writer’s: on sentences the checker has never seen, about one excuse in four goes unnoted and about one note in six falls on an accountable sentence. The issue’s bar (0.9 both ways on such sentences) is not met.',
    '',
  ].join('\n');
}
