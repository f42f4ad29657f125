// The print route of a worksheet: loads the entry (if any), draws the
// worksheet, then tells main it is ready, so main (or the test harness) prints
// a complete page. In a workbook for two, a filled worksheet says who wrote
// the entry when it is the other partner's, and who signed one done together.
import { useEffect, useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import { findExercise } from '../../../shared/exercises/catalog.ts';
import { call, mend, messageOf } from '../api.ts';
import { signedByText } from '../partners/together-parts.ts';
import { Worksheet } from './Worksheet.tsx';
import { useSignalPrintReady } from './print-ready.ts';

/** Lines under the worksheet's date: "Written by Alex", "Signed by Sam and Alex on …". */
async function bylinesOf(entry: Entry): Promise<string[]> {
  const signed = signedByText(entry);
  const partners = await call(mend().vault.partners({})).catch(() => null);
  const writer = partners?.forTwo && entry.author !== partners.me ? partners.partners.find((p) => p.id === entry.author)?.name : undefined;
  return [...(writer ? [`Written by ${writer}`] : []), ...(signed ? [signed] : [])];
}

export function WorksheetPrint({ exerciseId, entryId }: { exerciseId: string; entryId: string | null }) {
  const exercise = findExercise(exerciseId);
  const [loaded, setLoaded] = useState<{ entry: Entry | null; bylines: string[] } | undefined>(entryId ? undefined : { entry: null, bylines: [] });
  const [error, setError] = useState<string | null>(exercise ? null : 'This exercise does not exist.');

  useEffect(() => {
    if (!entryId) return;
    call(mend().entries.get({ id: entryId }))
      .then(async (entry) => setLoaded({ entry, bylines: await bylinesOf(entry) }))
      .catch((err) => setError(messageOf(err)));
  }, [entryId]);
  useSignalPrintReady(error !== null || loaded !== undefined);

  if (error || !exercise) return <p role="alert">{error}</p>;
  if (loaded === undefined) return null;
  return <Worksheet exercise={exercise} entry={loaded.entry} bylines={loaded.bylines} />;
}
