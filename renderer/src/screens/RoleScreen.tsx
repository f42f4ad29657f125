// "Who are you in this?": asked once after the workbook is created, and
// changeable any time from home. It only orders the exercises; all stay open.
// Once "it isn't safe for us" was answered in this session, "together" is not offered.
// "I have been abusive or controlling" leads to that partner's own home, which
// starts with what changes for them.
import { useState } from 'react';
import { ROLE_LABELS } from '../../../shared/domain/profile.ts';
import type { Role } from '../../../shared/domain/profile.ts';
import { call, mend, messageOf } from '../api.ts';
import { RoleChoices } from '../components/RoleChoices.tsx';
import { usePartners } from '../partners/partners-context.tsx';

const ROLES: Role[] = ['R', 'H', 'T', 'A'];

export function RoleScreen({ current, onChosen }: { current: Role | null; onChosen: (role: Role) => void }) {
  const { couplesOff } = usePartners();
  const roles = couplesOff ? ROLES.filter((r) => r !== 'T') : ROLES;
  const [choice, setChoice] = useState<Role | null>(current && roles.includes(current) ? current : null);
  const [error, setError] = useState<string | null>(null);
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!choice) {
      setError('Please choose the one that fits best. You can change it later.');
      return;
    }
    try {
      const profile = await call(mend().profile.set({ role: choice }));
      if (profile.role) onChosen(profile.role);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <main id="main" className="page page--narrow">
      <h1>Who are you in this?</h1>
      <p className="lede">Mend puts the exercises meant for you first. Every exercise stays open to you, and you can change this at any time.</p>
      {couplesOff && <p className="notice notice--safety" role="status">The exercises for two stay off. You can use Mend on your own.</p>}
      <form onSubmit={save} noValidate>
        <RoleChoices legend="Your role" name="role" options={roles.map((r) => [r, ROLE_LABELS[r].title] as const)} value={choice} onChange={setChoice} />
        {error && <p className="field__error" role="alert">{error}</p>}
        <button type="submit" className="button-primary">Continue</button>
      </form>
    </main>
  );
}
