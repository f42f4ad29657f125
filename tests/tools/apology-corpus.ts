// Reads the labelled apology corpus (tests/fixtures/apology-corpus/*.txt) and
// scores the checker on it: precision and recall of "deserves a note", per kind.
// Used by the corpus test (npm test prints the figures) and by docs/CONTENT.md.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkApology } from '../../shared/apology/excuse-checker.ts';
import type { CheckMode } from '../../shared/apology/types.ts';

/** tuned: rules were tuned on it; held-out: the first writer's, never tuned on; independent: a second writer's, never tuned on. */
export type Part = 'tuned' | 'held-out' | 'independent';

export interface Labelled {
  part: Part;
  kind: string;
  /** True when the sentence deserves a note (E in the file). */
  flag: boolean;
  text: string;
  mode: CheckMode;
}

const DIR = resolve(import.meta.dirname, '../fixtures/apology-corpus');
const LINE = /^([EA]) ([a-z-]+) \| (.+)$/u;

export function loadCorpus(part: Part): Labelled[] {
  const out: Labelled[] = [];
  for (const line of readFileSync(resolve(DIR, `${part}.txt`), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (!m) throw new Error(`${part}.txt: cannot read ${JSON.stringify(line)}`);
    const kind = m[2]!;
    out.push({ part, kind, flag: m[1] === 'E', text: m[3]!, mode: kind === 'self-compassion' ? 'self-compassion' : 'apology' });
  }
  return out;
}

export interface Score {
  kind: string;
  sentences: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function score(kind: string, results: { flag: boolean; flagged: boolean }[]): Score {
  const tp = results.filter((r) => r.flag && r.flagged).length;
  const fp = results.filter((r) => !r.flag && r.flagged).length;
  const fn = results.filter((r) => r.flag && !r.flagged).length;
  // A kind with nothing to find (or nothing flagged) has nothing wrong on that side: 1.
  return { kind, sentences: results.length, tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

export interface PartReport {
  part: Part;
  overall: Score;
  kinds: Score[];
  results: { flag: boolean; flagged: boolean }[];
  /** Sentences the checker got wrong, for the test's message. */
  wrong: { kind: string; text: string; flag: boolean }[];
}

/** Runs the checker on one part of the corpus, sentence by sentence (as a letter of one sentence). */
export function scorePart(part: Part): PartReport {
  const corpus = loadCorpus(part);
  const results = corpus.map((s) => ({ ...s, flagged: checkApology(s.text, s.mode).length > 0 }));
  const kinds = [...new Set(corpus.map((s) => s.kind))].map((kind) => score(kind, results.filter((r) => r.kind === kind)));
  const wrong = results.filter((r) => r.flag !== r.flagged).map(({ kind, text, flag }) => ({ kind, text, flag }));
  return { part, overall: score('all', results), kinds, results, wrong };
}

const fixed = (n: number) => n.toFixed(2);

/** A Markdown table of both parts, kind by kind: what the test prints and docs/CONTENT.md shows. */
export function figuresTable(tuned: PartReport, heldOut: PartReport): string {
  const rows = ['| kind | sentences (tuned / held-out) | precision tuned | recall tuned | precision held-out | recall held-out |', '| --- | --- | --- | --- | --- | --- |'];
  const byKind = new Map(heldOut.kinds.map((k) => [k.kind, k]));
  for (const t of [...tuned.kinds, tuned.overall]) {
    const h = t.kind === 'all' ? heldOut.overall : byKind.get(t.kind);
    const name = t.kind === 'all' ? '**all**' : t.kind;
    rows.push(`| ${name} | ${t.sentences} / ${h?.sentences ?? 0} | ${fixed(t.precision)} | ${fixed(t.recall)} | ${h ? fixed(h.precision) : '–'} | ${h ? fixed(h.recall) : '–'} |`);
  }
  return rows.join('\n');
}
