// Counts of the answers to a log's counted choices (fields with `tally: true`),
// e.g. how many promises were kept, partly kept, not kept, not yet due.
import type { Entry } from '../domain/entry.ts';
import type { ExerciseDef, FieldDef } from './types.ts';

export interface Tally {
  field: FieldDef;
  counts: { value: string; label: string; count: number }[];
}

/** The counts alone, by field id and value: what main sends, so the renderer needs no entries to show them. */
export interface TallyCounts {
  fieldId: string;
  counts: Record<string, number>;
}

const talliedFields = (exercise: ExerciseDef) => exercise.steps.flatMap((s) => s.fields).filter((f) => f.type === 'choice' && f.tally);

/** One pass over the entries, whatever their number. */
export function countTallies(exercise: ExerciseDef, entries: readonly Entry[]): TallyCounts[] {
  return talliedFields(exercise).map((field) => {
    const counts: Record<string, number> = Object.fromEntries((field.options ?? []).map((o) => [o.value, 0]));
    for (const entry of entries) {
      const value = entry.exerciseId === exercise.id ? entry.answers[field.id] : undefined;
      if (typeof value === 'string' && Object.hasOwn(counts, value)) counts[value]! += 1;
    }
    return { fieldId: field.id, counts };
  });
}

/** The counts with the exercise's labels, in the order its options are offered. */
export function labelTallies(exercise: ExerciseDef, counted: readonly TallyCounts[]): Tally[] {
  return talliedFields(exercise).map((field) => {
    const counts = counted.find((c) => c.fieldId === field.id)?.counts ?? {};
    return { field, counts: (field.options ?? []).map((o) => ({ value: o.value, label: o.label, count: counts[o.value] ?? 0 })) };
  });
}

export function tallyChoices(exercise: ExerciseDef, entries: readonly Entry[]): Tally[] {
  return labelTallies(exercise, countTallies(exercise, entries));
}
