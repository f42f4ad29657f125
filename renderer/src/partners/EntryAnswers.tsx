// An entry's answers as plain text, step by step (the same words as the
// readable export): for reading, never editing. Used for the other partner's
// entries (EntryReadOnly), for what came from the partner's computer, and for
// the last look before a letter is sent.
import type { Answers } from '../../../shared/exercises/answer-schema.ts';
import { visibleSteps } from '../../../shared/exercises/answer-schema.ts';
import { answerLines } from '../../../shared/export/answer-text.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { partTitle } from './together-parts.ts';

export function EntryAnswers({ exercise, answers, idPrefix }: { exercise: ExerciseDef; answers: Answers; idPrefix: string }) {
  // A part's name field is already its title.
  const names = new Set((exercise.together ?? []).map((p) => p.nameField));
  return (
    <>
      {visibleSteps(exercise, answers).map((step) => {
        const fields = step.fields.filter((f) => !names.has(f.id)).map((f) => ({ field: f, lines: answerLines(f, answers[f.id]) }));
        const answered = fields.filter((f) => f.lines.length > 0);
        return (
          <section key={step.id} className="step" aria-labelledby={`${idPrefix}-${step.id}-title`}>
            <h2 id={`${idPrefix}-${step.id}-title`} className={exercise.steps.length === 1 ? 'visually-hidden' : 'step__title'}>{partTitle(exercise, step, answers, null)}</h2>
            {answered.length === 0 ? (
              <p className="muted">Nothing written here.</p>
            ) : (
              <dl className="read-answers">
                {answered.map(({ field, lines }) => (
                  <div key={field.id} className="read-answers__item">
                    <dt>{field.label}</dt>
                    {lines.map((line, i) => <dd key={i}>{line}</dd>)}
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
    </>
  );
}
