// The apology checker on every keystroke of a 2,000-word letter, as the letter
// field runs it: the letter is checked whole after each typed character; the
// per-sentence cache means only the sentence being typed is read again, with
// the quick reading (budget 0), and fully in the next frame (second row).
// Reference: reading the same letter cold (a fresh cache), as on opening a
// long letter (which the field spreads over frames, 8 ms at a time).
// Runs in Node's V8, the engine of the renderer too. The row's value is CPU
// time (process.cpuUsage): on this shared two-core machine the wall clock also
// counts the time other processes held the core, which a user's idle machine
// would not; the wall-clock figures are in the detail beside it.
import { compromiseQuickTagger, compromiseTagger } from '../../shared/apology/compromise-tagger.ts';
import { createLetterChecker } from '../../shared/apology/letter-checker.ts';
import { loadCorpus } from '../tools/apology-corpus.ts';
import { median, percentile, round, sample, targetOf } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';

export const KEYSTROKE_TARGET_MS = 5;
export const LETTER_WORDS = 2000;

const words = (text: string) => text.trim().split(/\s+/u).length;

/** A letter of `count` words from the corpus's sentences, in paragraphs of five. */
export function benchLetter(count = LETTER_WORDS): string {
  const sentences = [...loadCorpus('tuned'), ...loadCorpus('held-out')].map((s) => s.text);
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < count; i++) {
    const s = sentences[i % sentences.length]!;
    out.push(i >= sentences.length ? s.replace(/\.$/u, ` (again, ${i}).`) : s);
    total += words(s);
  }
  return out.map((s, i) => (i % 5 === 4 ? `${s}\n\n` : `${s} `)).join('').trim();
}

export async function benchApology(keystrokes: number): Promise<BenchRow[]> {
  const letter = benchLetter();
  const checker = createLetterChecker(compromiseTagger, compromiseQuickTagger);
  const clock = () => performance.now();
  const coldStarted = performance.now();
  checker.check(letter);
  const coldMs = performance.now() - coldStarted;
  const readCold = checker.sentencesRead;
  // Type new sentences into the middle of the letter, one character per keystroke; each sentence
  // differs from the others, so no keystroke finds its sentence already read.
  const typed = Array.from({ length: Math.ceil(keystrokes / 60) + 1 }, (_, i) => `On day ${i + 1} I chose to tell you more of the truth, and I will keep going. `).join('');
  const at = letter.indexOf('\n\n', letter.length / 2) + 2;
  let n = 0;
  const fullReads: number[] = [];
  const wall: number[] = [];
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  const times = await sample(keystrokes, () => {
    const text = letter.slice(0, at) + typed.slice(0, 1 + n++) + letter.slice(at);
    const started = performance.now();
    const cpu = process.cpuUsage();
    checker.checkWithin(text, 'apology', 0, clock);
    const keystroke = cpuMs(cpu);
    wall.push(performance.now() - started);
    // The next frame: the typed sentence read fully.
    const next = process.cpuUsage();
    checker.checkWithin(text, 'apology', Infinity, clock);
    fullReads.push(cpuMs(next));
    return keystroke;
  });
  const p95 = percentile(times, 95);
  return [
    {
      name: `apology notes per keystroke @${LETTER_WORDS}-word letter (p95, CPU)`,
      value: round(p95),
      unit: 'ms',
      ...targetOf(p95, KEYSTROKE_TARGET_MS),
      reference: { name: 'the same letter read cold, all sentences', value: round(coldMs) },
      detail: { median: round(median(times)), wallP95: round(percentile(wall, 95)), wallMedian: round(median(wall)), keystrokes, words: words(letter), sentencesReadCold: readCold },
    },
    {
      name: `apology notes, full reading in the next frame @${LETTER_WORDS}-word letter (p95, CPU)`,
      value: round(percentile(fullReads, 95)),
      unit: 'ms',
      reference: { name: 'the keystroke itself (p95)', value: round(p95) },
      detail: { median: round(median(fullReads)), sentencesReadFully: checker.sentencesRead - readCold },
    },
  ];
}
