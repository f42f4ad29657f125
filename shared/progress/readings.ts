// One plain, gentle sentence under each chart, saying what it shows. Change is
// described without praise or blame: slow gains are the point, and a harder
// week is named as part of it.
import { addDays, weekStart } from '../domain/dates.ts';
import type { PromiseWeek, TrustPoint, WeekCount } from '../summary/chart-data.ts';
import type { DaysKept, SupportWeek } from './progress-figures.ts';
import { sumWeeks } from './progress-figures.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The Mondays of the last four weeks (this one included) and of the four before. */
function fourWeekWindows(today: string) {
  const thisWeek = weekStart(today);
  return { recent: [addDays(thisWeek, -21), thisWeek] as const, before: [addDays(thisWeek, -49), addDays(thisWeek, -28)] as const };
}

const noRightThing = (span: string) => `No next right thing written in ${span} yet. One day at a time is enough.`;
const partlyNote = (d: DaysKept) => (d.partly ? ` (partly on ${plural(d.partly, 'more day', 'more days')})` : '');

export function daysKeptReading(week: DaysKept, month: DaysKept): string {
  if (month.chosen === 0) return noRightThing('the last 30 days');
  return `Kept on ${plural(week.kept, 'day', 'days')} of the last 7 and ${plural(month.kept, 'day', 'days')} of the last 30${partlyNote(month)}.`;
}

/** The same reading over a summary's dates (`kept` counted over all its days). */
export function periodKeptReading(kept: DaysKept): string {
  if (kept.chosen === 0) return noRightThing('these dates');
  return `Kept on ${plural(kept.kept, 'day', 'days')} of the ${kept.days} in these dates${partlyNote(kept)}.`;
}

/**
 * How often a question came up: counts, never a comparison that reads as a score of someone
 * "not getting over it". Coming back is part of rebuilding.
 */
const cameUp = (n: number) => (n === 0 ? 'not at all' : n === 1 ? 'once' : `${n} times`);

export function questionsReading(weeks: readonly WeekCount[], today: string): string {
  const { recent, before } = fourWeekWindows(today);
  const now = sumWeeks(weeks, recent[0], recent[1], (w) => w.count);
  const then = sumWeeks(weeks, before[0], before[1], (w) => w.count);
  if (now === 0 && then === 0) return 'No question noted as coming up again in the last eight weeks.';
  return `A question came up again ${cameUp(now)} in the last four weeks, and ${cameUp(then)} in the four before.`;
}

/** The same reading over a summary's dates. */
export function periodQuestionsReading(weeks: readonly WeekCount[]): string {
  const total = weeks.reduce((sum, w) => sum + w.count, 0);
  return total === 0 ? 'No question noted as coming up again in these dates.' : `A question came up again ${cameUp(total)} in these dates.`;
}

const promisesSentence = (kept: number, made: number, span: string) =>
  made === 0 ? `No promise came due ${span}.` : `Kept ${kept} of ${plural(made, 'promise', 'promises')} that came due ${span}.`;

export function promisesReading(weeks: readonly PromiseWeek[], today: string): string {
  const { recent } = fourWeekWindows(today);
  return promisesSentence(sumWeeks(weeks, recent[0], recent[1], (w) => w.kept), sumWeeks(weeks, recent[0], recent[1], (w) => w.made), 'in the last four weeks');
}

/** The same reading over a summary's dates (`weeks` already of those dates only). */
export function periodPromisesReading(weeks: readonly PromiseWeek[]): string {
  return promisesSentence(weeks.reduce((n, w) => n + w.kept, 0), weeks.reduce((n, w) => n + w.made, 0), 'in these dates');
}

export function trustReading(points: readonly TrustPoint[], names: readonly [string, string]): string {
  const describe = (key: 'first' | 'second', name: string) => {
    const values = points.map((p) => p[key]).filter((v): v is number => v !== null);
    if (values.length === 0) return null;
    if (values.length === 1) return `${name}: ${values[0]}`;
    return `${name}: from ${values[0]} to ${values.at(-1)}`;
  };
  const parts = [describe('first', names[0]), describe('second', names[1])].filter(Boolean);
  return parts.length ? `${parts.join('; ')}, over ${plural(points.length, 'week', 'weeks')} of check-ins.` : 'No trust number in a check-in yet.';
}

export function supportReading(weeks: readonly SupportWeek[], today: string): string {
  const from = weekStart(addDays(today, -29));
  const counseling = sumWeeks(weeks, from, today, (w) => w.counseling);
  const group = sumWeeks(weeks, from, today, (w) => w.group);
  const other = sumWeeks(weeks, from, today, (w) => w.other);
  const parts = [
    counseling && plural(counseling, 'counseling session', 'counseling sessions'),
    group && plural(group, 'support group meeting', 'support group meetings'),
    other && plural(other, 'time with other support', 'times with other support'),
  ].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return 'No support noted in about the last month.';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `In about the last month: ${list}.`;
}
