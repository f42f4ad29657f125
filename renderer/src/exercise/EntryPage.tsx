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
import { OpenEntry } from './OpenEntry.tsx';

export function EntryPage({ exercise, entryId }: { exercise: ExerciseDef; entryId: string }) {
  const { me } = usePartners();
  const [entry, setEntry] = useState<Entry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    call(mend().entries.get({ id: entryId })).then(setEntry, (err) => setError(messageOf(err)));
  }, [entryId]);

  if (error) return <p role="alert">{error} <a href={hrefFor.exercise(exercise.id)}>Back to the exercise</a></p>;
  if (!entry) return <p className="muted">Opening…</p>;

  const remove = async () => {
    try {
      await call(mend().entries.delete({ id: entry.id }));
      navigate(hrefFor.exercise(exercise.id));
    } catch (err) {
      setError(messageOf(err));
    }
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
          {confirming ? (
            <div role="alertdialog" aria-labelledby="delete-question" className="confirm">
              <p id="delete-question">Delete this entry for good? It cannot be brought back.</p>
              <button type="button" className="button-danger" onClick={remove}>Delete entry</button>
              <button type="button" className="button-secondary" autoFocus onClick={() => setConfirming(false)}>Keep it</button>
            </div>
          ) : (
            <button type="button" className="button-quiet" onClick={() => setConfirming(true)}>Delete this entry…</button>
          )}
        </section>
      )}
    </>
  );
}
