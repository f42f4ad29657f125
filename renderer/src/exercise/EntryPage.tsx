// One saved entry opened from a list: edit it, print it, or delete it. The
// other partner's entries open read-only, with nothing to change or delete.
import { useEffect, useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { formatDay } from '../../../shared/domain/dates.ts';
import { call, mend, messageOf } from '../api.ts';
import { hrefFor, navigate } from '../app/use-hash-route.ts';
import { wroteIt } from '../partners/entry-access.ts';
import { usePartners } from '../partners/partners-context.tsx';
import { PrintControls } from '../print/PrintControls.tsx';
import { DeleteConfirmation } from './DeleteConfirmation.tsx';
import { OpenEntry } from './OpenEntry.tsx';

export function EntryPage({ exercise, entryId }: { exercise: ExerciseDef; entryId: string }) {
  const { me } = usePartners();
  const [entry, setEntry] = useState<Entry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);

  useEffect(() => {
    call(mend().entries.get({ id: entryId })).then(setEntry, (err) => setError(messageOf(err)));
  }, [entryId]);

  if (error) return <p role="alert">{error} <a href={hrefFor.exercise(exercise.id)}>Back to the exercise</a></p>;
  if (!entry) return <p className="muted">Opening…</p>;

  const remove = async (alsoFromBackups: boolean) => {
    try {
      await call(mend().entries.delete({ id: entry.id }));
    } catch (err) {
      return setError(messageOf(err));
    }
    if (alsoFromBackups) {
      setRemoving(true);
      try {
        const { failed } = await call(mend().backups.removeEntry({ id: entry.id }));
        if (failed > 0) return setError(`The entry is deleted from your workbook. ${failed === 1 ? 'One backup' : `${failed} backups`} could not be changed and still ${failed === 1 ? 'holds' : 'hold'} it, as before.`);
      } catch (err) {
        return setError(`The entry is deleted from your workbook, but removing it from the backups did not finish: ${messageOf(err)}`);
      }
    }
    navigate(hrefFor.exercise(exercise.id));
  };

  return (
    <>
      <p><a href={hrefFor.exercise(exercise.id)}>← All of “{exercise.title}”</a></p>
      <section className="card" aria-labelledby="entry-title">
        <h2 id="entry-title" className="card__title">{formatDay(entry.day)}</h2>
        <OpenEntry exercise={exercise} entry={entry} day={entry.day} formKey={entry.id} idPrefix="entry" onSaved={setEntry} ownerControls="always" />
      </section>
      <PrintControls exerciseId={exercise.id} entryId={entry.id} />
      {wroteIt(entry, me) && (
        <section className="danger-zone" aria-label="Delete this entry">
          {removing ? (
            <p role="status">Removing it from the backups…</p>
          ) : confirming ? (
            <DeleteConfirmation entryId={entry.id} onDelete={(also) => void remove(also)} onKeep={() => setConfirming(false)} />
          ) : (
            <button type="button" className="button-quiet" onClick={() => setConfirming(true)}>Delete this entry…</button>
          )}
        </section>
      )}
    </>
  );
}
