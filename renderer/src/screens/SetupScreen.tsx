// First start: what Mend is, and a passphrase (typed twice) that creates the
// encrypted workbook, with a plain warning that it cannot be recovered.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CreateWorkbookForm } from '../../../shared/forms/passphrase-forms.ts';
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import { call, mend, messageOf } from '../api.ts';
import { OpenFileSection } from './OpenFileSection.tsx';

export function SetupScreen({ onOpened }: { onOpened: (report: UnlockReport) => void }) {
  const [serverError, setServerError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<CreateWorkbookForm>({
    resolver: zodResolver(CreateWorkbookForm) as never,
    defaultValues: { passphrase: '', confirm: '', understood: false as unknown as true },
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async ({ passphrase }) => {
    setServerError(null);
    try {
      await call(mend().vault.create({ passphrase }));
      onOpened({ damaged: [] });
    } catch (err) {
      setServerError(messageOf(err));
    }
  });

  return (
    <main id="main" className="gate">
      <div className="gate__panel">
        <p className="brand" aria-hidden="true">Mend</p>
        <h1>Welcome to Mend</h1>
        <p className="lede">
          A private workbook for rebuilding trust after it was broken, on your own or as a couple. It offers small exercises, not promises: the pace is yours.
        </p>
        <form onSubmit={submit} noValidate className="gate__form">
          <h2 className="gate__subtitle">Choose a passphrase</h2>
          <p className="muted">
            Everything you write is encrypted with it, on this computer only. A few unrelated words are easy to remember and hard to guess.
          </p>
          <label htmlFor="new-passphrase">Passphrase</label>
          <input id="new-passphrase" type="password" autoComplete="new-password" aria-invalid={errors.passphrase ? true : undefined} aria-describedby={errors.passphrase ? 'new-passphrase-error' : undefined} {...register('passphrase')} />
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
            {isSubmitting ? 'Creating your workbook…' : 'Create my workbook'}
          </button>
        </form>
        <OpenFileSection onOpened={onOpened} />
      </div>
    </main>
  );
}
