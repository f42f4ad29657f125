// The one-line status of an exercise on the home screen ("Tonight: look back
// on today"), derived from its entries. Gentle by design: no streaks, no scores.
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { isStepComplete } from '../../../shared/exercises/answer-schema.ts';

export interface ExerciseStatus {
  text: string;
  /** Something waits for the user today. */
  due: boolean;
}

export function exerciseStatus(exercise: ExerciseDef, entries: readonly Entry[], today: string): ExerciseStatus {
  const mine = entries.filter((e) => e.exerciseId === exercise.id);
  if (exercise.kind === 'daily-commitment') {
    const todays = mine.find((e) => e.day === today);
    const [first, followUp] = [exercise.steps[0], exercise.steps.find((s) => s.showAfter)];
    if (!todays || !first || !isStepComplete(first, todays.answers)) return { text: 'Today: choose your next right thing', due: true };
    if (followUp && !isStepComplete(followUp, todays.answers)) return { text: 'Tonight: look back on today', due: true };
    return { text: 'Today: chosen and looked back on', due: false };
  }
  const latest = [...mine].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (!latest) return { text: 'Not started', due: false };
  const done = exercise.steps.every((s) => isStepComplete(s, latest.answers));
  return { text: done ? 'Written · you can come back to it any time' : 'Draft saved · pick up where you left off', due: false };
}
