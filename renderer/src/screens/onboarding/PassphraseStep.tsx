// First start, the passphrase: typed twice, its strength shown, with a plain
// warning that it cannot be recovered. On one's own, choosing it creates the
// encrypted workbook; for two, it is the first partner's, and the workbook is
// created once the second partner has chosen theirs.
import { useState } from 'react';
import { StrengthMeter } from './StrengthMeter.tsx';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CreateWorkbookForm } from '../../../../shared/forms/passphrase-forms.ts';
import { messageOf } from '../../api.ts';

interface PassphraseStepProps {
  forTwo: boolean;
  /** What choosing it does (create the workbook, or go on to the second partner). */
  onChosen: (passphrase: string) => Promise<void>;
}

export function PassphraseStep({ forTwo, onChosen }: PassphraseStepProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const { register, handleSubmit, formState, watch } = useForm<CreateWorkbookForm>({
    resolver: zodResolver(CreateWorkbookForm) as never,
    defaultValues: { passphrase: '', confirm: '', understood: false as unknown as true },
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async ({ passphrase }) => {
    setServerError(null);
    try {
      await onChosen(passphrase);
    } catch (err) {
      setServerError(messageOf(err));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="gate__form">
      <h1>{forTwo ? 'Choose your passphrase' : 'Choose a passphrase'}</h1>
      <p className="muted">Everything you write is encrypted with it, on this computer only.</p>
      {forTwo && <p className="muted">This one is yours alone, for the partner at the keyboard now. Your partner chooses their own in the next step.</p>}
      <label htmlFor="new-passphrase">Passphrase</label>
      <input
        id="new-passphrase"
        type="password"
        autoComplete="new-password"
        aria-invalid={errors.passphrase ? true : undefined}
        aria-describedby={errors.passphrase ? 'new-passphrase-error passphrase-strength' : 'passphrase-strength'}
        {...register('passphrase')}
      />
      <StrengthMeter passphrase={watch('passphrase')} id="passphrase-strength" />
      {errors.passphrase && <p id="new-passphrase-error" className="field__error" role="alert">{errors.passphrase.message}</p>}
      <label htmlFor="confirm-passphrase">Type it again</label>
      <input id="confirm-passphrase" type="password" autoComplete="new-password" aria-invalid={errors.confirm ? true : undefined} aria-describedby={errors.confirm ? 'confirm-passphrase-error' : undefined} {...register('confirm')} />
      {errors.confirm && <p id="confirm-passphrase-error" className="field__error" role="alert">{errors.confirm.message}</p>}
      <div className="warning" id="no-recovery">
        <p><strong>There is no way to recover this passphrase.</strong> Not even Mend can open your workbook without it. Keep it somewhere safe that only you can reach.</p>
        <label className="checkbox">
          <input type="checkbox" aria-describedby="no-recovery" {...register('understood')} />
          <span>I understand that if I lose it, my entries cannot be opened.</span>
        </label>
        {errors.understood && <p className="field__error" role="alert">{errors.understood.message}</p>}
      </div>
      {serverError && <p className="field__error" role="alert">{serverError}</p>}
      <button type="submit" className="button-primary" disabled={isSubmitting}>
        {forTwo ? 'Continue' : isSubmitting ? 'Creating your workbook…' : 'Create my workbook'}
      </button>
    </form>
  );
}
