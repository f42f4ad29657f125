// The section of docs/CONTENT.md on the apology checker: how it reads a
// sentence and how well it does on the labelled corpus, measured when the
// document is generated (so the figures are the code's, never typed in).
import { figuresTable, loadCorpus, scorePart } from './apology-corpus.ts';

export function apologyFiguresMarkdown(): string {
  const tuned = scorePart('tuned');
  const heldOut = scorePart('held-out');
  const independent = scorePart('independent').overall;
  const all = [...loadCorpus('tuned'), ...loadCorpus('held-out')];
  const notes = all.filter((s) => s.flag).length;
  return [
    '## The apology checker: how well it reads',
    '',
    'The gentle notes under the letter fields of “Owning it”, “Why it happened” and “Forgiving myself first” come from a checker that reads each sentence as a sentence (shared/apology/). compromise tags the words (contractions resolved, passive verbs marked); the rules then look at clause boundaries, whether a “not”, “no” or “never” reverses a phrase, who the subject is, whether a passive verb leaves the actor out, and whether a “but” or “yet” clause takes the apology back or adds a commitment. A cause named honestly (drinking, stress, loneliness) gets a question, not a verdict: naming it is honest; does the sentence also own the choice? A sentence that owns the choice gets no note at all.',
    '',
    `It is measured on a labelled corpus written for the purpose (tests/fixtures/apology-corpus/): ${all.length} sentences, ${notes} that deserve a note and ${all.length - notes} accountable ones, by kind. The held-out part (${heldOut.overall.sentences} sentences, a fifth of the first writer’s) was written and committed before the rules, and no rule was tuned on it. The tuned part ends with 112 sentences by a second writer who never saw the rules (see below). Precision: of the sentences that got a note, the share that deserved one. Recall: of the sentences that deserve a note, the share that got one. For a kind made only of accountable sentences, recall has nothing to find and reads 1.`,
    '',
    figuresTable(tuned, heldOut),
    '',
    'Read these figures with their limits. The tuned part scores 1.00 because the rules were adjusted until it did. The held-out part was kept apart in time (written and committed first, scored only once the rules were set, its misses never listed by the tests) but not in authorship: the same engineer wrote it and the rules, so it shares their habits of phrasing, and sentences written by other people will score lower. A second round of 39 sentences written after the rules’ first version showed how much lower: the rules noted 7 of the 29 that deserved a note and 2 of the 10 accountable ones (recall 0.24, precision 0.78). The rules were widened on them (they are regression tests in tests/unit/shared/excuse-checker.test.ts now, not a measure). A set written by someone else was the next measure, and it was taken on 2026-12-03: a second writer, who never saw the rules, wrote 172 sentences. On them the rules of the time reached precision 0.91 and recall 0.62 (blame 3/10, pressure 5/10, technicality 4/8). The lead kept 60 of them apart; the other 112 were appended to the tuned part (on those the rules then scored precision 0.88, recall 0.59), and the rules were widened by structure rather than by phrase: obligations aimed at the partner (“you need to…”, “it’s time you…”, “if you keep bringing it up”), hedges after a negation (“never actually”, “didn’t exactly”), half-truths (“not at that point”), agentless or drifting verbs (“ended up”, “things escalated”), inherited causes, good intentions (“because it would hurt you”, “I did it for us”), the settled past, and “I felt neglected, so…”. A frame that refuses what follows (“there’s no version of this where…”, “I kept saying…”) cancels a note. The lead’s 60 are the honest measure of that widening; the figures above, on sentences the rules were tuned on, are not.',
    '',
    `**On those 60 (tests/fixtures/apology-corpus/independent.txt, never tuned on): precision ${independent.precision.toFixed(2)}, recall ${independent.recall.toFixed(2)}.** Precision meets the bar of 0.9; recall does not yet: about one excuse in five that someone else writes still gets no note. The corpus test prints these figures apart and keeps them from slipping back.`,
    '',
  ].join('\n');
}
