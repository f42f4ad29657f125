// First start, step 2: just me, or the two of us, and in what role. It only
// puts the right exercises first; it can be changed any time.
import { useState } from 'react';
import { ROLE_LABELS } from '../../../../shared/domain/profile.ts';
import type { Role } from '../../../../shared/domain/profile.ts';
import { RoleChoices } from '../../components/RoleChoices.tsx';

export function WhoStep({ initial, together, onNext }: { initial: Role | null; together: boolean; onNext: (role: Role) => void }) {
  const [choice, setChoice] = useState<Role | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const options: [Role, string][] = [
    ['R', `Just me. ${ROLE_LABELS.R.title}`],
    ['H', `Just me. ${ROLE_LABELS.H.title}`],
    ...(together ? [['T', `The two of us. ${ROLE_LABELS.T.title}`] as [Role, string]] : []),
    ['A', `Just me. ${ROLE_LABELS.A.title}`],
  ];
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) onNext(choice);
        else setError('Please choose the one that fits best. You can change it later.');
      }}
      noValidate
    >
      <h1>Who will use this workbook?</h1>
      <p className="lede">This puts the exercises meant for you first. All of them stay open to you.</p>
      {!together && <p className="notice notice--safety" role="status">The exercises for two stay off. You can use Mend on your own.</p>}
      <RoleChoices legend="Who will use this workbook" name="who" options={options} value={choice} onChange={setChoice} />
      {error && <p className="field__error" role="alert">{error}</p>}
      <button type="submit" className="button-primary">Continue</button>
    </form>
  );
}
