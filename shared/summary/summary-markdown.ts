// The counselor summary as Markdown: the same model, content and order as the
// PDF, with a heading per section, for counselors who want to annotate.
import { formatDay } from '../domain/dates.ts';
import { answerLines } from '../export/answer-text.ts';
import { HOW_TO_READ } from './summary-model.ts';
import type { SummaryChart, SummaryModel } from './summary-model.ts';

const day = (d: string) => formatDay(d, 'en-GB');

function chartLines(chart: SummaryChart): string[] {
  switch (chart.kind) {
    case 'trust':
      return [`| Week of | ${chart.names[0]} | ${chart.names[1]} |`, '| --- | --- | --- |', ...chart.points.map((p) => `| ${day(p.week)} | ${p.first ?? '—'} | ${p.second ?? '—'} |`)];
    case 'questions':
      return ['| Week of | Times |', '| --- | --- |', ...chart.weeks.map((w) => `| ${day(w.week)} | ${w.count} |`)];
    case 'promises':
      return ['| Week of | Kept | Due |', '| --- | --- | --- |', ...chart.weeks.map((w) => `| ${day(w.week)} | ${w.kept} | ${w.made} |`)];
  }
}

export function summaryMarkdown(model: SummaryModel): string {
  const out: string[] = ['# Mend — a summary for my counselor', ''];
  if (model.names) out.push(`**For:** ${model.names}  `);
  out.push(`**Covering:** ${day(model.from)} to ${day(model.to)}  `, `**Made on:** ${day(model.madeOn)}`, '', '## How to read this', '', HOW_TO_READ, '');
  out.push('## Contents', '', ...model.sections.map((s) => `- ${s.exercise.number}. ${s.exercise.title} (${s.entries.length})`));
  if (model.charts.length > 0) out.push('- Change over time');
  out.push('- What I’d like to talk about next session', '');
  for (const { exercise, entries } of model.sections) {
    out.push(`## ${exercise.number}. ${exercise.title}`, '');
    for (const entry of entries) {
      out.push(`### ${day(entry.day)}`, '');
      const writer = model.otherWriters[entry.id];
      if (writer) out.push(`_Written by ${writer}_`, '');
      for (const field of exercise.steps.flatMap((s) => s.fields)) {
        const lines = answerLines(field, entry.answers[field.id]);
        if (lines.length === 0) continue;
        out.push(`**${field.label}**`, '', ...(field.type === 'list' ? lines.map((l) => `- ${l}`) : lines), '');
      }
    }
  }
  if (model.charts.length > 0) {
    out.push('## Change over time', '');
    for (const chart of model.charts) out.push(`### ${chart.title}`, '', ...chartLines(chart), '');
  }
  out.push('## What I’d like to talk about next session', '', model.nextSession || '_Nothing written._', '');
  return `${out.join('\n').trimEnd()}\n`;
}
