// The generic entry editor: draws any exercise's steps and fields from its
// data, validates with the same zod schema main uses, and autosaves. In a
// workbook for two, an exercise done together shows each part under its
// partner's name and its confirmations as main stamped them.
import { useEffect, useMemo } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { answersWithDefaults, exerciseDraftSchema, visibleSteps } from '../../../shared/exercises/answer-schema.ts';
import type { Answers } from '../../../shared/exercises/answer-schema.ts';
import { SignedByNote } from '../partners/SignedByNote.tsx';
import { StampedField } from '../partners/StampedField.tsx';
import { partTitle } from '../partners/together-parts.ts';
import { useStampedFields } from '../partners/use-stamped-fields.ts';
import { useAutosave } from './autosave.ts';
import { FieldInput } from './fields/FieldInput.tsx';
import { SaveStatus } from './SaveStatus.tsx';

interface EntryFormProps {
  exercise: ExerciseDef;
  entry: Entry | null;
  day: string;
  /** Limit the editor to some steps (e.g. only yesterday's follow-up). */
  onlySteps?: readonly string[];
  onSaved?: (entry: Entry) => void;
  idPrefix: string;
}

export function EntryForm({ exercise, entry, day, onlySteps, onSaved, idPrefix }: EntryFormProps) {
  const schema = useMemo(() => exerciseDraftSchema(exercise), [exercise]);
  const methods = useForm<Answers>({
    // Initial values only: the editor is keyed by its caller, so a saved entry never resets what is being typed.
    defaultValues: answersWithDefaults(exercise, entry?.answers),
    resolver: zodResolver(schema) as never,
    mode: 'onChange',
  });
  const stamps = useStampedFields(exercise, entry);
  const autosave = useAutosave({
    exerciseId: exercise.id,
    day,
    entryId: entry?.id ?? null,
    prepare: stamps.prepare,
    onSaved: (saved) => {
      stamps.remember(saved);
      onSaved?.(saved);
    },
  });
  const { schedule } = autosave;

  useEffect(() => {
    const subscription = methods.watch((values) => {
      const parsed = schema.safeParse(values);
      // Invalid text (e.g. over the length limit) stays on screen with its message and is not saved.
      if (parsed.success) schedule(parsed.data as Answers);
    });
    return () => subscription.unsubscribe();
  }, [methods, schema, schedule]);

  const answers = useWatch({ control: methods.control }) as Answers;
  const steps = visibleSteps(exercise, answers).filter((s) => !onlySteps || onlySteps.includes(s.id));
  const savedAnswers = stamps.latest?.answers;
  const title = (step: (typeof steps)[number]) => (stamps.doneTogether ? partTitle(exercise, step, savedAnswers, stamps.sessionNames) : step.title);

  return (
    <FormProvider {...methods}>
      <form className="entry-form" onSubmit={(e) => e.preventDefault()} noValidate>
        <SignedByNote entry={stamps.latest} changeable={!stamps.sessionActive} />
        {steps.map((step) => (
          <section key={step.id} className="step" aria-labelledby={`${idPrefix}-${step.id}-title`}>
            {/* A one-step exercise is titled by its card already. */}
            <h2 id={`${idPrefix}-${step.id}-title`} className={exercise.steps.length === 1 ? 'visually-hidden' : 'step__title'}>{title(step)}</h2>
            {step.intro && <p className="step__intro">{step.intro}</p>}
            {step.fields.map((field) => {
              if (!stamps.stamped.has(field.id)) return <FieldInput key={field.id} field={field} idPrefix={idPrefix} />;
              // A part's name is its title; a confirmation is shown as main stamped it.
              return field.type === 'signature' ? <StampedField key={field.id} field={field} value={savedAnswers?.[field.id]} idPrefix={idPrefix} /> : null;
            })}
          </section>
        ))}
        <SaveStatus state={autosave.state} />
      </form>
    </FormProvider>
  );
}
