// Trust numbers are their author's: optional, and in summaries, progress and
// the readable export only where the one who gave them chose to share them.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/entry.ts';
import { weeklyCheckIn } from '../../../shared/exercises/weekly-check-in.ts';
import { whatINeedToFeelSafe } from '../../../shared/exercises/what-i-need-to-feel-safe.ts';
import { isStepComplete } from '../../../shared/exercises/answer-schema.ts';
import type { FieldDef } from '../../../shared/exercises/types.ts';
import { readableMarkdown } from '../../../shared/export/readable-export.ts';
import { withTrustVisibleTo } from '../../../shared/progress/trust-sharing.ts';
import { trustByPartner } from '../../../shared/summary/chart-data.ts';
import { buildSummary } from '../../../shared/summary/summary-model.ts';
import { summaryMarkdown } from '../../../shared/summary/summary-markdown.ts';

const SAM = 'member-sam';
const ALEX = 'member-alex';
let n = 0;
const checkIn = (day: string, answers: Entry['answers'], extra: Partial<Entry> = {}): Entry => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  exerciseId: 'weekly-check-in',
  day,
  answers,
  visibility: 'shared',
  createdAt: `${day}T09:00:00.000Z`,
  updatedAt: `${day}T09:00:00.000Z`,
  ...extra,
});
const together = { author: SAM, signedBy: [{ memberId: SAM, name: 'Sam', at: '2026-11-02T09:00:00.000Z' }, { memberId: ALEX, name: 'Alex', at: '2026-11-02T09:00:00.000Z' }] };
const options = { from: '2026-11-01', to: '2026-11-30', exerciseIds: ['weekly-check-in', 'what-i-need-to-feel-safe'], includePrivate: false, names: '', nextSession: '' };

describe('trust numbers are optional', () => {
  it('a check-in and "what I need to feel safe" are complete without a number', () => {
    expect(weeklyCheckIn.steps.every((s) => isStepComplete(s, { oneName: 'Sam', oneWin: 'A calm week' }))).toBe(true);
    expect(whatINeedToFeelSafe.steps.every((s) => isStepComplete(s, { whatINeed: 'Straight answers' }))).toBe(true);
    const scales = weeklyCheckIn.steps.flatMap((s): readonly FieldDef[] => s.fields).filter((f) => f.type === 'scale');
    expect(scales.map((f) => f.required ?? false)).toEqual([false, false]);
  });
});

describe('in a summary, a trust number appears only where its author shared it', () => {
  const entries = [
    checkIn('2026-11-02', { oneName: 'Sam', oneTrust: '7', oneTrustShared: 'shared', twoName: 'Alex', twoTrust: '2' }, together),
    checkIn('2026-11-09', { oneName: 'Sam', oneTrust: '8', oneTrustShared: 'shared', twoName: 'Alex', twoTrust: '3', twoTrustShared: 'private' }, together),
    { ...checkIn('2026-11-05', { whatINeed: 'Time', trustToday: '1' }), exerciseId: 'what-i-need-to-feel-safe' },
  ];
  const model = buildSummary(entries, options, { madeOn: '2026-11-21' });
  const md = summaryMarkdown(model);

  it('unshared numbers and the share choices are gone from the model, the figure and the Markdown', () => {
    const numbers = model.sections.flatMap((s) => s.entries.map((e) => [e.answers.oneTrust, e.answers.twoTrust, e.answers.trustToday]));
    expect(numbers).toEqual([[undefined, undefined, undefined], ['7', undefined, undefined], ['8', undefined, undefined]]);
    expect(JSON.stringify(model.sections.map((s) => s.entries))).not.toMatch(/TrustShared|twoTrust|trustToday/);
    expect(model.figures.find((f) => f.chart.kind === 'trust')?.reading).toBe('Sam: from 7 to 8, over 2 weeks of check-ins.');
    expect(md).toContain('7 of 10');
    expect(md).not.toMatch(/[123] of 10/);
  });

  it('with nothing shared there is no trust figure at all', () => {
    const none = buildSummary(entries.map((e) => ({ ...e, answers: { ...e.answers, oneTrustShared: 'private' } })), options, { madeOn: '2026-11-21' });
    expect(none.figures.filter((f) => f.chart.kind === 'trust')).toEqual([]);
    expect(summaryMarkdown(none)).not.toMatch(/\d of 10/);
  });
});

describe('progress and the readable export, in a workbook for two', () => {
  const entry = checkIn('2026-11-02', { oneName: 'Sam', oneTrust: '7', twoName: 'Alex', twoTrust: '2' }, together);

  it('each partner sees their own numbers, and the other’s only if shared', () => {
    expect(trustByPartner([withTrustVisibleTo(entry, SAM)]).points).toEqual([{ week: '2026-11-02', first: 7, second: null }]);
    expect(trustByPartner([withTrustVisibleTo(entry, ALEX)]).points).toEqual([{ week: '2026-11-02', first: null, second: 2 }]);
    const shared = { ...entry, answers: { ...entry.answers, twoTrustShared: 'shared' } };
    expect(trustByPartner([withTrustVisibleTo(shared, SAM)]).points).toEqual([{ week: '2026-11-02', first: 7, second: 2 }]);
    // Alone, every number is the reader's own.
    expect(trustByPartner([withTrustVisibleTo(entry, null)]).points).toEqual([{ week: '2026-11-02', first: 7, second: 2 }]);
  });

  it('Sam’s readable export holds Sam’s number and not Alex’s unshared one', () => {
    const md = readableMarkdown([entry], new Date('2026-11-21T10:00:00Z'), () => null, SAM);
    expect(md).toContain('7 of 10');
    expect(md).not.toContain('2 of 10');
  });
});
