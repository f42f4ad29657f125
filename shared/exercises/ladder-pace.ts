// The contact ladder at the other partner's pace: once a step has been offered and
// not yet answered, or the answer was "not now" or "no", the steps after it are on
// hold. The ladder says so, and says what to do instead; it never suggests the next
// step. A pure function of the rows, so the form, the worksheet and the tests agree.
import type { AnswerRow } from './answer-schema.ts';

export type LadderHoldReason = 'said-no' | 'not-now' | 'waiting';

export interface LadderPace {
  /** Why the ladder is on hold, or null when the next step may be offered. */
  reason: LadderHoldReason | null;
  /** The row (0-based) whose answer holds the ladder. */
  at: number | null;
  /** The rows after it that are not to be offered now. */
  held: number[];
  /** What to say, in plain words; empty when nothing is held. */
  message: string;
  /** What to do instead, one line each. */
  whatToDo: readonly string[];
}

const GUIDANCE: Record<LadderHoldReason, { message: string; whatToDo: readonly string[] }> = {
  'said-no': {
    message: 'Your partner said no. The ladder stops here: do not offer this step again, or any step after it.',
    whatToDo: [
      'Respecting their no is the work now. It is not a setback to be got round.',
      'Do not ask again, through them or through anyone else, and do not send letters or messages they have not asked for.',
      'If they ever open the door, it will be in their own words and at their own time. Until then, keep working on yourself, with your own support.',
    ],
  },
  'not-now': {
    message: 'Your partner said not now. The next steps are on hold until they raise it themselves.',
    whatToDo: [
      'Do not ask again or set a date for asking; “not now” is theirs to change, not yours.',
      'Note the urge to push in “Ask, then wait”, and what you did instead.',
      '“Not now” can become “no”. If it does, that is their answer to respect.',
    ],
  },
  waiting: {
    message: 'A step has been offered and not yet answered. Wait for the answer before offering anything else.',
    whatToDo: ['Waiting without a reminder, a second message or a hint is part of the step.', 'Silence is an answer for now.'],
  },
};

function holdOf(status: string | undefined): LadderHoldReason | null {
  if (status === 'said-no') return 'said-no';
  if (status === 'not-now') return 'not-now';
  if (status === 'offered') return 'waiting';
  return null;
}

const PRIORITY: Record<LadderHoldReason, number> = { 'said-no': 3, 'not-now': 2, waiting: 1 };

export function ladderPace(rows: readonly AnswerRow[] | undefined, statusField = 'status'): LadderPace {
  const list = rows ?? [];
  let at: number | null = null;
  let reason: LadderHoldReason | null = null;
  // The strongest answer anywhere on the ladder holds it: a "no" further down is still a no.
  list.forEach((row, index) => {
    const hold = holdOf(row[statusField]);
    if (hold && (!reason || PRIORITY[hold] > PRIORITY[reason])) {
      reason = hold;
      at = index;
    }
  });
  if (reason === null || at === null) return { reason: null, at: null, held: [], message: '', whatToDo: [] };
  const from: number = at;
  const held = list.flatMap((row, index) => (index > from && !['happened', 'said-no'].includes(row[statusField] ?? '') ? [index] : []));
  return { reason, at: from, held, ...GUIDANCE[reason as LadderHoldReason] };
}

/**
 * While the partner asked for no contact (Mend on two computers, where their Mend tells this one): every
 * step not yet taken is paused by them, whatever its own answer, until they lift it. A "no" stays a no.
 */
export function pausedByPartner(rows: readonly AnswerRow[] | undefined, statusField = 'status'): number[] {
  return (rows ?? []).flatMap((row, index) => (isPausedByPartner(row[statusField]) ? [index] : []));
}

/** One step's answer, while the partner asked for no contact: paused, unless it already happened or was a no. */
export const isPausedByPartner = (status: string | undefined): boolean => !['happened', 'said-no'].includes(status ?? '');
