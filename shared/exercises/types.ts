// The shape of an exercise as data. The renderer draws every exercise from this
// description (one generic engine), main validates answers against it, and the
// print views lay it out as a worksheet. Adding an exercise is adding data.
import type { AdviceId } from '../advice/advice-points.ts';

/** R = the partner rebuilding trust, H = the hurt partner, T = both together. */
export type Audience = 'R' | 'H' | 'T';

/**
 * How entries of an exercise live over time:
 * - daily-commitment: one entry per day, with a commitment step and a later follow-up step;
 * - letter: a guided draft the user comes back to, with live feedback on the wording.
 */
export type ExerciseKind = 'daily-commitment' | 'letter';

export type FieldType = 'short-text' | 'long-text' | 'choice';

export interface ChoiceOption {
  value: string;
  label: string;
}

export interface FieldDef {
  id: string;
  label: string;
  /** A gentle hint shown under the label and printed on the worksheet. */
  help?: string;
  type: FieldType;
  /** Needed for the step to count as done; drafts may always be incomplete. */
  required?: boolean;
  options?: readonly ChoiceOption[];
  /** Live wording feedback shown while typing. */
  feedback?: 'apology';
  /** Ruled lines on a blank printed worksheet. */
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

export interface ExerciseDef {
  id: string;
  /** Position in the catalog of docs/PRODUCT.md. */
  number: number;
  title: string;
  /** One line on the home screen. */
  summary: string;
  /** Why this helps, in plain words, traced to the advice it cites. */
  whyItHelps: string;
  audience: readonly Audience[];
  kind: ExerciseKind;
  advice: readonly AdviceId[];
  steps: readonly StepDef[];
}
