// Zod schemas for answers, built from the exercise data, and small pure helpers
// over answers. The same schema drives the form (react-hook-form's resolver) and
// main's validation of a save, so a limit is written once.
import { z } from '../zod.ts';
import { isValidDay } from '../domain/dates.ts';
import type { ExerciseDef, FieldDef, StepDef } from './types.ts';

/** Documented limits (README, "Limits"): long enough for a real letter, short enough to stay a workbook. */
export const TEXT_LIMITS = { 'short-text': 500, 'long-text': 20_000 } as const;
export const LIST_MAX_ITEMS = 30;
export const SIGNATURE_NAME_MAX = 100;
export const SCALE_VALUES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;

/** One row of a list field (a rung of a ladder, a commitment of an agreement). */
export type AnswerRow = Record<string, string>;
/** A partner's confirmation: the name they typed and the day they confirmed. */
export interface Signature {
  name: string;
  date: string;
}
/** '' is "not answered yet" for every kind of field. */
export type AnswerValue = string | AnswerRow[] | Signature;
export type Answers = Record<string, AnswerValue>;

function textOrChoiceSchema(field: FieldDef) {
  if (field.type === 'choice') {
    const values = (field.options ?? []).map((o) => o.value);
    return z.enum(['', ...values] as [string, ...string[]], { error: `Choose one of the offered answers for “${field.label}”.` });
  }
  if (field.type === 'scale') {
    return z.enum(['', ...SCALE_VALUES], { error: `Choose a number from 0 to 10 for “${field.label}”.` });
  }
  const max = field.type === 'long-text' ? TEXT_LIMITS['long-text'] : TEXT_LIMITS['short-text'];
  return z.string().max(max, { error: `This answer is longer than ${max.toLocaleString('en')} characters. Please shorten it.` });
}

const SignatureSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { error: 'Please type your name to confirm.' })
    .max(SIGNATURE_NAME_MAX, { error: `A name can be at most ${SIGNATURE_NAME_MAX} characters.` }),
  date: z.string().refine(isValidDay, { error: 'A confirmation needs a real date.' }),
});

function fieldSchema(field: FieldDef) {
  if (field.type === 'list') {
    const row: Record<string, ReturnType<typeof textOrChoiceSchema>> = {};
    for (const item of field.itemFields ?? []) row[item.id] = textOrChoiceSchema(item);
    const max = field.maxItems ?? LIST_MAX_ITEMS;
    return z.array(z.strictObject(row).partial()).max(max, { error: `At most ${max} rows fit here.` });
  }
  if (field.type === 'signature') return z.union([z.literal(''), SignatureSchema]);
  return textOrChoiceSchema(field);
}

/** A step's answers as a draft: every field optional, every limit enforced, nothing unknown. */
export function stepDraftSchema(step: StepDef) {
  const shape: Record<string, z.ZodOptional<ReturnType<typeof fieldSchema>>> = {};
  for (const field of step.fields) shape[field.id] = fieldSchema(field).optional();
  return z.strictObject(shape);
}

/** All of an exercise's answers as a draft (what main accepts on save). */
export function exerciseDraftSchema(exercise: ExerciseDef) {
  const shape = {};
  for (const step of exercise.steps) Object.assign(shape, stepDraftSchema(step).shape);
  return z.strictObject(shape as Record<string, z.ZodOptional<ReturnType<typeof fieldSchema>>>);
}

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some((row) => Object.values(row).some((v) => v.trim() !== ''));
  return value.name.trim() !== '';
}

/** A step is done when every required field has an answer. */
export function isStepComplete(step: StepDef, answers: Answers): boolean {
  return step.fields.every((f) => !f.required || isAnswered(answers[f.id]));
}

export function missingRequired(step: StepDef, answers: Answers): FieldDef[] {
  return step.fields.filter((f) => f.required && !isAnswered(answers[f.id]));
}

/** Every field of the exercise, filled from saved answers where there are some. */
export function answersWithDefaults(exercise: ExerciseDef, saved: Answers = {}): Answers {
  const answers: Answers = {};
  for (const step of exercise.steps) {
    for (const field of step.fields) answers[field.id] = saved[field.id] ?? (field.type === 'list' ? [] : '');
  }
  return answers;
}

/** The steps to show now: a step with `showAfter` waits until that step is complete. */
export function visibleSteps(exercise: ExerciseDef, answers: Answers): StepDef[] {
  return exercise.steps.filter((step) => {
    if (!step.showAfter) return true;
    const before = exercise.steps.find((s) => s.id === step.showAfter);
    return !before || isStepComplete(before, answers);
  });
}

const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/** A one-line reminder of an entry: its first written answer, e.g. the day's chosen right thing. */
export function entryHeadline(exercise: ExerciseDef, answers: Answers): string {
  for (const step of exercise.steps) {
    for (const field of step.fields) {
      const value = answers[field.id];
      if ((field.type === 'short-text' || field.type === 'long-text') && typeof value === 'string' && value.trim()) return clip(value.trim());
      if (field.type === 'list' && Array.isArray(value)) {
        const first = value.flatMap((row) => Object.values(row)).find((v) => v.trim());
        if (first) return clip(first.trim());
      }
    }
  }
  return '';
}

/** The label of an answered choice, e.g. "Yes" for "Did I?". */
export function optionLabel(field: FieldDef, value: AnswerValue | undefined): string | null {
  return field.options?.find((o) => o.value === value)?.label ?? null;
}

/** The label of the first answered choice in a step. */
export function choiceLabel(step: StepDef, answers: Answers): string | null {
  for (const field of step.fields) {
    const label = optionLabel(field, answers[field.id]);
    if (label) return label;
  }
  return null;
}
