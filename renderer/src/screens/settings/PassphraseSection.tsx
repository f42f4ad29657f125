// Change the passphrase: the current one is checked against the file, and only
// the key wrapping changes (no entry is re-encrypted).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ChangePassphraseForm } from '../../../../shared/forms/passphrase-forms.ts';
import { call, mend, messageOf } from '../../api.ts';

export function PassphraseSection() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, formState, reset } = useForm<ChangePassphraseForm>({
    resolver: zodResolver(ChangePassphraseForm) as never,
    defaultValues: { current: '', next: '', confirm: '' },
  });
  const { errors, isSubmitting } = formState;
  const submit = handleSubmit(async ({ current, next }) => {
    setMessage(null);
    try {
      await call(mend().vault.changePassphrase({ current, next }));
      reset();
      setMessage({ ok: true, text: 'Your passphrase is changed. If this device remembered your workbook, it no longer does.' });
    } catch (err) {
      setMessage({ ok: false, text: messageOf(err) });
    }
  });
  const fieldError = (name: keyof ChangePassphraseForm) =>
    errors[name] && <p id={`pp-${name}-error`} className="field__error" role="alert">{errors[name]?.message}</p>;
  return (
    <section className="card settings-section" aria-labelledby="passphrase-title">
      <h2 id="passphrase-title" className="card__title">Passphrase</h2>
      <form onSubmit={submit} noValidate className="stack-form">
        <label htmlFor="pp-current">Current passphrase</label>
        <input id="pp-current" type="password" autoComplete="current-password" aria-describedby={errors.current ? 'pp-current-error' : undefined} {...register('current')} />
        {fieldError('current')}
        <label htmlFor="pp-next">New passphrase</label>
        <input id="pp-next" type="password" autoComplete="new-password" aria-describedby={errors.next ? 'pp-next-error' : undefined} {...register('next')} />
        {fieldError('next')}
        <label htmlFor="pp-confirm">New passphrase again</label>
        <input id="pp-confirm" type="password" autoComplete="new-password" aria-describedby={errors.confirm ? 'pp-confirm-error' : undefined} {...register('confirm')} />
        {fieldError('confirm')}
        <p className="muted">There is still no way to recover a lost passphrase.</p>
        <button type="submit" className="button-primary" disabled={isSubmitting}>{isSubmitting ? 'Changing…' : 'Change passphrase'}</button>
        {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'form-message' : 'field__error'}>{message.text}</p>}
      </form>
    </section>
  );
}
