// The figures the summary (and later the progress screen) draws: trust in the
// weekly check-in by partner, how often the same question came back per week,
// promises kept per week. Pure, from entries; weeks start on Monday.
import type { Entry } from '../domain/entry.ts';
import { weekStart } from '../domain/dates.ts';

export interface TrustPoint {
  week: string;
  first: number | null;
  second: number | null;
}

export interface WeekCount {
  week: string;
  count: number;
}

export interface PromiseWeek {
  week: string;
  made: number;
  kept: number;
}

const scale = (value: unknown) => (typeof value === 'string' && /^(10|[0-9])$/.test(value) ? Number(value) : null);
const byWeek = <T extends { week: string }>(rows: T[]) => rows.sort((a, b) => a.week.localeCompare(b.week));

export function trustByPartner(entries: readonly Entry[]): { points: TrustPoint[]; names: [string, string] } {
  const checkIns = entries.filter((e) => e.exerciseId === 'weekly-check-in');
  const latestName = (key: string, fallback: string) =>
    [...checkIns].reverse().map((e) => e.answers[key]).find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim() ?? fallback;
  const points = checkIns
    .map((e) => ({ week: weekStart(e.day), first: scale(e.answers.oneTrust), second: scale(e.answers.twoTrust) }))
    .filter((p) => p.first !== null || p.second !== null);
  return { points: byWeek(points), names: [latestName('oneName', 'First partner'), latestName('twoName', 'Second partner')] };
}

/** The partners who have a number to show (none given, or none shared, and they get no line or column). */
export function trustSeries(points: readonly TrustPoint[], names: readonly [string, string]): { key: 'first' | 'second'; name: string }[] {
  return [
    { key: 'first' as const, name: names[0] },
    { key: 'second' as const, name: names[1] },
  ].filter((s) => points.some((p) => p[s.key] !== null));
}

export function questionsPerWeek(entries: readonly Entry[]): WeekCount[] {
  const counts = new Map<string, number>();
  for (const e of entries) {
    if (e.exerciseId !== 'same-question-again') continue;
    const week = weekStart(e.day);
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  return byWeek([...counts].map(([week, count]) => ({ week, count })));
}

/** Promises whose time has come ("not yet due" ones are left out), and how many were kept. */
export function promisesPerWeek(entries: readonly Entry[]): PromiseWeek[] {
  const weeks = new Map<string, PromiseWeek>();
  for (const e of entries) {
    if (e.exerciseId !== 'promises-kept' || !e.answers.kept || e.answers.kept === 'not-yet-due') continue;
    const week = weekStart(e.day);
    const row = weeks.get(week) ?? { week, made: 0, kept: 0 };
    row.made += 1;
    if (e.answers.kept === 'kept') row.kept += 1;
    weeks.set(week, row);
  }
  return byWeek([...weeks.values()]);
}
