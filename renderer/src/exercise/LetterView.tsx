// A letter exercise: reopens the draft worked on last, offers a fresh letter,
// and lists earlier letters.
import { useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { formatDay, localDay } from '../../../shared/domain/dates.ts';
import { entryHeadline } from '../../../shared/exercises/answer-schema.ts';
import { hrefFor } from '../app/use-hash-route.ts';
import { PrintControls } from '../print/PrintControls.tsx';
import { EntryForm } from './EntryForm.tsx';
import { useEntries } from './use-entries.ts';

const lastWorkedOn = (entries: Entry[]) => [...entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;

export function LetterView({ exercise }: { exercise: ExerciseDef }) {
  const { entries, error, upsert } = useEntries(exercise.id);
  // Which letter is open: chosen once when the list arrives, so saving never swaps the editor under the writer.
  const [open, setOpen] = useState<{ key: string; entry: Entry | null } | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  if (error) return <p role="alert">{error}</p>;
  if (!entries) return <p className="muted">Opening…</p>;

  const current = open ?? { key: 'first', entry: lastWorkedOn(entries) };
  const currentId = openId ?? current.entry?.id ?? null;
  const others = entries.filter((e) => e.id !== currentId);

  const startNew = () => {
    setOpen({ key: crypto.randomUUID(), entry: null });
    setOpenId(null);
  };

  return (
    <>
      <section className="card" aria-labelledby="letter-title">
        <h2 id="letter-title" className="card__title">
          {current.entry ? `Your letter, begun ${formatDay(current.entry.day)}` : 'A new letter'}
        </h2>
        <EntryForm
          key={current.key}
          exercise={exercise}
          entry={current.entry}
          day={current.entry?.day ?? localDay(new Date())}
          onSaved={(entry) => {
            setOpenId(entry.id);
            upsert(entry);
          }}
          idPrefix="letter"
        />
      </section>
      <PrintControls exerciseId={exercise.id} entryId={currentId} />
      <section aria-labelledby="others-title" className="history">
        <h2 id="others-title" className="section-title">Other letters</h2>
        {others.length === 0 ? (
          <p className="muted">Letters you start later will be kept here too.</p>
        ) : (
          <ul className="history__list">
            {others.map((entry) => (
              <li key={entry.id}>
                <a className="history__item" href={hrefFor.exercise(exercise.id, entry.id)}>
                  <span className="history__date">{formatDay(entry.day)}</span>
                  <span className="history__text">{entryHeadline(exercise, entry.answers) || 'Nothing written yet'}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
        <button type="button" className="button-secondary" onClick={startNew}>Start a new letter</button>
      </section>
    </>
  );
}
