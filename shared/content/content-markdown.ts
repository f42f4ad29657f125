// docs/CONTENT.md as a pure function of the catalog and the advice points, so the
// document counselors and reviewers read cannot drift from what the app shows.
// `npm run content` writes it; a unit test checks the file on disk is current.
import { ADVICE_POINTS, ADVICE_SOURCES } from '../advice/advice-points.ts';
import { CATALOG } from '../exercises/catalog.ts';
import { appendixSections, sourcesSection } from './content-appendix.ts';
import { MENDS_OWN } from './mends-own.ts';
import type { Audience, Cadence, ExerciseDef, ExerciseKind, FieldDef } from '../exercises/types.ts';

const KIND_WORDS: Record<ExerciseKind, string> = {
  reflection: 'reflection',
  letter: 'letter',
  plan: 'plan',
  'daily-commitment': 'daily commitment with a later look back',
  'daily-check-in': 'daily check-in',
  'running-log': 'running log',
  ladder: 'ladder',
  'check-in': 'check-in',
  agreement: 'agreement',
};

const CADENCE_WORDS: Record<Cadence, string> = {
  once: 'once (one piece of writing to come back to)',
  daily: 'daily (one entry a day)',
  weekly: 'weekly (one entry a week)',
  log: 'as often as needed (each entry is a new item in a running log)',
};

const AUDIENCE_WORDS: Record<Audience, string> = {
  R: 'the partner rebuilding trust',
  H: 'the hurt partner',
  T: 'both together',
};

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

const cell = (text: string) => text.replaceAll('|', '\\|');

function typeInWords(field: FieldDef): string {
  switch (field.type) {
    case 'short-text':
      return 'one line of text';
    case 'long-text':
      return 'a longer text';
    case 'choice':
      return `a choice of: ${(field.options ?? []).map((o) => (o.retired ? `${o.label} [kept for earlier entries, not offered]` : o.label)).join(', ')}`;
    case 'scale':
      return `a scale from 0 (${field.scaleLabels?.low ?? 'low'}) to 10 (${field.scaleLabels?.high ?? 'high'})`;
    case 'list': {
      const limit = field.maxItems ? `up to ${field.maxItems} ` : '';
      return `a list of ${limit}${field.itemName ?? 'row'}s with: ${(field.itemFields ?? []).map((f) => f.label).join(', ')}`;
    }
    case 'signature':
      return 'a confirmation by name and date';
  }
}

/** One list item per field; the columns of a list field as nested items. */
function fieldLines(field: FieldDef, indent = ''): string[] {
  const notes = [typeInWords(field)];
  if (!indent) notes.push(field.required ? 'needed' : 'optional');
  if (field.tally) notes.push('the answers are counted across entries');
  const help = field.help ? ` ${field.help}` : '';
  const line = `${indent}- **${field.label}** (${notes.join('; ')}).${help}`;
  return [line, ...(field.itemFields ?? []).flatMap((f) => fieldLines(f, `${indent}  `))];
}

function exerciseSection(exercise: ExerciseDef): string[] {
  const lines = [
    `## ${exercise.number}. ${exercise.title}`,
    '',
    [
      `**Kind:** ${KIND_WORDS[exercise.kind]}`,
      `**How often:** ${CADENCE_WORDS[exercise.cadence]}`,
      `**For:** ${orList(exercise.audience.map((a) => AUDIENCE_WORDS[a]))}`,
      `**Built on:** ${exercise.advice.join(', ')}`,
    ].join(' · '),
    '',
    exercise.summary,
    '',
    `**Why this helps.** ${exercise.whyItHelps}`,
    '',
    `**Mend’s own.** ${MENDS_OWN[exercise.id] ?? '(not yet described)'}`,
  ];
  for (const step of exercise.steps) {
    lines.push('', `### ${step.title}`);
    if (step.showAfter) {
      const before = exercise.steps.find((s) => s.id === step.showAfter);
      lines.push('', `*Shown once “${before?.title ?? step.showAfter}” is done.*`);
    }
    if (step.intro) lines.push('', step.intro);
    lines.push('', ...step.fields.flatMap((f) => fieldLines(f)));
  }
  return lines;
}

export function renderContentMarkdown(): string {
  const usedBy = (id: string) =>
    CATALOG.filter((e) => (e.advice as readonly string[]).includes(id))
      .map((e) => e.number)
      .join(', ');
  const lines = [
    '# Mend — exercise content',
    '',
    'Every exercise in Mend, with every question it asks, and the advice each one is built on. ' +
      'It is written for counselors and reviewers who want to see what the app says before recommending it. ' +
      'This file is generated from the app’s own data by `npm run content`; do not edit it by hand.',
    '',
    ...sourcesSection(),
    '',
    '## The advice points',
    '',
    '| id | source | advice, in Mend’s words | used in exercises |',
    '| --- | --- | --- | --- |',
    ...ADVICE_POINTS.map((p) => {
      const source = ADVICE_SOURCES[p.id.split('.')[0] as keyof typeof ADVICE_SOURCES];
      return `| ${p.id} | ${cell(source)} | ${cell(p.text)} | ${usedBy(p.id)} |`;
    }),
  ];
  for (const exercise of CATALOG) lines.push('', ...exerciseSection(exercise));
  lines.push(...appendixSections());
  return `${lines.join('\n')}\n`;
}
