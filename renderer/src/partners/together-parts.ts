// The parts of an exercise done together (exercise.together), as the screens
// need them in a workbook for two: which fields main stamps (names and
// confirmations are never typed or pre-filled here), each part's title with
// its partner's name, and the "Signed by" line.
import type { Entry } from '../../../shared/domain/entry.ts';
import { formatDay, localDay } from '../../../shared/domain/dates.ts';
import type { Answers } from '../../../shared/exercises/answer-schema.ts';
import type { ExerciseDef, StepDef } from '../../../shared/exercises/types.ts';

/** Fields main fills in a together session: each part's name field and signature field. */
export function stampedFieldIds(exercise: ExerciseDef): ReadonlySet<string> {
  return new Set((exercise.together ?? []).flatMap((part) => [part.nameField, part.signatureField].filter((id): id is string => Boolean(id))));
}

/** The stamped answers as main last saved them, so a save never sends back stale or typed ones. */
export function stampsOf(exercise: ExerciseDef, answers: Answers | undefined): Answers {
  const stamps: Answers = {};
  for (const id of stampedFieldIds(exercise)) stamps[id] = answers?.[id] ?? '';
  return stamps;
}

/**
 * A part's step titled with its partner's name: the name main saved on it, or,
 * while a session is on, the partner whose name the next save puts there (the
 * first to confirm takes the first part).
 */
export function partTitle(exercise: ExerciseDef, step: StepDef, answers: Answers | undefined, sessionNames: readonly string[] | null): string {
  const index = (exercise.together ?? []).findIndex((part) => part.step === step.id);
  if (index < 0) return step.title;
  const part = exercise.together![index]!;
  const saved = part.nameField ? answers?.[part.nameField] : undefined;
  const name = sessionNames?.[index] ?? (typeof saved === 'string' && saved.trim() ? saved.trim() : null);
  return name ? `${step.title}: ${name}` : step.title;
}

/** "Sam and Alex" */
export const bothNames = (names: readonly string[]) => names.join(' and ');

/** "Signed by Sam and Alex on Saturday 21 November 2026", or null when nobody signed. */
export function signedByText(entry: Pick<Entry, 'signedBy'> | null | undefined): string | null {
  const signed = entry?.signedBy ?? [];
  if (signed.length === 0) return null;
  return `Signed by ${bothNames(signed.map((s) => s.name))} on ${formatDay(localDay(new Date(signed[0]!.at)))}`;
}
