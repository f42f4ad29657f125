// "Your data, readable": every entry of one's own as Markdown or JSON, grouped
// by exercise in catalog order and by date. These files are NOT encrypted; the
// screen that makes them says so plainly, and so does the file itself. In a
// workbook for two, entries the other partner shared are named as theirs.
import type { Entry } from '../domain/entry.ts';
import { CATALOG } from '../exercises/catalog.ts';
import { formatDay } from '../domain/dates.ts';
import { answerLines } from './answer-text.ts';

export const READABLE_WARNING = 'This file is not encrypted. Anyone who can open it can read it. Keep it somewhere private, or delete it when you no longer need it.';

/** Who wrote an entry, when it was not the one exporting (a workbook for two): null for one's own. */
export type WriterOf = (entry: Entry) => string | null;
const nobodyElse: WriterOf = () => null;

function grouped(entries: readonly Entry[]) {
  return CATALOG.map((exercise) => ({
    exercise,
    entries: entries.filter((e) => e.exerciseId === exercise.id).sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt)),
  })).filter((g) => g.entries.length > 0);
}

export function readableMarkdown(entries: readonly Entry[], exportedAt: Date, writerOf: WriterOf = nobodyElse): string {
  const out = [`# Mend — my entries`, '', `Exported on ${formatDay(exportedAt.toISOString().slice(0, 10), 'en-GB')}.`, '', `> ${READABLE_WARNING}`, ''];
  for (const { exercise, entries: mine } of grouped(entries)) {
    out.push(`## ${exercise.number}. ${exercise.title}`, '');
    for (const entry of mine) {
      out.push(`### ${formatDay(entry.day, 'en-GB')}`, '');
      const writer = writerOf(entry);
      if (writer) out.push(`_Written by ${writer}_`, '');
      for (const field of exercise.steps.flatMap((s) => s.fields)) {
        const lines = answerLines(field, entry.answers[field.id]);
        if (lines.length === 0) continue;
        out.push(`**${field.label}**`, '');
        out.push(...(field.type === 'list' ? lines.map((l) => `- ${l}`) : lines), '');
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function readableJson(entries: readonly Entry[], exportedAt: Date, writerOf: WriterOf = nobodyElse): string {
  const exercises = grouped(entries).map(({ exercise, entries: mine }) => ({
    id: exercise.id,
    number: exercise.number,
    title: exercise.title,
    entries: mine.map((entry) => ({
      day: entry.day,
      ...(writerOf(entry) ? { writtenBy: writerOf(entry) } : {}),
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
      answers: Object.fromEntries(
        exercise.steps.flatMap((s) => s.fields).filter((f) => entry.answers[f.id] !== undefined && entry.answers[f.id] !== '').map((f) => [f.label, entry.answers[f.id]]),
      ),
    })),
  }));
  return `${JSON.stringify({ format: 'mend-readable-export', version: 1, warning: READABLE_WARNING, exportedAt: exportedAt.toISOString(), exercises }, null, 2)}\n`;
}
