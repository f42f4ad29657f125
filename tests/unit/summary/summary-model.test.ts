// The counselor summary's model and Markdown, from fixtures with known answers.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/entry.ts';
import { promisesPerWeek, questionsPerWeek, trustByPartner } from '../../../shared/summary/chart-data.ts';
import { buildSummary } from '../../../shared/summary/summary-model.ts';
import { summaryMarkdown } from '../../../shared/summary/summary-markdown.ts';
import { SummaryOptions } from '../../../shared/summary/summary-options.ts';

let n = 0;
const entry = (exerciseId: string, day: string, answers: Entry['answers'], extra: Partial<Entry> = {}): Entry => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  exerciseId,
  day,
  answers,
  visibility: 'private',
  createdAt: `${day}T09:00:00.000Z`,
  updatedAt: `${day}T09:00:00.000Z`,
  ...extra,
});

const entries = [
  entry('owning-it', '2026-11-10', { whatIDid: 'IN-RANGE apology' }),
  entry('owning-it', '2026-09-01', { whatIDid: 'TOO-EARLY apology' }),
  entry('where-i-stand', '2026-11-12', { whatHappened: 'PRIVATE-ONE' }, { keepPrivate: true }),
  entry('where-i-stand', '2026-11-05', { whatHappened: 'open reflection' }),
  entry('next-right-thing', '2026-11-11', { rightThing: 'NOT-CHOSEN exercise' }),
  entry('weekly-check-in', '2026-11-02', { oneName: 'Sam', oneTrust: '4', twoTrust: '3' }),
  entry('weekly-check-in', '2026-11-09', { oneTrust: '5', twoName: 'Alex', twoTrust: '' }),
  entry('same-question-again', '2026-11-03', { theQuestion: 'q' }),
  entry('same-question-again', '2026-11-08', { theQuestion: 'q' }),
  entry('same-question-again', '2026-11-10', { theQuestion: 'q' }),
  entry('promises-kept', '2026-11-03', { whatISaid: 'a', kept: 'kept' }),
  entry('promises-kept', '2026-11-04', { whatISaid: 'b', kept: 'not-kept' }),
  entry('promises-kept', '2026-11-05', { whatISaid: 'c', kept: 'not-yet-due' }),
  entry('promises-kept', '2026-11-11', { whatISaid: 'd', kept: 'partly' }),
];
const options: SummaryOptions = {
  from: '2026-11-01',
  to: '2026-11-30',
  exerciseIds: ['weekly-check-in', 'owning-it', 'where-i-stand', 'same-question-again', 'promises-kept'],
  includePrivate: false,
  names: '  S. & A. ',
  nextSession: 'Talk about Fridays.',
};

describe('chart figures', () => {
  it('trust by partner per week, with the latest names and gaps kept as gaps', () => {
    expect(trustByPartner(entries)).toEqual({
      points: [
        { week: '2026-11-02', first: 4, second: 3 },
        { week: '2026-11-09', first: 5, second: null },
      ],
      names: ['Sam', 'Alex'],
    });
  });

  it('repeated questions counted per Monday-started week', () => {
    expect(questionsPerWeek(entries)).toEqual([
      { week: '2026-11-02', count: 2 },
      { week: '2026-11-09', count: 1 },
    ]);
  });

  it('promises: not-yet-due ones are left out; partly is due but not kept', () => {
    expect(promisesPerWeek(entries)).toEqual([
      { week: '2026-11-02', made: 2, kept: 1 },
      { week: '2026-11-09', made: 1, kept: 0 },
    ]);
  });
});

describe('the summary model', () => {
  const model = buildSummary(entries, options, '2026-11-21');

  it('keeps the chosen range and exercises, in catalog order then date order', () => {
    expect(model.sections.map((s) => s.exercise.id)).toEqual(['where-i-stand', 'promises-kept', 'owning-it', 'same-question-again', 'weekly-check-in']);
    expect(model.sections[1]!.entries.map((e) => e.day)).toEqual(['2026-11-03', '2026-11-04', '2026-11-05', '2026-11-11']);
    const text = JSON.stringify(model);
    expect(text).toContain('IN-RANGE apology');
    expect(text).not.toContain('TOO-EARLY');
    expect(text).not.toContain('NOT-CHOSEN');
  });

  it('leaves private entries out unless asked, and says how many', () => {
    expect(JSON.stringify(model)).not.toContain('PRIVATE-ONE');
    expect(model.privateLeftOut).toBe(1);
    const withPrivate = buildSummary(entries, { ...options, includePrivate: true }, '2026-11-21');
    expect(JSON.stringify(withPrivate)).toContain('PRIVATE-ONE');
    expect(withPrivate.privateLeftOut).toBe(0);
    expect(withPrivate.entryCount).toBe(model.entryCount + 1);
  });

  it('draws only the charts whose exercises are chosen and have data', () => {
    expect(model.charts.map((c) => c.kind)).toEqual(['trust', 'questions', 'promises']);
    expect(buildSummary(entries, { ...options, exerciseIds: ['owning-it'] }, '2026-11-21').charts).toEqual([]);
  });

  it('an empty selection has no entries', () => {
    expect(buildSummary(entries, { ...options, from: '2026-12-01', to: '2026-12-31' }, '2026-11-21').entryCount).toBe(0);
  });

  it('options: the end must not be before the start, and at least one exercise', () => {
    expect(SummaryOptions.safeParse({ ...options, from: '2026-12-01' }).success).toBe(false);
    expect(SummaryOptions.safeParse({ ...options, exerciseIds: [] }).success).toBe(false);
    expect(SummaryOptions.safeParse(options).success).toBe(true);
  });
});

describe('the Markdown', () => {
  const md = summaryMarkdown(buildSummary(entries, options, '2026-11-21'));

  it('carries the cover, the sections in order, the charts as tables and the note', () => {
    expect(md).toContain('**For:** S. & A.');
    expect(md).toContain('**Covering:** Sunday, 1 November 2026 to Monday, 30 November 2026');
    const order = ['## 1. Where I stand', '## 3. Promises kept', '## 7. Owning it', '## 10. The same question again', '## 16. Weekly trust check-in', '## Change over time', '## What I’d like to talk about next session'];
    const positions = order.map((h) => md.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(md).toContain('| Week of | Sam | Alex |');
    expect(md).toContain('| Monday, 9 November 2026 | 5 | — |');
    expect(md).toContain('Talk about Fridays.');
    expect(md).not.toContain('PRIVATE-ONE');
  });
});
