// Progress figures and their plain readings, on fixtures with known answers,
// with gaps, across month ends and daylight-saving changes, in several time zones.
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/entry.ts';
import { addDays, weekStart } from '../../../shared/domain/dates.ts';
import { daysKept, smallWins, supportPerWeek } from '../../../shared/progress/progress-figures.ts';
import { daysKeptReading, promisesReading, questionsReading, periodQuestionsReading, supportReading, trustReading } from '../../../shared/progress/readings.ts';
import { promisesPerWeek, questionsPerWeek } from '../../../shared/summary/chart-data.ts';

let n = 0;
const entry = (exerciseId: string, day: string, answers: Entry['answers']): Entry => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, exerciseId, day, answers, visibility: 'private', createdAt: `${day}T10:00:00.000Z`, updatedAt: `${day}T10:00:00.000Z`,
});
const nrt = (day: string, didI?: string) => entry('next-right-thing', day, { rightThing: 'x', ...(didI ? { didI } : {}) });

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('days the next right thing was kept', () => {
  const today = '2026-11-21';
  const entries = [nrt('2026-11-21', 'yes'), nrt('2026-11-20', 'partly'), nrt('2026-11-19'), nrt('2026-11-15', 'yes'), nrt('2026-11-14', 'yes'), nrt('2026-10-23', 'yes'), nrt('2026-10-22', 'yes')];

  it('counts days in the last 7 and 30, with gaps, and no streak to lose', () => {
    expect(daysKept(entries, today, 7)).toEqual({ days: 7, kept: 2, partly: 1, chosen: 4 });
    expect(daysKept(entries, today, 30)).toEqual({ days: 30, kept: 4, partly: 1, chosen: 6 });
    expect(daysKeptReading(daysKept(entries, today, 7), daysKept(entries, today, 30))).toBe('Kept on 2 days of the last 7 and 4 days of the last 30 (partly on 1 more day).');
  });

  it('a missed day changes one count and nothing else', () => {
    const withGap = entries.filter((e) => e.day !== '2026-11-21');
    expect(daysKept(withGap, today, 7).kept).toBe(1);
    expect(daysKept(withGap, today, 30).kept).toBe(3);
  });

  it('says something kind when there is nothing yet', () => {
    expect(daysKeptReading(daysKept([], today, 7), daysKept([], today, 30))).toMatch(/One day at a time/);
  });

  it.each(['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'])('day arithmetic holds across daylight-saving changes in %s', (tz) => {
    process.env.TZ = tz;
    // Spring-forward and fall-back days of both hemispheres, and month and year ends.
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-04', 1)).toBe('2026-10-05');
    expect(addDays('2026-11-01', -1)).toBe('2026-10-31');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekStart('2026-03-08')).toBe('2026-03-02');
    expect(weekStart('2026-11-01')).toBe('2026-10-26');
    const overDst = [nrt('2026-03-08', 'yes'), nrt('2026-03-09', 'yes'), nrt('2026-03-01', 'yes')];
    expect(daysKept(overDst, '2026-03-09', 7).kept).toBe(2);
  });
});

describe('weekly readings', () => {
  const today = '2026-11-21'; // the week of Monday 16 November
  it('how often a question came up, in the last four weeks and the four before: counts, never a comparison', () => {
    const days = ['2026-09-28', '2026-10-01', '2026-10-06', '2026-10-13', '2026-10-14', '2026-11-02', '2026-11-18'];
    const weeks = questionsPerWeek(days.map((d) => entry('same-question-again', d, { theQuestion: 'q' })));
    expect(questionsReading(weeks, today)).toBe('A question came up again 2 times in the last four weeks, and 5 times in the four before.');
    expect(questionsReading([], today)).toBe('No question noted as coming up again in the last eight weeks.');
    const once = questionsPerWeek(['2026-11-16'].map((d) => entry('same-question-again', d, { theQuestion: 'q' })));
    expect(questionsReading(once, today)).toBe('A question came up again once in the last four weeks, and not at all in the four before.');
  });

  it('no reading of the questions is worded as a score', () => {
    const weeks = questionsPerWeek(['2026-11-16', '2026-11-17', '2026-10-12'].map((d) => entry('same-question-again', d, { theQuestion: 'q' })));
    for (const text of [questionsReading(weeks, today), periodQuestionsReading(weeks)]) {
      expect(text).not.toMatch(/\b(fewer|more|better|worse|still|again and again|score)\b/i);
      expect(text).toContain('came up');
    }
  });

  it('promises kept of those due in the last four weeks', () => {
    const weeks = promisesPerWeek([
      entry('promises-kept', '2026-11-17', { kept: 'kept' }),
      entry('promises-kept', '2026-11-03', { kept: 'not-kept' }),
      entry('promises-kept', '2026-11-03', { kept: 'not-yet-due' }),
      entry('promises-kept', '2026-09-01', { kept: 'kept' }),
    ]);
    expect(promisesReading(weeks, today)).toBe('Kept 1 of 2 promises that came due in the last four weeks.');
  });

  it('trust over the weeks, per partner', () => {
    expect(trustReading([{ week: '2026-11-02', first: 3, second: null }, { week: '2026-11-09', first: 5, second: 4 }], ['Sam', 'Alex'])).toBe('Sam: from 3 to 5; Alex: 4, over 2 weeks of check-ins.');
  });

  it('support sessions of about the last month, by kind', () => {
    const weeks = supportPerWeek([
      entry('support-i-lean-on', '2026-11-20', { supportKind: 'counseling' }),
      entry('support-i-lean-on', '2026-11-03', { supportKind: 'counseling' }),
      entry('support-i-lean-on', '2026-11-04', { supportKind: 'support-group' }),
      entry('support-i-lean-on', '2026-09-01', { supportKind: 'support-group' }),
    ]);
    expect(supportReading(weeks, today)).toBe('In about the last month: 2 counseling sessions and 1 support group meeting.');
    expect(supportReading(weeks.slice(-1), today)).toBe('In about the last month: 1 counseling session.');
    expect(supportReading([], today)).toBe('No support noted in about the last month.');
  });

  it('small wins newest first', () => {
    const wins = smallWins([entry('small-steps', '2026-11-01', { whatHappened: 'a' }), entry('small-steps', '2026-11-09', { whatHappened: 'b' }), entry('owning-it', '2026-11-10', {})]);
    expect(wins.map((w) => w.day)).toEqual(['2026-11-09', '2026-11-01']);
  });
});
