// A printable worksheet for one exercise: blank, with ruled space to write by
// hand, or filled with one entry. Main (or the test harness) opens this route
// in a hidden page and prints it once it reports ready.
import { useEffect, useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { FieldDef } from '../../../shared/exercises/types.ts';
import { findExercise } from '../../../shared/exercises/catalog.ts';
import { formatDay } from '../../../shared/domain/dates.ts';
import { call, mend, messageOf } from '../api.ts';

function BlankAnswer({ field }: { field: FieldDef }) {
  if (field.type === 'choice') {
    return (
      <p className="ws-choices">
        {(field.options ?? []).map((o) => (
          <span key={o.value} className="ws-choice"><span className="ws-box" aria-hidden="true" /> {o.label}</span>
        ))}
      </p>
    );
  }
  const lines = field.printLines ?? (field.type === 'long-text' ? 4 : 2);
  return (
    <div className="ws-lines" aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => <div key={i} className="ws-line" />)}
    </div>
  );
}

function FilledAnswer({ field, value }: { field: FieldDef; value: string | undefined }) {
  const shown = field.type === 'choice' ? field.options?.find((o) => o.value === value)?.label : value?.trim();
  return shown ? <p className="ws-answer">{shown}</p> : <p className="ws-answer ws-answer--empty">Not answered</p>;
}

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

  return (
    <article className="worksheet">
      <header className="ws-header">
        <p className="ws-kicker">Mend · Worksheet {exercise.number}</p>
        <h1>{exercise.title}</h1>
        {entry ? (
          <p className="ws-meta">Dated {formatDay(entry.day)}</p>
        ) : (
          <p className="ws-meta ws-meta--blank">Date: <span className="ws-blank-line" /></p>
        )}
      </header>
      <section className="ws-why">
        <h2>Why this helps</h2>
        <p>{exercise.whyItHelps}</p>
      </section>
      {exercise.steps.map((step) => (
        <section key={step.id} className="ws-step">
          <h2>{step.title}</h2>
          {step.intro && <p className="ws-intro">{step.intro}</p>}
          {step.fields.map((field) => (
            <div key={field.id} className="ws-field">
              <h3>{field.label}</h3>
              {field.help && <p className="ws-help">{field.help}</p>}
              {entry ? <FilledAnswer field={field} value={entry.answers[field.id]} /> : <BlankAnswer field={field} />}
            </div>
          ))}
        </section>
      ))}
      <footer className="ws-footer">
        <p>Private. Share it only if you choose to. Built on advice points {exercise.advice.join(', ')}.</p>
      </footer>
    </article>
  );
}
