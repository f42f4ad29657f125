// The words of a summary's first page and headings, written once for the PDF
// and the Markdown: the consent and context line, what is in it and what was
// left out, what is new since the last summary, and section headings numbered
// as the contents are (the exercise's own catalog number marked as such).
import { formatDay } from '../domain/dates.ts';
import type { SummaryModel, SummarySection } from './summary-model.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const gbDay = (d: string) => formatDay(d, 'en-GB');

export const SUMMARY_TITLE = 'A summary for my counselor';

export const HOW_TO_READ =
  'The first page is the summary: the dates, what went in and what was left out, the figures that matter over these dates, and the note for the next session. The sections that follow are numbered as in the contents; each is one exercise of the workbook (its own number in the workbook is shown as “Exercise N”). Logs and daily exercises are tables with one row per entry and notes shortened; reflections and letters are given in full. Trust numbers appear only where the person who gave them chose to share them.';

/** Who chose this, and what of the other partner's can be in it. */
export function consentLine(model: Pick<SummaryModel, 'madeBy' | 'includedPrivate'>): string {
  const privately = (who: string, they: string) =>
    model.includedPrivate ? `${who} also chose to include entries ${they} had marked private.` : `Entries ${they} marked private were left out.`;
  if (!model.madeBy) return `The person who wrote this workbook chose what to share in this summary, and with whom. ${privately('They', 'they')}`;
  const { maker, partner } = model.madeBy;
  return `Made by ${maker}, in a workbook ${maker} keeps with ${partner}. ${maker} chose what to share in this summary, and with whom. ${privately(maker, maker)} ${partner}’s entries appear only where ${partner} shared them; what ${partner} keeps private never does.`;
}

/** After "Included:". */
export function includedLine(model: SummaryModel): string {
  return `${plural(model.entryCount, 'entry', 'entries')} from ${plural(model.sections.length, 'exercise', 'exercises')}.`;
}

/** After "Left out:". */
export function leftOutLine(model: SummaryModel): string {
  const { privateEntries, exercisesNotChosen } = model.leftOut;
  const parts = [
    privateEntries > 0 && `${plural(privateEntries, 'entry', 'entries')} marked private`,
    exercisesNotChosen > 0 && `${plural(exercisesNotChosen, 'other exercise', 'other exercises')} with entries in these dates, not chosen`,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? `${parts.join('; ')}.` : 'nothing from these dates.';
}

/** What is new since the summary made before this one; null if there was none. `day` formats a day as the rest of the document does. */
export function sinceLastLine(model: SummaryModel, day: (d: string) => string = gbDay): string | null {
  if (!model.previous) return null;
  const n = Object.keys(model.newSince).length;
  const last = `The last summary covered ${day(model.previous.from)} to ${day(model.previous.to)} and was made on ${day(model.previous.madeOn)}.`;
  return n === 0 ? `${last} Nothing here was written since.` : `${last} ${plural(n, 'entry was', 'entries were')} written since, marked “New”.`;
}

export const sectionHeading = (s: Pick<SummarySection, 'number' | 'exercise'>) => `${s.number}. ${s.exercise.title}`;
/** A digest has one row per entry (and a print view's digest sections carry only their rows, see forPrintView). */
export const exerciseMark = (s: Pick<SummarySection, 'exercise' | 'entries' | 'digest'>) =>
  `Exercise ${s.exercise.number} in the workbook · ${plural(s.digest ? s.digest.rows.length : s.entries.length, 'entry', 'entries')}`;
export const NEW_MARK = 'New';
export const NOTE_TITLE = 'For the next session';
