// Digest tables: the logs and daily exercises of a summary as one row per
// entry (date, what was written first, the outcome, a short note), so a month
// of daily entries reads in a page rather than in ten. Which fields fill the
// columns is read from the exercise itself, so a new log needs nothing here.
import type { Entry } from '../domain/entry.ts';
import type { AnswerValue } from '../exercises/answer-schema.ts';
import { optionLabel } from '../exercises/answer-schema.ts';
import type { ExerciseDef, FieldDef } from '../exercises/types.ts';
import { TRUST_FIELDS } from '../progress/trust-sharing.ts';

/**
 * A note longer than this is cut at a word and ends with "…" (about one line of its column on
 * A4): the digest is for reading across. The commitment or question keeps up to about two lines.
 */
export const NOTE_MAX = 50;
export const WHAT_MAX = 100;

/** Logs and daily exercises go in a table; reflections, letters, plans and check-ins in full. */
export const usesDigest = (exercise: ExerciseDef) => exercise.cadence === 'daily' || exercise.cadence === 'log';

export interface DigestColumns {
  /** The first text field: the commitment, the question, the promise. */
  what: FieldDef | null;
  /** The first choice (did I? kept?), else the first scale that is not a trust number. */
  outcome: FieldDef | null;
  /** The other text fields, joined into the note. */
  notes: FieldDef[];
}

const isText = (f: FieldDef) => f.type === 'short-text' || f.type === 'long-text';
const trustIds = new Set(TRUST_FIELDS.flatMap((f) => [f.field, f.shareField]));

export function digestColumns(exercise: ExerciseDef): DigestColumns {
  const fields = exercise.steps.flatMap((s) => s.fields).filter((f) => !trustIds.has(f.id));
  const what = fields.find(isText) ?? null;
  const outcome = fields.find((f) => f.type === 'choice') ?? fields.find((f) => f.type === 'scale') ?? null;
  return { what, outcome, notes: fields.filter((f) => isText(f) && f !== what) };
}

/** The column headings, in order. */
export const digestHeadings = (c: DigestColumns) => ['Date', ...(c.what ? [c.what.label] : []), ...(c.outcome ? [c.outcome.label] : []), 'Note'];

/** Cut at the last space before `max`, with "…", so no word is broken. */
export function clipText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const textOf = (value: AnswerValue | undefined) => (typeof value === 'string' ? value : '');

function outcomeText(field: FieldDef | null, value: AnswerValue | undefined): string {
  if (!field || value === undefined || value === '') return '';
  return field.type === 'scale' ? `${String(value)} of 10` : (optionLabel(field, value) ?? String(value));
}

export interface DigestRow {
  entryId: string;
  day: string;
  /** One cell per heading after the date. */
  cells: string[];
}

/** "Wed 4 Nov" (with the year when the rows span more than one): the date of a row, short enough for one line. */
export function rowDay(day: string, withYear: boolean): string {
  return new Date(`${day}T12:00:00`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) });
}

export function digestRow(columns: DigestColumns, entry: Entry): DigestRow {
  const note = columns.notes.map((f) => textOf(entry.answers[f.id]).trim()).filter(Boolean).join(' · ');
  return {
    entryId: entry.id,
    day: entry.day,
    cells: [
      ...(columns.what ? [clipText(textOf(entry.answers[columns.what.id]), WHAT_MAX)] : []),
      ...(columns.outcome ? [outcomeText(columns.outcome, entry.answers[columns.outcome.id])] : []),
      clipText(note, NOTE_MAX),
    ],
  };
}

/** The table of a section: headings and rows, without the columns no entry answered (the date always stays). */
export function digestTable(exercise: ExerciseDef, entries: readonly Entry[]): { headings: string[]; rows: DigestRow[] } {
  const columns = digestColumns(exercise);
  const headings = digestHeadings(columns);
  const rows = entries.map((e) => digestRow(columns, e));
  const kept = headings.slice(1).map((_, i) => rows.some((r) => r.cells[i] !== ''));
  return {
    headings: ['Date', ...headings.slice(1).filter((_, i) => kept[i])],
    rows: rows.map((r) => ({ ...r, cells: r.cells.filter((_, i) => kept[i]) })),
  };
}
