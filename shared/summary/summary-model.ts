// The counselor summary as data: which entries go in (the chosen range and
// exercises; entries marked private only if the user opted in), in catalog and
// date order, numbered sections (a digest table for logs and daily exercises,
// entries in full otherwise), the first page (who made it, what was left out,
// the figures, the note) and what is new since the last summary. The preview,
// the PDF and the Markdown are all drawn from this one model.
import { otherWriter } from '../domain/authorship.ts';
import type { Attribution } from '../domain/authorship.ts';
import type { Entry } from '../domain/entry.ts';
import type { Role } from '../domain/profile.ts';
import { CATALOG } from '../exercises/catalog.ts';
import type { ExerciseDef } from '../exercises/types.ts';
import { withSharedTrustOnly } from '../progress/trust-sharing.ts';
import { digestTable, usesDigest } from './digest.ts';
import type { DigestRow } from './digest.ts';
import { isNewSince } from './last-summary.ts';
import type { LastSummary } from './last-summary.ts';
import { summaryFigures } from './summary-figures.ts';
import type { SummaryFigure } from './summary-figures.ts';
import type { SummaryOptions } from './summary-options.ts';

export type { SummaryChart, SummaryFigure } from './summary-figures.ts';

export interface SummarySection {
  /** The section's number in this summary (1, 2, …), as in the contents; not the exercise's catalog number. */
  number: number;
  exercise: ExerciseDef;
  /** In date order; trust numbers only where their author shared them. */
  entries: Entry[];
  /** Logs and daily exercises: one row per entry. Null: the entries are shown in full. */
  digest: { headings: string[]; rows: DigestRow[] } | null;
}

export interface SummaryModel {
  names: string;
  from: string;
  to: string;
  madeOn: string;
  /** In a workbook for two: who made the summary, and the other partner. Null for one person. */
  madeBy: { maker: string; partner: string } | null;
  /** Whether the writer chose to include entries they had marked private. */
  includedPrivate: boolean;
  sections: SummarySection[];
  figures: SummaryFigure[];
  nextSession: string;
  leftOut: {
    /** Entries of the chosen exercises and dates left out because they are marked private. */
    privateEntries: number;
    /** Other exercises with entries in these dates that were not chosen. */
    exercisesNotChosen: number;
  };
  entryCount: number;
  /** Entries the other partner wrote (and shared): entry id to their name. Empty for one person. */
  otherWriters: Record<string, string>;
  /** The summary exported before this one, if any, and the entries begun since (by id). */
  previous: LastSummary | null;
  newSince: Record<string, true>;
}

export interface SummaryContext {
  /** The day it is made. */
  madeOn: string;
  /** A workbook for two: who exports, and both partners by name. */
  attribution?: Attribution;
  /** The maker's role (the repeated-question figure is only for the one who asks). */
  role?: Role | null;
  previous?: LastSummary | null;
}

const inDateOrder = (a: Entry, b: Entry) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt);

function sectionsOf(entries: readonly Entry[], chosen: ReadonlySet<string>): SummarySection[] {
  const byExercise = CATALOG.filter((exercise) => chosen.has(exercise.id))
    .map((exercise) => ({ exercise, entries: entries.filter((e) => e.exerciseId === exercise.id).sort(inDateOrder) }))
    .filter((s) => s.entries.length > 0);
  return byExercise.map(({ exercise, entries: mine }, i) => ({ number: i + 1, exercise, entries: mine, digest: usesDigest(exercise) ? digestTable(exercise, mine) : null }));
}

export function buildSummary(allEntries: readonly Entry[], options: SummaryOptions, context: SummaryContext): SummaryModel {
  const { attribution, madeOn } = context;
  const previous = context.previous ?? null;
  const chosen = new Set<string>(options.exerciseIds);
  const inDates = allEntries.filter((e) => e.day >= options.from && e.day <= options.to);
  const shareable = inDates.filter((e) => options.includePrivate || !e.keepPrivate);
  const inScope = inDates.filter((e) => chosen.has(e.exerciseId));
  const entries = shareable.filter((e) => chosen.has(e.exerciseId)).map(withSharedTrustOnly);
  const maker = attribution?.partners.find((p) => p.id === attribution.me)?.name;
  const partner = attribution?.partners.find((p) => p.id !== attribution.me)?.name;

  return {
    names: options.names.trim(),
    from: options.from,
    to: options.to,
    madeOn,
    madeBy: attribution ? { maker: maker ?? 'One partner', partner: partner ?? 'the other partner' } : null,
    includedPrivate: options.includePrivate,
    sections: sectionsOf(entries, chosen),
    figures: summaryFigures(entries, { from: options.from, to: options.to, me: attribution?.me ?? null, role: context.role ?? null }),
    nextSession: options.nextSession.trim(),
    leftOut: {
      privateEntries: inScope.length - entries.length,
      exercisesNotChosen: new Set(shareable.filter((e) => !chosen.has(e.exerciseId)).map((e) => e.exerciseId)).size,
    },
    entryCount: entries.length,
    otherWriters: Object.fromEntries(
      entries.flatMap((e) => {
        const writer = otherWriter(attribution, e);
        return writer ? [[e.id, writer]] : [];
      }),
    ),
    previous,
    newSince: Object.fromEntries(entries.filter((e) => isNewSince(previous, e)).map((e) => [e.id, true as const])),
  };
}

/**
 * The model as a print view needs it: a digest section is drawn from its rows alone, so its entries
 * (a month of daily entries in full, most of what the model weighs) are not sent with it.
 */
export function forPrintView(model: SummaryModel): SummaryModel {
  return { ...model, sections: model.sections.map((s) => (s.digest ? { ...s, entries: [] } : s)) };
}
