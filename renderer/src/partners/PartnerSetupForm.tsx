// Setting a workbook up for two, as a form: the first partner's name (and, in
// Settings, their current passphrase), then, typed by the second partner
// themselves, their name, role and own passphrase with the same strength meter
// and no-recovery warning as at first start. Used by the first start and by
// Settings; what happens on submit is theirs.
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ROLE_LABELS } from '../../../shared/domain/profile.ts';
import type { Role } from '../../../shared/domain/profile.ts';
import { ApiError, messageOf } from '../api.ts';
import { RoleChoices } from '../components/RoleChoices.tsx';
import { StrengthMeter } from '../screens/onboarding/StrengthMeter.tsx';
import { OWN_PASSPHRASE_MESSAGE, partnerSetupSchema } from './partner-setup-form.ts';
import type { PartnerSetupInput, PartnerSetupValues } from './partner-setup-form.ts';

const ROLES: Role[] = ['R', 'H', 'T'];

interface PartnerSetupFormProps {
  /** At first start, the passphrase the first partner just chose; in Settings, absent (it is asked for). */
  firstPassphrase?: string;
  submitLabel: string;
  /** Does the setting up; an ApiError it throws is shown by the field it is about. */
  onSubmit: (values: PartnerSetupValues) => Promise<void>;
  idPrefix: string;
}

export function PartnerSetupForm({ firstPassphrase, submitLabel, onSubmit, idPrefix }: PartnerSetupFormProps) {
  const askCurrent = firstPassphrase === undefined;
  const [serverError, setServerError] = useState<string | null>(null);
  const { register, handleSubmit, formState, watch, control, setError } = useForm<PartnerSetupInput, unknown, PartnerSetupValues>({
    resolver: zodResolver(partnerSetupSchema({ firstPassphrase })) as never,
    defaultValues: { currentPassphrase: '', myName: '', partnerName: '', partnerRole: '' as Role, partnerPassphrase: '', partnerConfirm: '', understood: false as unknown as true },
  });
  const { errors, isSubmitting } = formState;
  const id = (name: string) => `${idPrefix}-${name}`;
  const describe = (name: keyof PartnerSetupInput, extra?: string) => [errors[name] ? id(`${name}-error`) : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
  const errorLine = (name: keyof PartnerSetupInput) =>
    errors[name] && <p id={id(`${name}-error`)} className="field__error" role="alert">{errors[name]?.message}</p>;
  const partnerName = watch('partnerName').trim() || 'your partner';

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await onSubmit(values);
    } catch (err) {
      // Said next to the field it is about, where there is one.
      if (err instanceof ApiError && err.code === 'wrong-passphrase' && askCurrent) setError('currentPassphrase', { message: err.message }, { shouldFocus: true });
      else if (err instanceof ApiError && err.code === 'invalid-request' && err.message === OWN_PASSPHRASE_MESSAGE) setError('partnerPassphrase', { message: err.message }, { shouldFocus: true });
      else setServerError(messageOf(err));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="partner-setup" aria-busy={isSubmitting || undefined}>
      {askCurrent && (
        <>
          <label htmlFor={id('current')}>Your current passphrase</label>
          <input id={id('current')} type="password" autoComplete="current-password" aria-invalid={errors.currentPassphrase ? true : undefined} aria-describedby={describe('currentPassphrase')} {...register('currentPassphrase')} />
          {errorLine('currentPassphrase')}
        </>
      )}
      <label htmlFor={id('my-name')}>What should Mend call you?</label>
      <input id={id('my-name')} type="text" autoComplete="off" aria-invalid={errors.myName ? true : undefined} aria-describedby={describe('myName', id('names-help'))} {...register('myName')} />
      {errorLine('myName')}
      <label htmlFor={id('partner-name')}>And your partner?</label>
      <input id={id('partner-name')} type="text" autoComplete="off" aria-invalid={errors.partnerName ? true : undefined} aria-describedby={describe('partnerName', id('names-help'))} {...register('partnerName')} />
      {errorLine('partnerName')}
      <p id={id('names-help')} className="muted">A first name or initials is enough. The names are kept encrypted and are never shown on the lock screen.</p>

      <fieldset className="partner-setup__handover">
        <legend>For {partnerName} to fill in</legend>
        <p className="muted">Please hand the keyboard over now. Only {partnerName} should know this passphrase.</p>
        <p id={id('role-question')} className="partner-setup__question">Which of these fits you best?</p>
        <Controller
          control={control}
          name="partnerRole"
          render={({ field }) => (
            <RoleChoices legend="Your role in this" name={id('role')} options={ROLES.map((r) => [r, ROLE_LABELS[r].title] as const)} value={(field.value || null) as Role | null} onChange={field.onChange} />
          )}
        />
        {errorLine('partnerRole')}
        <label htmlFor={id('partner-passphrase')}>Your own passphrase</label>
        <input
          id={id('partner-passphrase')}
          type="password"
          autoComplete="new-password"
          aria-invalid={errors.partnerPassphrase ? true : undefined}
          aria-describedby={describe('partnerPassphrase', id('strength'))}
          {...register('partnerPassphrase')}
        />
        <StrengthMeter passphrase={watch('partnerPassphrase')} id={id('strength')} />
        {errorLine('partnerPassphrase')}
        <label htmlFor={id('partner-confirm')}>Your own passphrase again</label>
        <input id={id('partner-confirm')} type="password" autoComplete="new-password" aria-invalid={errors.partnerConfirm ? true : undefined} aria-describedby={describe('partnerConfirm')} {...register('partnerConfirm')} />
        {errorLine('partnerConfirm')}
        <div className="warning" id={id('no-recovery')}>
          <p><strong>There is no way to recover this passphrase either.</strong> It opens your own private space and the shared one. Keep it somewhere only you can reach.</p>
          <label className="checkbox">
            <input type="checkbox" aria-describedby={id('no-recovery')} {...register('understood')} />
            <span>I understand that if I lose my passphrase, my entries cannot be opened.</span>
          </label>
          {errorLine('understood')}
        </div>
      </fieldset>

      {serverError && <p className="field__error" role="alert">{serverError}</p>}
      <button type="submit" className="button-primary" disabled={isSubmitting}>{isSubmitting ? 'Setting up for two…' : submitLabel}</button>
      <p className="muted" role="status">{isSubmitting ? 'This takes a few seconds: Mend is making a key for each of you.' : ''}</p>
    </form>
  );
}
