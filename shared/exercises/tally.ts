// Counts of the answers to a log's counted choices (fields with `tally: true`),
// e.g. how many promises were kept, partly kept, not kept, not yet due.
import type { Entry } from '../domain/entry.ts';
import type { ExerciseDef, FieldDef } from './types.ts';

export interface Tally {
  field: FieldDef;
  counts: { value: string; label: string; count: number }[];
}

export function tallyChoices(exercise: ExerciseDef, entries: readonly Entry[]): Tally[] {
  const fields = exercise.steps.flatMap((s) => s.fields).filter((f) => f.type === 'choice' && f.tally);
  return fields.map((field) => ({
    field,
    counts: (field.options ?? []).map((o) => ({
      value: o.value,
      label: o.label,
      count: entries.filter((e) => e.exerciseId === exercise.id && e.answers[field.id] === o.value).length,
    })),
  }));
}
