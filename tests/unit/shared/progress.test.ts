// Home-screen statuses and periods: what is due today, computed from entries.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/entry.ts';
import { weekStart } from '../../../shared/domain/dates.ts';
import { currentPeriodDay, exerciseStatus, previousPeriodDay } from '../../../shared/exercises/progress.ts';
import { tallyChoices } from '../../../shared/exercises/tally.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { nextRightThing } from '../../../shared/exercises/next-right-thing.ts';
import { owningIt } from '../../../shared/exercises/owning-it.ts';

let counter = 0;
function entry(exerciseId: string, day: string, answers: Entry['answers'], updatedAt = `${day}T12:00:00.000Z`): Entry {
  counter += 1;
  return { id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`, exerciseId, day, answers, visibility: 'private', createdAt: updatedAt, updatedAt };
}

const weekly: ExerciseDef = {
  id: 'weekly-test', number: 99, title: 'Weekly', summary: 's', whyItHelps: 'w', audience: ['T'], kind: 'check-in', cadence: 'weekly', advice: ['S2.6'],
  steps: [{ id: 'one', title: 'One', fields: [{ id: 'trust', label: 'Trust', type: 'scale', required: true, scaleLabels: { low: 'none', high: 'full' } }] }],
};
const log: ExerciseDef = {
  id: 'log-test', number: 98, title: 'Log', summary: 's', whyItHelps: 'w', audience: ['R'], kind: 'running-log', cadence: 'log', advice: ['S0.7'],
  steps: [{ id: 'one', title: 'One', fields: [
    { id: 'what', label: 'What', type: 'short-text', required: true },
    { id: 'kept', label: 'Kept?', type: 'choice', tally: true, options: [{ value: 'yes', label: 'Kept' }, { value: 'no', label: 'Not kept' }] },
  ] }],
};

describe('weeks and periods', () => {
  it.each([
    ['2026-11-16', '2026-11-16'], // Monday
    ['2026-11-21', '2026-11-16'], // Saturday
    ['2026-11-22', '2026-11-16'], // Sunday
    ['2026-03-01', '2026-02-23'], // across a month end
    ['2026-01-01', '2025-12-29'], // across a year end
    ['2026-03-29', '2026-03-23'], // EU daylight-saving change day
  ])('the week of %s starts on %s', (day, monday) => {
    expect(weekStart(day)).toBe(monday);
  });

  it('files daily entries by day and weekly entries by Monday', () => {
    expect(currentPeriodDay('daily', '2026-11-21')).toBe('2026-11-21');
    expect(currentPeriodDay('weekly', '2026-11-21')).toBe('2026-11-16');
    expect(previousPeriodDay('daily', '2026-03-01')).toBe('2026-02-28');
    expect(previousPeriodDay('weekly', '2026-11-16')).toBe('2026-11-09');
  });
});

describe('exercise status', () => {
  const today = '2026-11-21';

  it('a daily commitment is due until chosen, then its look back is due, then done', () => {
    expect(exerciseStatus(nextRightThing, [], today)).toEqual({ text: 'Today: not done yet', due: true });
    const chosen = entry('next-right-thing', today, { rightThing: 'Call at six' });
    expect(exerciseStatus(nextRightThing, [chosen], today)).toEqual({ text: 'Tonight: look back on today', due: true });
    const done = { ...chosen, answers: { rightThing: 'Call at six', didI: 'yes' } };
    expect(exerciseStatus(nextRightThing, [done], today)).toEqual({ text: 'Today: done', due: false });
  });

  it('yesterday’s open look back is named before today is begun', () => {
    const yesterday = entry('next-right-thing', '2026-11-20', { rightThing: 'Be home by seven' });
    expect(exerciseStatus(nextRightThing, [yesterday], today)).toEqual({ text: 'Yesterday’s look back is still open', due: true });
  });

  it('a weekly check-in is due once per week, counted from Monday', () => {
    expect(exerciseStatus(weekly, [], today).due).toBe(true);
    const thisWeek = entry('weekly-test', '2026-11-16', { trust: '6' });
    expect(exerciseStatus(weekly, [thisWeek], today)).toEqual({ text: 'This week: done', due: false });
    const lastWeek = entry('weekly-test', '2026-11-09', { trust: '5' });
    expect(exerciseStatus(weekly, [lastWeek], today)).toEqual({ text: 'This week: not done yet', due: true });
  });

  it('a log counts its entries and is never due', () => {
    expect(exerciseStatus(log, [], today)).toEqual({ text: 'Nothing written yet', due: false });
    const status = exerciseStatus(log, [entry('log-test', '2026-11-02', { what: 'a' }), entry('log-test', '2026-11-20', { what: 'b' })], today);
    expect(status.due).toBe(false);
    expect(status.text).toMatch(/^2 entries · the latest on /);
    expect(status.text).toContain('2026');
  });

  it('a piece of writing is a draft until every needed answer is there', () => {
    expect(exerciseStatus(owningIt, [], today).text).toBe('Not started');
    const draft = entry('owning-it', today, { whatIDid: 'I lied.' });
    expect(exerciseStatus(owningIt, [draft], today).text).toMatch(/^Draft saved/);
    const whole = { ...draft, answers: { whatIDid: 'I lied.', whatItCost: 'Your peace.', whatIChanged: 'Counseling.' } };
    expect(exerciseStatus(owningIt, [whole], today).text).toMatch(/^Written/);
  });

  it('ignores entries of other exercises', () => {
    expect(exerciseStatus(owningIt, [entry('next-right-thing', today, { rightThing: 'x' })], today).text).toBe('Not started');
  });
});

describe('tallies', () => {
  it('counts each answer of a counted choice, and only for that exercise', () => {
    const entries = [
      entry('log-test', '2026-11-01', { what: 'a', kept: 'yes' }),
      entry('log-test', '2026-11-02', { what: 'b', kept: 'yes' }),
      entry('log-test', '2026-11-03', { what: 'c', kept: 'no' }),
      entry('log-test', '2026-11-04', { what: 'd' }),
      entry('other', '2026-11-04', { kept: 'yes' }),
    ];
    const [tally] = tallyChoices(log, entries);
    expect(tally?.field.id).toBe('kept');
    expect(tally?.counts.map((c) => [c.label, c.count])).toEqual([['Kept', 2], ['Not kept', 1]]);
    expect(tallyChoices(owningIt, entries)).toEqual([]);
  });
});
