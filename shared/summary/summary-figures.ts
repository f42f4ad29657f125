// The few figures on a summary's first page, over its dates: days kept of the
// next right thing, promises kept, how trust moved in the check-ins, and, only
// in the asker's own summary, how often a question came up. Each carries the
// same plain sentence the progress screen uses (shared/progress/readings.ts)
// and the data of its small chart. Figures count the maker's own entries, as
// the progress screen does; trust numbers only where their author shared them.
import { ownOnly } from '../domain/authorship.ts';
import type { Entry } from '../domain/entry.ts';
import type { Role } from '../domain/profile.ts';
import { daysKept, keptPerWeek } from '../progress/progress-figures.ts';
import { periodKeptReading, periodPromisesReading, periodQuestionsReading, trustReading } from '../progress/readings.ts';
import { promisesPerWeek, questionsPerWeek, trustByPartner } from './chart-data.ts';
import type { PromiseWeek, TrustPoint, WeekCount } from './chart-data.ts';

export type SummaryChart =
  | { kind: 'kept'; title: string; weeks: { week: string; kept: number; chosen: number }[] }
  | { kind: 'promises'; title: string; weeks: PromiseWeek[] }
  | { kind: 'trust'; title: string; points: TrustPoint[]; names: [string, string] }
  | { kind: 'questions'; title: string; weeks: WeekCount[] };

export interface SummaryFigure {
  /** The figure's heading, e.g. "The next right thing". */
  title: string;
  /** The progress screen's sentence for these dates. */
  reading: string;
  chart: SummaryChart;
}

/** Whole days from `from` to `to`, both included. */
const daysIn = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

export interface FigureScope {
  from: string;
  to: string;
  /** The partner making the summary (null alone): figures count their own entries. */
  me: string | null;
  /** The maker's role: the repeated-question figure is for the one who asks (the hurt partner) only. */
  role: Role | null;
}

/** `entries`: those of the summary, already of its dates and exercises, with only shared trust numbers (withSharedTrustOnly). */
export function summaryFigures(entries: readonly Entry[], scope: FigureScope): SummaryFigure[] {
  const own = ownOnly(entries, scope.me);
  const of = (id: string) => own.filter((e) => e.exerciseId === id);
  const figures: SummaryFigure[] = [];

  const kept = of('next-right-thing');
  if (kept.length > 0) {
    figures.push({
      title: 'The next right thing',
      reading: periodKeptReading(daysKept(kept, scope.to, daysIn(scope.from, scope.to))),
      chart: { kind: 'kept', title: 'Days kept, per week', weeks: keptPerWeek(kept) },
    });
  }
  const promises = promisesPerWeek(of('promises-kept'));
  if (of('promises-kept').length > 0) {
    figures.push({ title: 'Promises kept', reading: periodPromisesReading(promises), chart: { kind: 'promises', title: 'Promises kept, per week', weeks: promises } });
  }
  const trust = trustByPartner(of('weekly-check-in'));
  if (trust.points.length > 0) {
    figures.push({
      title: 'Trust in the weekly check-in',
      reading: trustReading(trust.points, trust.names),
      chart: { kind: 'trust', title: 'Trust, 0 to 10 (shared numbers only)', ...trust },
    });
  }
  const questions = of('same-question-again');
  if (scope.role === 'H' && questions.length > 0) {
    const weeks = questionsPerWeek(questions);
    figures.push({ title: 'The same question again', reading: periodQuestionsReading(weeks), chart: { kind: 'questions', title: 'How often it came up, per week', weeks } });
  }
  return figures;
}
