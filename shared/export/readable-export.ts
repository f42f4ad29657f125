// "Your data, readable": every entry of one's own as Markdown or JSON, grouped
// by exercise in catalog order and by date. These files are NOT encrypted; the
// screen that makes them says so plainly, and so does the file itself. In a
// workbook for two, entries the other partner shared are named as theirs, and
// their trust numbers appear only where they chose to share them.
import type { Entry } from '../domain/entry.ts';
import { CATALOG } from '../exercises/catalog.ts';
import type { ExerciseDef } from '../exercises/types.ts';
import { formatDay } from '../domain/dates.ts';
import { answerLines } from './answer-text.ts';
import { withTrustVisibleTo } from '../progress/trust-sharing.ts';

/** Who wrote an entry, when it was not the one exporting (a workbook for two): null for one's own. `viewer` (below) is the one exporting, null alone. */
export type WriterOf = (entry: Entry) => string | null;
const nobodyElse: WriterOf = () => null;

export const READABLE_WARNING = 'This file is not encrypted. Anyone who can open it can read it. Keep it somewhere private, or delete it when you no longer need it.';

/** Oldest first, by day then by when it was begun (ISO strings of one shape compare as plain strings). */
const oldestFirst = (a: Entry, b: Entry) => (a.day !== b.day ? (a.day < b.day ? -1 : 1) : a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : 0);

/** Said by grouped() every few thousand entries read, so its reader can make a pause. */
const READING = 'reading';
const ENTRIES_PER_PAUSE = 5000;

/**
 * The exercises with entries, in catalog order, each sorted only when its turn comes; while it
 * reads the entries it says READING every 5,000, so the work is spread over many small steps.
 */
function* grouped(entries: Iterable<Entry>, viewer: string | null): Generator<typeof READING | { exercise: ExerciseDef; entries: Entry[] }> {
  const byExercise = new Map<string, Entry[]>();
  let read = 0;
  for (const stored of entries) {
    const entry = withTrustVisibleTo(stored, viewer);
    const list = byExercise.get(entry.exerciseId);
    if (list) list.push(entry);
    else byExercise.set(entry.exerciseId, [entry]);
    if (++read % ENTRIES_PER_PAUSE === 0) yield READING;
  }
  for (const exercise of CATALOG) {
    const mine = byExercise.get(exercise.id);
    if (mine) yield { exercise, entries: mine.sort(oldestFirst) };
  }
}

/** formatDay, once per day: a workbook of 100,000 entries has a few thousand days, and each format is slow. */
function dayFormatter(): (day: string) => string {
  const formatted = new Map<string, string>();
  return (day) => {
    let text = formatted.get(day);
    if (text === undefined) formatted.set(day, (text = formatDay(day, 'en-GB')));
    return text;
  };
}

const lines = (...text: string[]) => `${text.join('\n')}\n`;

/**
 * The Markdown file in parts (the heading, then each exercise's title and each entry; and empty
 * parts while the entries are read), so main can write a large one a slice at a time. Joined,
 * with the end trimmed, they are readableMarkdown. `entries` in the journal's order.
 */
export function* readableMarkdownParts(entries: Iterable<Entry>, exportedAt: Date, writerOf: WriterOf = nobodyElse, viewer: string | null = null): Generator<string> {
  const day = dayFormatter();
  yield lines(`# Mend — my entries`, '', `Exported on ${formatDay(exportedAt.toISOString().slice(0, 10), 'en-GB')}.`, '', `> ${READABLE_WARNING}`, '');
  for (const group of grouped(entries, viewer)) {
    if (group === READING) {
      yield '';
      continue;
    }
    const { exercise, entries: mine } = group;
    yield lines(`## ${exercise.number}. ${exercise.title}`, '');
    const fields = exercise.steps.flatMap((s) => s.fields);
    for (const entry of mine) {
      const out = [`### ${day(entry.day)}`, ''];
      const writer = writerOf(entry);
      if (writer) out.push(`_Written by ${writer}_`, '');
      for (const field of fields) {
        const answer = answerLines(field, entry.answers[field.id]);
        if (answer.length === 0) continue;
        out.push(`**${field.label}**`, '');
        out.push(...(field.type === 'list' ? answer.map((l) => `- ${l}`) : answer), '');
      }
      yield lines(...out);
    }
  }
}

/** The file ends with exactly one line break, whatever the last answer ended with. */
export const endOfMarkdown = (lastPart: string) => `${lastPart.trimEnd()}\n`;

export function readableMarkdown(entries: Iterable<Entry>, exportedAt: Date, writerOf: WriterOf = nobodyElse, viewer: string | null = null): string {
  return endOfMarkdown([...readableMarkdownParts(entries, exportedAt, writerOf, viewer)].join(''));
}

/** `JSON.stringify(value, null, 2)` as it reads `depth` levels deep in a larger document. */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);

/**
 * The JSON file in parts (its head, then each exercise's head and each entry; and empty parts
 * while the entries are read), exactly the text of `JSON.stringify(document, null, 2)`, so main
 * can write a large one a slice at a time. `entries` in the journal's order.
 */
export function* readableJsonParts(entries: Iterable<Entry>, exportedAt: Date, writerOf: WriterOf = nobodyElse, viewer: string | null = null): Generator<string> {
  const head = { format: 'mend-readable-export', version: 1, warning: READABLE_WARNING, exportedAt: exportedAt.toISOString() };
  yield `{\n${Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`).join('')}  "exercises": [`;
  let g = 0;
  for (const group of grouped(entries, viewer)) {
    if (group === READING) {
      yield '';
      continue;
    }
    const { exercise, entries: mine } = group;
    yield `${g++ ? ',' : ''}\n    {\n      "id": ${JSON.stringify(exercise.id)},\n      "number": ${JSON.stringify(exercise.number)},\n      "title": ${JSON.stringify(exercise.title)},\n      "entries": [`;
    const fields = exercise.steps.flatMap((s) => s.fields);
    for (const [i, entry] of mine.entries()) {
      const writer = writerOf(entry);
      const readable = {
        day: entry.day,
        ...(writer ? { writtenBy: writer } : {}),
        createdAt: entry.createdAt,
        updatedAt: entry.updatedAt,
        answers: Object.fromEntries(fields.filter((f) => entry.answers[f.id] !== undefined && entry.answers[f.id] !== '').map((f) => [f.label, entry.answers[f.id]])),
      };
      yield `${i ? ',' : ''}\n        ${nested(readable, 4)}`;
    }
    yield '\n      ]\n    }';
  }
  yield `${g ? '\n  ' : ''}]\n}\n`;
}

export function readableJson(entries: Iterable<Entry>, exportedAt: Date, writerOf: WriterOf = nobodyElse, viewer: string | null = null): string {
  return [...readableJsonParts(entries, exportedAt, writerOf, viewer)].join('');
}
