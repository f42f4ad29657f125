// The counselor summary's model and Markdown, from fixtures with known answers.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/entry.ts';
import { promisesPerWeek, questionsPerWeek, trustByPartner } from '../../../shared/summary/chart-data.ts';
import { buildSummary, forPrintView } from '../../../shared/summary/summary-model.ts';
import { clipText, NOTE_MAX } from '../../../shared/summary/digest.ts';
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
  entry('promises-kept', '2026-11-03', { whatISaid: 'a', kept: 'kept', whatILearned: 'Saying it out loud helped.' }),
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

const CONTEXT = { madeOn: '2026-11-21' };

describe('the summary model', () => {
  const model = buildSummary(entries, options, CONTEXT);

  it('keeps the chosen range and exercises, in catalog order then date order, numbered 1 to N', () => {
    expect(model.sections.map((s) => s.exercise.id)).toEqual(['where-i-stand', 'promises-kept', 'owning-it', 'same-question-again', 'weekly-check-in']);
    expect(model.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(model.sections[1]!.entries.map((e) => e.day)).toEqual(['2026-11-03', '2026-11-04', '2026-11-05', '2026-11-11']);
    const text = JSON.stringify(model);
    expect(text).toContain('IN-RANGE apology');
    expect(text).not.toContain('TOO-EARLY');
    expect(text).not.toContain('NOT-CHOSEN');
  });

  it('logs and daily exercises become digest rows; reflections and check-ins stay in full', () => {
    expect(model.sections.map((s) => s.digest !== null)).toEqual([false, true, false, true, false]);
    const promises = model.sections[1]!.digest!;
    expect(promises.headings).toEqual(['Date', 'What I said I would do', 'Did I keep it?', 'Note']);
    expect(promises.rows.map((r) => r.cells)).toEqual([['a', 'Kept', 'Saying it out loud helped.'], ['b', 'Not kept', ''], ['c', 'Not yet due', ''], ['d', 'Partly', '']]);
    // A column no entry answered is left out (no answers, no note: only the question).
    expect(model.sections[3]!.digest!.headings).toEqual(['Date', 'The question that came back']);
  });

  it('a long answer is cut at a word for its row, never mid-word', () => {
    const long = 'I said I would be home by seven and I was, and we talked about the week without the usual silence afterwards, which mattered.';
    const cut = clipText(long, NOTE_MAX);
    expect(cut.length).toBeLessThanOrEqual(NOTE_MAX);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long[cut.length - 1]).toBe(' ');
    expect(clipText('short  text\n', NOTE_MAX)).toBe('short text');
  });

  it('leaves private entries out unless asked, and counts them and the exercises not chosen', () => {
    expect(JSON.stringify(model)).not.toContain('PRIVATE-ONE');
    expect(model.leftOut).toEqual({ privateEntries: 1, exercisesNotChosen: 1 });
    const withPrivate = buildSummary(entries, { ...options, includePrivate: true }, CONTEXT);
    expect(JSON.stringify(withPrivate)).toContain('PRIVATE-ONE');
    expect(withPrivate.leftOut.privateEntries).toBe(0);
    expect(withPrivate.entryCount).toBe(model.entryCount + 1);
  });

  it('figures only for chosen exercises with data; the repeated-question one only for the one who asks', () => {
    expect(model.figures.map((f) => f.chart.kind)).toEqual(['promises']);
    const asker = buildSummary(entries, options, { ...CONTEXT, role: 'H' });
    expect(asker.figures.map((f) => f.chart.kind)).toEqual(['promises', 'questions']);
    expect(asker.figures[1]!.reading).toBe('A question came up again 3 times in these dates.');
    expect(buildSummary(entries, { ...options, exerciseIds: ['owning-it'] }, CONTEXT).figures).toEqual([]);
  });

  it('the print view’s model leaves out a digest section’s entries and still makes the same document', () => {
    const printed = forPrintView(model);
    const digested = printed.sections.filter((s) => s.digest);
    expect(digested.length).toBeGreaterThan(0);
    expect(digested.every((s) => s.entries.length === 0)).toBe(true);
    expect(printed.sections.filter((s) => !s.digest)).toEqual(model.sections.filter((s) => !s.digest));
    // Counts in the contents and the headings come from the rows: the same words, line for line.
    expect(summaryMarkdown(printed)).toBe(summaryMarkdown(model));
    expect(summaryMarkdown(printed)).toContain('· 3 entries');
  });

  it('an empty selection has no entries', () => {
    expect(buildSummary(entries, { ...options, from: '2026-12-01', to: '2026-12-31' }, CONTEXT).entryCount).toBe(0);
  });

  it('options: the end must not be before the start, and at least one exercise', () => {
    expect(SummaryOptions.safeParse({ ...options, from: '2026-12-01' }).success).toBe(false);
    expect(SummaryOptions.safeParse({ ...options, exerciseIds: [] }).success).toBe(false);
    expect(SummaryOptions.safeParse(options).success).toBe(true);
  });
});

describe('the Markdown', () => {
  const md = summaryMarkdown(buildSummary(entries, options, CONTEXT));

  it('opens with the summary: who, the dates, the consent line, what was left out and the note; then contents and sections', () => {
    expect(md).toContain('**From:** S. & A.');
    expect(md).toContain('**Covering:** Sunday, 1 November 2026 to Monday, 30 November 2026');
    expect(md).toContain('> The person who wrote this workbook chose what to share in this summary, and with whom. Entries they marked private were left out.');
    expect(md).toContain('**Left out:** 1 entry marked private; 1 other exercise with entries in these dates, not chosen.');
    const order = ['## What is in it', '## For the next session', 'Talk about Fridays.', '## Over these dates', '## Contents', '## 1. Where I stand', '## 2. Promises kept', '## 3. Owning it', '## 4. The same question again', '## 5. Weekly trust check-in'];
    const positions = order.map((h) => md.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(md).not.toContain('PRIVATE-ONE');
  });

  it('headings match the contents, and catalog numbers are marked as exercise numbers', () => {
    const contents = md.slice(md.indexOf('## Contents'), md.indexOf('## 1. ')).split('\n').filter((l) => /^\d+\. /.test(l)).map((l) => l.replace(/ \(Exercise .*$/, ''));
    const headings = [...md.matchAll(/^## (\d+\. .*)$/gm)].map((m) => m[1]);
    expect(contents).toEqual(headings);
    expect(contents).toHaveLength(5);
    expect(md).toContain('_Exercise 16 in the workbook · 2 entries_');
    expect(md).toContain('| Date | What I said I would do | Did I keep it? | Note |');
  });
});

describe('a summary made in a workbook for two', () => {
  const SAM = 'member-sam';
  const ALEX = 'member-alex';
  const attribution = { me: SAM, partners: [{ id: SAM, name: 'Sam' }, { id: ALEX, name: 'Alex' }] };
  const mine = entry('next-right-thing', '2026-11-10', { rightThing: 'Mine', didI: 'yes' }, { author: SAM });
  const alexShared = entry('next-right-thing', '2026-11-11', { rightThing: 'ALEX-SHARED', didI: 'yes' }, { author: ALEX, visibility: 'shared' });
  const model = buildSummary([mine, alexShared], { ...options, exerciseIds: ['next-right-thing'] }, { madeOn: '2026-11-21', attribution });

  it('says who made it and that the other partner’s entries are there only where they shared them', () => {
    const md = summaryMarkdown(model);
    expect(md).toContain('> Made by Sam, in a workbook Sam keeps with Alex. Sam chose what to share in this summary, and with whom. Entries Sam marked private were left out. Alex’s entries appear only where Alex shared them; what Alex keeps private never does.');
    expect(md).toMatch(/^\| Wed 11 Nov \(Alex\) \| ALEX-SHARED \| Yes \|$/m);
  });

  it('the figures count the maker’s own entries only, as the progress screen does', () => {
    expect(model.figures[0]!.reading).toBe('Kept on 1 day of the 30 in these dates.');
  });
});
