// Zod schemas for answers, built from the exercise data. The same step schema
// drives the form (react-hook-form's resolver) and main's validation of a save,
// so a limit is written once.
import { z } from '../zod.ts';
import type { ExerciseDef, FieldDef, StepDef } from './types.ts';

/** Documented limits (README, "Limits"): long enough for a real letter, short enough to stay a workbook. */
export const TEXT_LIMITS = { 'short-text': 500, 'long-text': 20_000 } as const;

export type Answers = Record<string, string>;

function fieldSchema(field: FieldDef) {
  if (field.type === 'choice') {
    const values = (field.options ?? []).map((o) => o.value);
    // '' is "not answered yet", which a draft may be.
    return z.enum(['', ...values] as [string, ...string[]], {
      error: `Choose one of the offered answers for “${field.label}”.`,
    });
  }
  const max = TEXT_LIMITS[field.type];
  return z.string().max(max, {
    error: `This answer is longer than ${max.toLocaleString('en')} characters. Please shorten it.`,
  });
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

export function isAnswered(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
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
  for (const step of exercise.steps) for (const field of step.fields) answers[field.id] = saved[field.id] ?? '';
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

/** A one-line reminder of an entry: its first answer, e.g. the day's chosen right thing. */
export function entryHeadline(exercise: ExerciseDef, answers: Answers): string {
  for (const step of exercise.steps) {
    for (const field of step.fields) {
      const value = answers[field.id]?.trim();
      if (field.type !== 'choice' && value) return value.length > 120 ? `${value.slice(0, 117)}…` : value;
    }
  }
  return '';
}

/** The label of the first answered choice in a step, e.g. "Yes" for "Did I?". */
export function choiceLabel(step: StepDef, answers: Answers): string | null {
  for (const field of step.fields) {
    const option = field.options?.find((o) => o.value === answers[field.id]);
    if (option) return option.label;
  }
  return null;
}
