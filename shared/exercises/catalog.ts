// The exercises Mend offers, in catalog order.
import { nextRightThing } from './next-right-thing.ts';
import { owningIt } from './owning-it.ts';
import type { ExerciseDef } from './types.ts';

export const CATALOG: readonly ExerciseDef[] = [nextRightThing, owningIt];

export type ExerciseId = (typeof CATALOG)[number]['id'];

export const EXERCISE_IDS = CATALOG.map((e) => e.id) as [string, ...string[]];

const byId = new Map(CATALOG.map((e) => [e.id, e]));

export function findExercise(id: string): ExerciseDef | undefined {
  return byId.get(id);
}

export function getExercise(id: string): ExerciseDef {
  const exercise = byId.get(id);
  if (!exercise) throw new RangeError(`unknown exercise ${id}`);
  return exercise;
}
