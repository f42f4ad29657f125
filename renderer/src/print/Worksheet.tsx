// A worksheet for one exercise on paper: blank, with space to write by hand,
// or filled with one entry. Drawn from the exercise's data alone.
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { formatDay } from '../../../shared/domain/dates.ts';
import { BlankAnswer, FilledAnswer } from './WorksheetAnswer.tsx';

export function Worksheet({ exercise, entry, bylines = [] }: { exercise: ExerciseDef; entry: Entry | null; bylines?: readonly string[] }) {
  return (
    <article className="worksheet">
      <header className="ws-header">
        <p className="ws-kicker">Mend · Worksheet {exercise.number}</p>
        <h1>{exercise.title}</h1>
        {entry ? (
          <>
            <p className="ws-meta">{exercise.cadence === 'weekly' ? `Week of ${formatDay(entry.day)}` : `Dated ${formatDay(entry.day)}`}</p>
            {bylines.map((line) => <p key={line} className="ws-meta">{line}</p>)}
          </>
        ) : (
          <p className="ws-meta ws-meta--blank">Date: <span className="ws-blank-line" /></p>
        )}
      </header>
      <section className="ws-why">
        <h2>Why this helps</h2>
        <p>{exercise.whyItHelps}</p>
      </section>
      {exercise.steps.map((step) => {
        const fields = step.fields.map((field) => (
          <div key={field.id} className={`ws-field ws-field--${field.type}`}>
            <h3>{field.label}</h3>
            {field.help && <p className="ws-help">{field.help}</p>}
            {entry ? <FilledAnswer field={field} value={entry.answers[field.id]} /> : <BlankAnswer field={field} />}
          </div>
        ));
        // The step's title and intro never end a page alone: they stay with the first field,
        // unless that field is a table, which may be long enough to need a page break of its own.
        const keepFirst = step.fields[0]?.type !== 'list';
        return (
          <section key={step.id} className="ws-step">
            <div className="ws-step__head">
              <h2>{step.title}</h2>
              {step.intro && <p className="ws-intro">{step.intro}</p>}
              {keepFirst && fields[0]}
            </div>
            {keepFirst ? fields.slice(1) : fields}
          </section>
        );
      })}
      <footer className="ws-footer">
        <p>Private. Share it only if you choose to. Built on advice points {exercise.advice.join(', ')}.</p>
      </footer>
    </article>
  );
}
