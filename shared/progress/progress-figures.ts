// The figures of the progress screen, from entries, over calendar days in the
// user's own time zone ('YYYY-MM-DD'): days the next right thing was kept in
// the last 7 and 30 days (a count, never a streak that falls to zero), support
// sessions, and the small wins. Weekly figures are in shared/summary/chart-data.ts.
import type { Entry } from '../domain/entry.ts';
import { addDays, weekStart } from '../domain/dates.ts';

export interface DaysKept {
  days: number;
  kept: number;
  partly: number;
  /** Days with a commitment written, looked back on or not. */
  chosen: number;
}

export function daysKept(entries: readonly Entry[], today: string, days: number): DaysKept {
  const first = addDays(today, -(days - 1));
  const inSpan = entries.filter((e) => e.exerciseId === 'next-right-thing' && e.day >= first && e.day <= today);
  return {
    days,
    kept: inSpan.filter((e) => e.answers.didI === 'yes').length,
    partly: inSpan.filter((e) => e.answers.didI === 'partly').length,
    chosen: inSpan.filter((e) => typeof e.answers.rightThing === 'string' && e.answers.rightThing.trim() !== '').length,
  };
}

/** Per week: days the next right thing was kept, of the days one was written. */
export function keptPerWeek(entries: readonly Entry[]): { week: string; kept: number; chosen: number }[] {
  const weeks = new Map<string, { week: string; kept: number; chosen: number }>();
  for (const e of entries) {
    if (e.exerciseId !== 'next-right-thing') continue;
    const week = weekStart(e.day);
    const row = weeks.get(week) ?? { week, kept: 0, chosen: 0 };
    if (e.answers.didI === 'yes') row.kept += 1;
    if (typeof e.answers.rightThing === 'string' && e.answers.rightThing.trim() !== '') row.chosen += 1;
    weeks.set(week, row);
  }
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
}

export interface SupportWeek {
  week: string;
  counseling: number;
  group: number;
  other: number;
}

export function supportPerWeek(entries: readonly Entry[]): SupportWeek[] {
  const weeks = new Map<string, SupportWeek>();
  for (const e of entries) {
    if (e.exerciseId !== 'support-i-lean-on') continue;
    const week = weekStart(e.day);
    const row = weeks.get(week) ?? { week, counseling: 0, group: 0, other: 0 };
    if (e.answers.supportKind === 'counseling') row.counseling += 1;
    else if (e.answers.supportKind === 'support-group') row.group += 1;
    else if (e.answers.supportKind) row.other += 1;
    weeks.set(week, row);
  }
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
}

/** Small steps and gains, newest first. */
export function smallWins(entries: readonly Entry[]): Entry[] {
  return entries.filter((e) => e.exerciseId === 'small-steps').sort((a, b) => b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt));
}

/** Sum of `count(week)` over the weeks starting in [from, to]. */
export function sumWeeks<T extends { week: string }>(rows: readonly T[], from: string, to: string, count: (row: T) => number): number {
  return rows.filter((r) => r.week >= from && r.week <= to).reduce((sum, r) => sum + count(r), 0);
}
