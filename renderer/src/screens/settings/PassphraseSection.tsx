// Change the passphrase: the current one is checked against the file, then the
// keys are retired (main/services/vault/key-rotation.ts): every entry, setting
// and backup in Mend's folder is sealed again under new keys, with progress
// shown, so the old passphrase opens nothing there any more. Copies saved
// outside the folder cannot be reached: the form says so before and after.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ChangePassphraseForm } from '../../../../shared/forms/passphrase-forms.ts';
import { call, mend, messageOf } from '../../api.ts';
import { OpeningProgress } from '../../components/OpeningProgress.tsx';

const RESEALING = { status: 'Sealing your entries and backups under the new key…', label: 'Entries sealed again' };
const OUTSIDE_COPIES =
  'Encrypted copies you saved outside Mend’s folder (with “Save an encrypted copy”, or by copying files yourself) still open with your old passphrase. Mend cannot change them: delete them if someone else may know it.';

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
      setMessage({
        ok: true,
        text: 'Your passphrase is changed, and your old one no longer opens anything in Mend’s folder, backups included. Copies saved outside it still open with your old passphrase. If this device remembered your workbook, it no longer does.',
      });
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
        <p className="muted" id="pp-outside-copies">
          Changing it seals every entry and every backup in Mend’s folder again under a new key, so the old passphrase opens none of them. {OUTSIDE_COPIES}
        </p>
        <button type="submit" className="button-primary" disabled={isSubmitting}>{isSubmitting ? 'Changing…' : 'Change passphrase'}</button>
        <OpeningProgress active={isSubmitting} words={RESEALING} />
        {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'form-message' : 'field__error'}>{message.text}</p>}
      </form>
    </section>
  );
}
