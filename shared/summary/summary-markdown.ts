// The counselor summary as Markdown: the same model, structure and order as
// the PDF (first page, contents, numbered sections: digest tables for logs and
// daily exercises, entries in full otherwise), for counselors who annotate.
import { formatDay } from '../domain/dates.ts';
import { answerLines } from '../export/answer-text.ts';
import { trustSeries } from './chart-data.ts';
import { rowDay } from './digest.ts';
import { weekLabel } from './week-label.ts';
import {
  consentLine, exerciseMark, HOW_TO_READ, includedLine, leftOutLine, NEW_MARK, NOTE_TITLE, sectionHeading, sinceLastLine, SUMMARY_TITLE,
} from './summary-cover.ts';
import type { SummaryChart, SummaryModel, SummarySection } from './summary-model.ts';

const day = (d: string) => formatDay(d, 'en-GB');
/** A table cell: no line breaks, and a pipe that cannot end the cell. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const table = (head: string[], rows: (string | number)[][]) => [
  `| ${head.map(cell).join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${r.map((c) => cell(String(c))).join(' | ')} |`),
];

function chartLines(chart: SummaryChart): string[] {
  switch (chart.kind) {
    case 'kept':
      return table(['Week of', 'Days kept', 'Days written'], chart.weeks.map((w) => [weekLabel(w.week), w.kept, w.chosen]));
    case 'trust': {
      const series = trustSeries(chart.points, chart.names);
      return table(['Week of', ...series.map((s) => s.name)], chart.points.map((p) => [weekLabel(p.week), ...series.map((s) => p[s.key] ?? '—')]));
    }
    case 'questions':
      return table(['Week of', 'Times it came up'], chart.weeks.map((w) => [weekLabel(w.week), w.count]));
    case 'promises':
      return table(['Week of', 'Kept', 'Due'], chart.weeks.map((w) => [weekLabel(w.week), w.kept, w.made]));
  }
}

function sectionLines(model: SummaryModel, section: SummarySection): string[] {
  const { exercise, entries, digest } = section;
  const out = [`## ${sectionHeading(section)}`, '', `_${exerciseMark(section)}_`, ''];
  const isNew = (id: string) => model.newSince[id] === true;
  if (digest) {
    const withYear = model.from.slice(0, 4) !== model.to.slice(0, 4);
    const rows = digest.rows.map((r) => {
      const writer = model.otherWriters[r.entryId];
      const date = [rowDay(r.day, withYear), isNew(r.entryId) ? `**${NEW_MARK}**` : '', writer ? `(${writer})` : ''].filter(Boolean).join(' ');
      return [date, ...r.cells];
    });
    return [...out, ...table(digest.headings, rows), ''];
  }
  for (const entry of entries) {
    out.push(`### ${day(entry.day)}${isNew(entry.id) ? ` — ${NEW_MARK}` : ''}`, '');
    const writer = model.otherWriters[entry.id];
    if (writer) out.push(`_Written by ${writer}_`, '');
    for (const field of exercise.steps.flatMap((s) => s.fields)) {
      const lines = answerLines(field, entry.answers[field.id]);
      if (lines.length === 0) continue;
      out.push(`**${field.label}**`, '', ...(field.type === 'list' ? lines.map((l) => `- ${l}`) : lines), '');
    }
  }
  return out;
}

export function summaryMarkdown(model: SummaryModel): string {
  const out: string[] = [`# Mend — ${SUMMARY_TITLE}`, ''];
  if (model.names) out.push(`**From:** ${model.names}  `);
  out.push(`**Covering:** ${day(model.from)} to ${day(model.to)}  `, `**Made on:** ${day(model.madeOn)}`, '', `> ${consentLine(model)}`, '');
  out.push('## What is in it', '', `**Included:** ${includedLine(model)}  `, `**Left out:** ${leftOutLine(model)}`, '');
  const since = sinceLastLine(model);
  if (since) out.push(`**Since the last summary:** ${since}`, '');
  out.push(`## ${NOTE_TITLE}`, '', model.nextSession || '_Nothing written._', '');
  if (model.figures.length > 0) {
    out.push('## Over these dates', '');
    for (const figure of model.figures) out.push(`### ${figure.title}`, '', figure.reading, '', ...chartLines(figure.chart), '');
  }
  out.push('## How to read this', '', HOW_TO_READ, '');
  out.push('## Contents', '', ...model.sections.map((s) => `${sectionHeading(s)} (${exerciseMark(s)})`), '');
  for (const section of model.sections) out.push(...sectionLines(model, section));
  return `${out.join('\n').trimEnd()}\n`;
}
