// For an editor of an exercise done together, in a workbook for two: the
// fields only main fills (each part's name and confirmation), the entry as
// main last saved it (what those fields show, and what every save sends back
// for them), and the partners' names in the order the session will sign.
// Keeping the stamps out of the form's own state means a save never resets
// what is being typed, and nothing typed can stand in for a signature.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { Answers } from '../../../shared/exercises/answer-schema.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { usePartners } from './partners-context.tsx';
import { useTogether } from './together-context.tsx';
import { stampedFieldIds, stampsOf } from './together-parts.ts';

const NONE: ReadonlySet<string> = new Set();

export function useStampedFields(exercise: ExerciseDef, entry: Entry | null) {
  const { forTwo } = usePartners();
  const together = useTogether();
  const [latest, setLatest] = useState<Entry | null>(entry);
  const latestRef = useRef(entry);
  const doneTogether = forTwo && Boolean(exercise.together);
  const stamped = useMemo(() => (doneTogether ? stampedFieldIds(exercise) : NONE), [doneTogether, exercise]);

  const prepare = useCallback(
    (answers: Answers): Answers => (stamped.size > 0 ? { ...answers, ...stampsOf(exercise, latestRef.current?.answers) } : answers),
    [exercise, stamped],
  );
  const remember = useCallback((saved: Entry) => {
    latestRef.current = saved;
    setLatest(saved);
  }, []);
  const sessionNames = doneTogether && together.active ? (together.status?.confirmed.map((c) => c.name) ?? null) : null;

  return { doneTogether, stamped, latest, prepare, remember, sessionNames, sessionActive: together.active };
}
