// An entry the unlocked partner may read but not change: the other partner's
// shared entry, or one done together that the other partner saved. Its answers
// as plain text (the same words as the readable export), with a plain note on
// who can change it. No controls: nothing here could be saved.
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { visibleSteps } from '../../../shared/exercises/answer-schema.ts';
import { answerLines } from '../../../shared/export/answer-text.ts';
import { withTrustVisibleTo } from '../../../shared/progress/trust-sharing.ts';
import { usePartners } from './partners-context.tsx';
import { SignedByNote } from './SignedByNote.tsx';
import { partTitle } from './together-parts.ts';

interface EntryReadOnlyProps {
  exercise: ExerciseDef;
  entry: Entry;
  reason: 'partner' | 'together';
  idPrefix: string;
}

export function EntryReadOnly({ exercise, entry: stored, reason, idPrefix }: EntryReadOnlyProps) {
  const { nameOf, me } = usePartners();
  // The other partner's trust number only if they chose to share it (shared/progress/trust-sharing.ts).
  const entry = withTrustVisibleTo(stored, me);
  const author = nameOf(entry.author);
  // A part's name field is already its title.
  const names = new Set((exercise.together ?? []).map((p) => p.nameField));
  return (
    <div className="entry-read">
      <p className="read-note">
        {reason === 'partner' ? `Written by ${author}. Only ${author} can change this entry.` : `Done together and saved by ${author}. Only ${author} can change it, or the two of you together.`}
      </p>
      <SignedByNote entry={entry} changeable={false} />
      {visibleSteps(exercise, entry.answers).map((step) => {
        const fields = step.fields.filter((f) => !names.has(f.id)).map((f) => ({ field: f, lines: answerLines(f, entry.answers[f.id]) }));
        const answered = fields.filter((f) => f.lines.length > 0);
        return (
          <section key={step.id} className="step" aria-labelledby={`${idPrefix}-${step.id}-title`}>
            <h2 id={`${idPrefix}-${step.id}-title`} className={exercise.steps.length === 1 ? 'visually-hidden' : 'step__title'}>{partTitle(exercise, step, entry.answers, null)}</h2>
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
    </div>
  );
}
