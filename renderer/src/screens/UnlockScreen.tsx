// The lock screen: the passphrase opens the workbook. A wrong passphrase and a
// damaged file get different messages. A slow opening shows its progress.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import { UnlockForm } from '../../../shared/forms/passphrase-forms.ts';
import { call, mend, messageOf } from '../api.ts';
import { OpeningProgress } from '../components/OpeningProgress.tsx';

export function UnlockScreen({ onUnlocked }: { onUnlocked: (report: UnlockReport) => void }) {
  const [serverError, setServerError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setFocus } = useForm<UnlockForm>({
    resolver: zodResolver(UnlockForm) as never,
    defaultValues: { passphrase: '' },
  });
  const { errors, isSubmitting } = formState;
  const [remembered, setRemembered] = useState(false);
  const [openingWithDevice, setOpeningWithDevice] = useState(false);
  useEffect(() => {
    call(mend().device.status({})).then((s) => setRemembered(s.remembered && s.available), () => setRemembered(false));
  }, []);
  const unlockWithDevice = async () => {
    setServerError(null);
    setOpeningWithDevice(true);
    try {
      onUnlocked(await call(mend().device.unlock({})));
    } catch (err) {
      setRemembered(false);
      setServerError(messageOf(err));
    } finally {
      setOpeningWithDevice(false);
    }
  };
  const message = errors.passphrase?.message ?? serverError;

  const submit = handleSubmit(async ({ passphrase }) => {
    setServerError(null);
    try {
      onUnlocked(await call(mend().vault.unlock({ passphrase })));
    } catch (err) {
      setServerError(messageOf(err));
      setFocus('passphrase', { shouldSelect: true });
    }
  });

  return (
    <main id="main" className="gate">
      <div className="gate__panel">
        <p className="brand" aria-hidden="true">Mend</p>
        <h1>Welcome back</h1>
        <p className="lede">Your workbook is locked. Take a breath; it is here when you are ready.</p>
        <form onSubmit={submit} noValidate className="gate__form">
          <label htmlFor="unlock-passphrase">Passphrase</label>
          <input id="unlock-passphrase" type="password" autoComplete="current-password" autoFocus aria-invalid={message ? true : undefined} aria-describedby={message ? 'unlock-error' : undefined} {...register('passphrase')} />
          {message && <p id="unlock-error" className="field__error" role="alert">{message}</p>}
          <button type="submit" className="button-primary" disabled={isSubmitting}>
            {isSubmitting ? 'Unlocking…' : 'Unlock'}
          </button>
        </form>
        {remembered && (
          <button type="button" className="button-secondary gate__device" onClick={() => void unlockWithDevice()}>
            Unlock with this device
          </button>
        )}
        <OpeningProgress active={isSubmitting || openingWithDevice} />
      </div>
    </main>
  );
}
