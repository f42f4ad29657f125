// Reads the labelled apology corpus (tests/fixtures/apology-corpus/*.txt) and
// scores the checker on it: precision and recall of "deserves a note", per kind
// and per part. Each file is a part, named after the file, and says in its
// first lines whether the rules were tuned on it (`# status: tuned`) or never
// (`# status: never-tuned`), so a part dropped into the folder is measured and
// reported without a change here. Used by the corpus test (npm test prints the
// figures) and by docs/CONTENT.md.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkApology } from '../../shared/apology/excuse-checker.ts';
import type { CheckMode } from '../../shared/apology/types.ts';

/** A file's name without `.txt`: tuned, held-out, held-out-2, independent… */
export type Part = string;

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
const STATUS = /^# status: (tuned|never-tuned)\s*$/mu;

const fileOf = (part: Part) => resolve(DIR, `${part}.txt`);

/** Every part in the folder, the tuned ones first, then by name. */
export function corpusParts(): { part: Part; tuned: boolean }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const part = f.slice(0, -'.txt'.length);
      const header = readFileSync(fileOf(part), 'utf8').split('\n').filter((l) => l.startsWith('#')).slice(0, 3).join('\n');
      const status = STATUS.exec(header)?.[1];
      if (!status) throw new Error(`${f}: its first lines must say "# status: tuned" or "# status: never-tuned" (see README.md there)`);
      return { part, tuned: status === 'tuned' };
    })
    .sort((a, b) => Number(b.tuned) - Number(a.tuned) || a.part.localeCompare(b.part));
}

/** The parts no rule was ever tuned on: the honest measure. */
export const neverTunedParts = () => corpusParts().filter((p) => !p.tuned).map((p) => p.part);

export const loadCorpus = (part: Part): Labelled[] => loadSentences(fileOf(part), part);

/** Labelled sentences from any file of the corpus's line format (the corpus parts, the rules' probes). */
export function loadSentences(file: string, part: Part): Labelled[] {
  const out: Labelled[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (!m) throw new Error(`${file}: cannot read ${JSON.stringify(line)}`);
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

type Result = Labelled & { flagged: boolean };

export interface PartReport {
  /** A part's name, or a name for several parts together. */
  part: Part;
  overall: Score;
  kinds: Score[];
  results: Result[];
  /** Sentences the checker got wrong, for the test's message (listed for tuned parts only). */
  wrong: { kind: string; text: string; flag: boolean }[];
}

function report(part: Part, results: Result[]): PartReport {
  const kinds = [...new Set(results.map((s) => s.kind))].map((kind) => score(kind, results.filter((r) => r.kind === kind)));
  const wrong = results.filter((r) => r.flag !== r.flagged).map(({ kind, text, flag }) => ({ kind, text, flag }));
  return { part, overall: score('all', results), kinds, results, wrong };
}

/** Runs the checker on sentences, each as a letter of one sentence. */
export const scoreSentences = (part: Part, sentences: Labelled[]): PartReport =>
  report(part, sentences.map((s) => ({ ...s, flagged: checkApology(s.text, s.mode).length > 0 })));

/** Runs the checker on one part of the corpus. */
export const scorePart = (part: Part): PartReport => scoreSentences(part, loadCorpus(part));

/** Several parts' results as one report (e.g. every never-tuned part together). */
export const joinReports = (name: string, parts: PartReport[]) => report(name, parts.flatMap((p) => p.results));

const fixed = (n: number) => n.toFixed(2);
const cell = (s: Score | undefined) => (s ? `${fixed(s.precision)} / ${fixed(s.recall)} (${s.sentences})` : '–');

/** A Markdown table, kind by kind, one column per report: what the test prints and docs/CONTENT.md shows. */
export function figuresTable(reports: PartReport[]): string {
  const rows = [`| kind | ${reports.map((r) => `${r.part}: precision / recall (sentences)`).join(' | ')} |`, `| --- |${' --- |'.repeat(reports.length)}`];
  const kinds = [...new Set(reports.flatMap((r) => r.kinds.map((k) => k.kind)))];
  for (const kind of kinds) rows.push(`| ${kind} | ${reports.map((r) => cell(r.kinds.find((k) => k.kind === kind))).join(' | ')} |`);
  rows.push(`| **all** | ${reports.map((r) => `**${cell(r.overall)}**`).join(' | ')} |`);
  return rows.join('\n');
}
