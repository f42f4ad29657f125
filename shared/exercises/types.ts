// The shape of an exercise as data. The renderer draws every exercise from this
// description (one generic engine), main validates answers against it, and the
// print views lay it out as a worksheet. Adding an exercise is adding data.
import type { AdviceId } from '../advice/advice-points.ts';

/** R = the partner rebuilding trust, H = the hurt partner, T = both together. */
export type Audience = 'R' | 'H' | 'T';

/** What kind of exercise this is, as the catalog names it (shown in docs and on worksheets). */
export type ExerciseKind =
  | 'reflection'
  | 'letter'
  | 'plan'
  | 'daily-commitment'
  | 'daily-check-in'
  | 'running-log'
  | 'ladder'
  | 'check-in'
  | 'agreement';

/**
 * How entries of an exercise live over time, which decides the screen:
 * - once: one piece of writing the user comes back to (a new one can be started);
 * - daily / weekly: one entry per day or per week, the current one on top, earlier ones listed;
 * - log: every entry is a new item in a running log, all kept and listed.
 */
export type Cadence = 'once' | 'daily' | 'weekly' | 'log';

export type FieldType = 'short-text' | 'long-text' | 'choice' | 'scale' | 'list' | 'signature';

export interface ChoiceOption {
  value: string;
  label: string;
  /** Kept only so earlier entries that chose it still open and save; not offered for new answers. */
  retired?: boolean;
}

export interface FieldDef {
  /** camelCase identifier, unique within the exercise. */
  id: string;
  label: string;
  /** A gentle hint shown under the label and printed on the worksheet. */
  help?: string;
  type: FieldType;
  /** Needed for the step to count as done; drafts may always be incomplete. */
  required?: boolean;
  /** choice: the answers offered. */
  options?: readonly ChoiceOption[];
  /** choice in a log: count the answers across entries (e.g. promises kept / not kept). */
  tally?: boolean;
  /** scale (always 0 to 10): what the two ends mean. */
  scaleLabels?: { low: string; high: string };
  /** list: the fields of one row (text and choice fields only). */
  itemFields?: readonly FieldDef[];
  /** list: what one row is called, for "Add a step". */
  itemName?: string;
  /** list: at most this many rows. */
  maxItems?: number;
  /**
   * Live feedback: wording notes while typing (text fields) in the manner of this letter
   * (apology, causes, self-compassion: see shared/apology/notes.ts), or the other partner's pace
   * (ladder-pace, a list with a status column).
   */
  feedback?: 'apology' | 'causes' | 'self-compassion' | 'ladder-pace';
  /** Ruled lines on a blank printed worksheet (text fields), or empty rows (list fields). */
  printLines?: number;
}

export interface StepDef {
  id: string;
  title: string;
  intro?: string;
  /** Shown only once this other step is complete (e.g. the evening follow-up after the morning commitment). */
  showAfter?: string;
  fields: readonly FieldDef[];
}

/**
 * One partner's part of an exercise done together (a workbook for two): a step
 * they answer, or a field they confirm. In a together session main fills the
 * part's name or signature field with the partner's name and stamps who signed.
 */
export interface TogetherPart {
  /** The step this partner answers (check-in), if any. */
  step?: string;
  /** A short-text field that takes the partner's name. */
  nameField?: string;
  /** A signature field that takes the partner's name and the day. */
  signatureField?: string;
}

export interface ExerciseDef {
  id: string;
  /** Position in the catalog of docs/CONTENT.md. */
  number: number;
  title: string;
  /** One line on the home screen. */
  summary: string;
  /** Why this helps, in plain words, traced to the advice it cites. */
  whyItHelps: string;
  audience: readonly Audience[];
  kind: ExerciseKind;
  cadence: Cadence;
  advice: readonly AdviceId[];
  steps: readonly StepDef[];
  /** Done together in a workbook for two: one part per partner, in the order they confirmed. */
  together?: readonly [TogetherPart, TogetherPart];
}
