// Where an exercise stands for the user today, for the home screen: what is
// waiting (today's commitment, tonight's look back, this week's check-in) and a
// plain one-line status. Gentle by design: no streaks, no scores.
import type { Entry } from '../domain/entry.ts';
import { addDays, formatDay, weekStart } from '../domain/dates.ts';
import { isStepComplete } from './answer-schema.ts';
import type { Cadence, ExerciseDef } from './types.ts';

export interface ExerciseStatus {
  text: string;
  /** Something waits for the user today. */
  due: boolean;
}

/** The day an entry of a periodic exercise is filed under: the day itself, or its week's Monday. */
export function currentPeriodDay(cadence: Cadence, today: string): string {
  return cadence === 'weekly' ? weekStart(today) : today;
}

export function previousPeriodDay(cadence: Cadence, periodDay: string): string {
  return addDays(periodDay, cadence === 'weekly' ? -7 : -1);
}

/** The step that looks back on an earlier one (e.g. "did I?"), if the exercise has one. */
export function followUpStep(exercise: ExerciseDef) {
  return exercise.steps.find((s) => s.showAfter);
}

/**
 * What a status needs to know of an exercise's entries, small enough to cross to the renderer
 * in place of the entries themselves: how many there are, the one worked on last, and (for a
 * daily or weekly exercise) the entries of the current and the previous period.
 */
export interface ExerciseDigest {
  exerciseId: string;
  count: number;
  lastWorkedOn: Entry | null;
  current: Entry | null;
  previous: Entry | null;
}

/** The latest update, the first of equals in the order given. */
export function lastWorkedOn(entries: readonly Entry[]): Entry | null {
  let latest: Entry | null = null;
  for (const entry of entries) if (!latest || entry.updatedAt > latest.updatedAt) latest = entry;
  return latest;
}

/** `entries` are this exercise's, newest day first (the journal's order). */
export function digestOf(exercise: ExerciseDef, entries: readonly Entry[], today: string): ExerciseDigest {
  const periodic = exercise.cadence === 'daily' || exercise.cadence === 'weekly';
  const period = currentPeriodDay(exercise.cadence, today);
  const before = previousPeriodDay(exercise.cadence, period);
  return {
    exerciseId: exercise.id,
    count: entries.length,
    lastWorkedOn: lastWorkedOn(entries),
    current: periodic ? (entries.find((e) => e.day === period) ?? null) : null,
    previous: periodic ? (entries.find((e) => e.day === before) ?? null) : null,
  };
}

function periodicStatus(exercise: ExerciseDef, { current, previous }: ExerciseDigest): ExerciseStatus {
  const weekly = exercise.cadence === 'weekly';
  const [first] = exercise.steps;
  const followUp = followUpStep(exercise);
  const started = current && first && isStepComplete(first, current.answers);
  if (!started) {
    if (followUp && previous && !isStepComplete(followUp, previous.answers)) {
      return { text: 'Yesterday’s look back is still open', due: true };
    }
    return { text: weekly ? 'This week: not done yet' : 'Today: not done yet', due: true };
  }
  if (followUp && !isStepComplete(followUp, current.answers)) return { text: 'Tonight: look back on today', due: true };
  const complete = exercise.steps.every((s) => isStepComplete(s, current.answers));
  const label = weekly ? 'This week' : 'Today';
  return { text: complete ? `${label}: done` : `${label}: started`, due: !complete };
}

export function statusOf(exercise: ExerciseDef, digest: ExerciseDigest): ExerciseStatus {
  switch (exercise.cadence) {
    case 'daily':
    case 'weekly':
      return periodicStatus(exercise, digest);
    case 'log': {
      const latest = digest.lastWorkedOn;
      if (!latest) return { text: 'Nothing written yet', due: false };
      const count = `${digest.count} ${digest.count === 1 ? 'entry' : 'entries'}`;
      return { text: `${count} · the latest on ${formatDay(latest.day)}`, due: false };
    }
    case 'once': {
      const latest = digest.lastWorkedOn;
      if (!latest) return { text: 'Not started', due: false };
      const done = exercise.steps.every((s) => isStepComplete(s, latest.answers));
      return { text: done ? 'Written · you can come back to it any time' : 'Draft saved · pick up where you left off', due: false };
    }
  }
}

export function exerciseStatus(exercise: ExerciseDef, allEntries: readonly Entry[], today: string): ExerciseStatus {
  return statusOf(exercise, digestOf(exercise, allEntries.filter((e) => e.exerciseId === exercise.id), today));
}
