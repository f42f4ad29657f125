// Who wrote which sentence of the apology corpus and of the rules' probes, so
// that a learned model can be trained on some writers and measured on another
// (a blind writer is what the checker meets in use). Each file is cut where
// one of its comment blocks says a new writer's sentences begin; the cuts are
// the comments' own words, so a moved block keeps its writer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusParts, loadSentences, type Labelled } from './apology-corpus.ts';

export type Writer = Labelled & { writer: string };

const CORPUS = resolve(import.meta.dirname, '../fixtures/apology-corpus');
const PROBES = resolve(import.meta.dirname, '../unit/apology/probes.txt');

/** A comment that opens a block, and the writer of the sentences after it (until the next such comment). */
const BLOCKS: { file: string; starts: { comment: RegExp; writer: string }[]; first: string }[] = [
  {
    file: 'tuned.txt',
    first: 'first engineer',
    starts: [
      { comment: /^# Second writer, 2026-12-03: the tuning part/u, writer: 'second writer' },
      { comment: /^# Third round, 2026-12-03/u, writer: 'engineer of the second widening' },
      { comment: /^# Third writer, 2026-12-03/u, writer: 'third writer' },
      { comment: /^# Fourth writer, /u, writer: 'fourth writer' },
    ],
  },
  { file: 'held-out.txt', first: 'first engineer', starts: [] },
  { file: 'held-out-2.txt', first: 'engineer of the second widening', starts: [] },
  { file: 'independent-2.txt', first: 'fourth writer', starts: [] },
];
const PROBE_BLOCKS = { first: 'engineer of the second widening', starts: [{ comment: /^# Twelfth round/u, writer: 'engineer of the third widening' }] };

function withWriters(path: string, part: string, first: string, starts: { comment: RegExp; writer: string }[]): Writer[] {
  const sentences = loadSentences(path, part);
  const out: Writer[] = [];
  let writer = first;
  let n = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const start = starts.find((s) => s.comment.test(line));
    if (start) writer = start.writer;
    if (!line.trim() || line.startsWith('#')) continue;
    out.push({ ...sentences[n++]!, writer });
  }
  return out;
}

/** Every labelled sentence of the corpus's parts (and, with `probes`, the rules' probes), with its writer. */
export function sentencesByWriter(options: { probes?: boolean; parts?: string[] } = {}): Writer[] {
  const parts = options.parts ?? corpusParts().map((p) => p.part);
  const out: Writer[] = [];
  for (const part of parts) {
    const block = BLOCKS.find((b) => b.file === `${part}.txt`);
    // A part dropped in later (a new blind writer) is its own writer.
    out.push(...withWriters(resolve(CORPUS, `${part}.txt`), part, block?.first ?? `writer of ${part}`, block?.starts ?? []));
  }
  if (options.probes) out.push(...withWriters(PROBES, 'probes', PROBE_BLOCKS.first, PROBE_BLOCKS.starts));
  return out;
}
