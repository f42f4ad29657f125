// The rules' probes (probes.txt here): sentences written to widen each rule to its kind, in
// phrasings the rules had not met. They were tuned on, so they are regression tests, not a
// measure (the corpus test has the never-tuned measure); their misses are listed.
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { corpusParts, loadCorpus, loadSentences, scoreSentences } from '../../tools/apology-corpus.ts';

const probes = loadSentences(resolve(import.meta.dirname, 'probes.txt'), 'probes');

it('keeps every kind the rules were widened to: precision and recall of at least 0.98 on the probes', () => {
  const { overall, wrong } = scoreSentences('probes', probes);
  console.log(`apology rules' probes (${overall.sentences} sentences, tuned on): precision ${overall.precision.toFixed(3)}, recall ${overall.recall.toFixed(3)}`);
  const list = wrong.map((w) => `${w.flag ? 'missed' : 'noted needlessly'} [${w.kind}] ${w.text}`).join('\n');
  expect(overall.precision, list).toBeGreaterThanOrEqual(0.98);
  expect(overall.recall, list).toBeGreaterThanOrEqual(0.98);
});

it('shares no sentence with the corpus', () => {
  const corpus = new Set(corpusParts().flatMap((p) => loadCorpus(p.part)).map((s) => s.text.toLowerCase()));
  expect(probes.filter((s) => corpus.has(s.text.toLowerCase()))).toEqual([]);
  expect(new Set(probes.map((s) => s.text.toLowerCase())).size).toBe(probes.length);
});
