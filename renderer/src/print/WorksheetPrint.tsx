// The print route of a worksheet: loads the entry (if any), draws the
// worksheet, then tells main it is ready, so main (or the test harness) prints
// a complete page.
import { useEffect, useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import { findExercise } from '../../../shared/exercises/catalog.ts';
import { call, mend, messageOf } from '../api.ts';
import { Worksheet } from './Worksheet.tsx';

export function WorksheetPrint({ exerciseId, entryId }: { exerciseId: string; entryId: string | null }) {
  const exercise = findExercise(exerciseId);
  const [entry, setEntry] = useState<Entry | null | undefined>(entryId ? undefined : null);
  const [error, setError] = useState<string | null>(exercise ? null : 'This exercise does not exist.');

  useEffect(() => {
    document.documentElement.classList.add('print-view');
    if (entryId) call(mend().entries.get({ id: entryId })).then(setEntry, (err) => setError(messageOf(err)));
  }, [entryId]);

  const drawn = error !== null || entry !== undefined;
  useEffect(() => {
    // Tell main the page is complete only after React has painted it.
    if (drawn) requestAnimationFrame(() => void mend().print.ready({}));
  }, [drawn]);

  if (error || !exercise) return <p role="alert">{error}</p>;
  if (entry === undefined) return null;
  return <Worksheet exercise={exercise} entry={entry} />;
}
