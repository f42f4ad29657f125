// The readable export in parts (so main writes a large one a slice at a time)
// is, joined, exactly the file the whole-document code wrote: checked against
// that code, kept here as the reference.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/entry.ts';
import { formatDay } from '../../../shared/domain/dates.ts';
import { CATALOG } from '../../../shared/exercises/catalog.ts';
import { answerLines } from '../../../shared/export/answer-text.ts';
import { READABLE_WARNING, readableJson, readableJsonParts, readableMarkdown, readableMarkdownParts } from '../../../shared/export/readable-export.ts';
import { realisticEntry } from '../../bench/seed-workbook.ts';

function grouped(entries: readonly Entry[]) {
  return CATALOG.map((exercise) => ({
    exercise,
    entries: entries.filter((e) => e.exerciseId === exercise.id).sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt)),
  })).filter((g) => g.entries.length > 0);
}

function referenceMarkdown(entries: readonly Entry[], exportedAt: Date): string {
  const out = [`# Mend — my entries`, '', `Exported on ${formatDay(exportedAt.toISOString().slice(0, 10), 'en-GB')}.`, '', `> ${READABLE_WARNING}`, ''];
  for (const { exercise, entries: mine } of grouped(entries)) {
    out.push(`## ${exercise.number}. ${exercise.title}`, '');
    for (const entry of mine) {
      out.push(`### ${formatDay(entry.day, 'en-GB')}`, '');
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

function referenceJson(entries: readonly Entry[], exportedAt: Date): string {
  const exercises = grouped(entries).map(({ exercise, entries: mine }) => ({
    id: exercise.id,
    number: exercise.number,
    title: exercise.title,
    entries: mine.map((entry) => ({
      day: entry.day,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
      answers: Object.fromEntries(
        exercise.steps.flatMap((s) => s.fields).filter((f) => entry.answers[f.id] !== undefined && entry.answers[f.id] !== '').map((f) => [f.label, entry.answers[f.id]]),
      ),
    })),
  }));
  return `${JSON.stringify({ format: 'mend-readable-export', version: 1, warning: READABLE_WARNING, exportedAt: exportedAt.toISOString(), exercises }, null, 2)}\n`;
}

const AT = new Date('2026-11-21T10:00:00.000Z');
const entries = Array.from({ length: 60 }, (_, i) => realisticEntry(i, '2026-11-21'));
const withList: Entry = { ...entries[0]!, id: '00000000-0000-4000-8000-000000000001', exerciseId: 'rebuilding-agreement', answers: { commitments: [{ who: 'i-will', commitment: 'Share my calendar  ' }] } };

describe('the readable export in parts', () => {
  it('is, joined, the Markdown the whole-document code wrote', () => {
    for (const set of [entries, [...entries, withList], []]) expect(readableMarkdown(set, AT)).toBe(referenceMarkdown(set, AT));
    expect([...readableMarkdownParts(entries, AT)].length).toBeGreaterThan(entries.length);
  });

  it('is, joined, exactly JSON.stringify of the whole document', () => {
    for (const set of [entries, [...entries, withList], []]) expect(readableJson(set, AT)).toBe(referenceJson(set, AT));
    expect([...readableJsonParts(entries, AT)].length).toBeGreaterThan(entries.length);
  });
});
