// The generic entry editor: draws any exercise's steps and fields from its
// data, validates with the same zod schema main uses, and autosaves.
import { useEffect, useMemo } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { answersWithDefaults, exerciseDraftSchema, visibleSteps } from '../../../shared/exercises/answer-schema.ts';
import type { Answers } from '../../../shared/exercises/answer-schema.ts';
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
  const autosave = useAutosave({ exerciseId: exercise.id, day, entryId: entry?.id ?? null, ...(onSaved ? { onSaved } : {}) });
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

  return (
    <FormProvider {...methods}>
      <form className="entry-form" onSubmit={(e) => e.preventDefault()} noValidate>
        {steps.map((step) => (
          <section key={step.id} className="step" aria-labelledby={`${idPrefix}-${step.id}-title`}>
            {/* A one-step exercise is titled by its card already. */}
            <h2 id={`${idPrefix}-${step.id}-title`} className={exercise.steps.length === 1 ? 'visually-hidden' : 'step__title'}>{step.title}</h2>
            {step.intro && <p className="step__intro">{step.intro}</p>}
            {step.fields.map((field) => (
              <FieldInput key={field.id} field={field} idPrefix={idPrefix} />
            ))}
          </section>
        ))}
        <SaveStatus state={autosave.state} />
      </form>
    </FormProvider>
  );
}
