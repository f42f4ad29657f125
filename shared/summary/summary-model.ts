// The counselor summary as data: which entries go in (the chosen range and
// exercises; entries marked private only if the user opted in), in catalog and
// date order, which charts have data, and the cover. The preview, the PDF and
// the Markdown are all drawn from this one model.
import { otherWriter } from '../domain/authorship.ts';
import type { Attribution } from '../domain/authorship.ts';
import type { Entry } from '../domain/entry.ts';
import { CATALOG } from '../exercises/catalog.ts';
import type { ExerciseDef } from '../exercises/types.ts';
import { promisesPerWeek, questionsPerWeek, trustByPartner } from './chart-data.ts';
import type { PromiseWeek, TrustPoint, WeekCount } from './chart-data.ts';
import type { SummaryOptions } from './summary-options.ts';

export type SummaryChart =
  | { kind: 'trust'; title: string; points: TrustPoint[]; names: [string, string] }
  | { kind: 'questions'; title: string; weeks: WeekCount[] }
  | { kind: 'promises'; title: string; weeks: PromiseWeek[] };

export interface SummarySection {
  exercise: ExerciseDef;
  entries: Entry[];
}

export interface SummaryModel {
  names: string;
  from: string;
  to: string;
  madeOn: string;
  sections: SummarySection[];
  charts: SummaryChart[];
  nextSession: string;
  /** How many entries were left out because they are marked private. */
  privateLeftOut: number;
  entryCount: number;
  /** Entries the other partner wrote (and shared): entry id to their name. Empty for one person. */
  otherWriters: Record<string, string>;
}

export function buildSummary(allEntries: readonly Entry[], options: SummaryOptions, madeOn: string, attribution?: Attribution): SummaryModel {
  const chosen = new Set<string>(options.exerciseIds);
  const inScope = allEntries.filter((e) => chosen.has(e.exerciseId) && e.day >= options.from && e.day <= options.to);
  const entries = inScope.filter((e) => options.includePrivate || !e.keepPrivate);
  const sections = CATALOG.filter((exercise) => chosen.has(exercise.id))
    .map((exercise) => ({
      exercise,
      entries: entries.filter((e) => e.exerciseId === exercise.id).sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt)),
    }))
    .filter((s) => s.entries.length > 0);

  const charts: SummaryChart[] = [];
  const trust = trustByPartner(entries);
  if (trust.points.length > 0) charts.push({ kind: 'trust', title: 'Trust in the weekly check-in, 0 to 10', ...trust });
  const questions = questionsPerWeek(entries);
  if (questions.length > 0) charts.push({ kind: 'questions', title: 'How often the same question came back, per week', weeks: questions });
  const promises = promisesPerWeek(entries);
  if (promises.length > 0) charts.push({ kind: 'promises', title: 'Promises kept, per week', weeks: promises });

  return {
    names: options.names.trim(),
    from: options.from,
    to: options.to,
    madeOn,
    sections,
    charts,
    nextSession: options.nextSession.trim(),
    privateLeftOut: inScope.length - entries.length,
    entryCount: entries.length,
    otherWriters: Object.fromEntries(
      entries.flatMap((e) => {
        const writer = otherWriter(attribution, e);
        return writer ? [[e.id, writer]] : [];
      }),
    ),
  };
}

export const HOW_TO_READ =
  'This summary was chosen and exported from a Mend workbook by the person who wrote it. Each section is one exercise, with its entries in date order. Charts show change over time where there was enough to draw. Entries the writer marked private are not included unless they chose to include them. Where two partners keep the workbook together, entries the other partner wrote and shared carry their name; what either partner keeps to themselves never appears.';
