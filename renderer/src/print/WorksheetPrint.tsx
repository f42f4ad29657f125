// The print route of a worksheet: loads the entry (if any), draws the
// worksheet, then tells main it is ready, so main (or the test harness) prints
// a complete page.
import { useEffect, useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import { findExercise } from '../../../shared/exercises/catalog.ts';
import { call, mend, messageOf } from '../api.ts';
import { Worksheet } from './Worksheet.tsx';
import { useSignalPrintReady } from './print-ready.ts';

export function WorksheetPrint({ exerciseId, entryId }: { exerciseId: string; entryId: string | null }) {
  const exercise = findExercise(exerciseId);
  const [entry, setEntry] = useState<Entry | null | undefined>(entryId ? undefined : null);
  const [error, setError] = useState<string | null>(exercise ? null : 'This exercise does not exist.');

  useEffect(() => {
    if (entryId) call(mend().entries.get({ id: entryId })).then(setEntry, (err) => setError(messageOf(err)));
  }, [entryId]);
  useSignalPrintReady(error !== null || entry !== undefined);

  if (error || !exercise) return <p role="alert">{error}</p>;
  if (entry === undefined) return null;
  return <Worksheet exercise={exercise} entry={entry} />;
}
