// First start, for two: after the first partner's passphrase, the second
// partner's step. Both names, then the second partner (at the keyboard now)
// chooses their role and their own passphrase. Only then is the workbook
// created and set up for two. A partner who is not here can be added later,
// in Settings.
import { useState } from 'react';
import type { Role } from '../../../../shared/domain/profile.ts';
import { call, mend, messageOf } from '../../api.ts';
import { addPartnerRequest } from '../../partners/partner-setup-form.ts';
import { PartnerSetupForm } from '../../partners/PartnerSetupForm.tsx';
import { SpacesExplained } from '../../partners/SpacesExplained.tsx';
import { createWorkbook } from './create-workbook.ts';

interface PartnerStepProps {
  firstPassphrase: string;
  role: Role | null;
  /** The workbook exists already (a first try created it, then adding the partner failed). */
  created: boolean;
  onCreated: () => void;
  /** forTwo: the second partner was added; false: set up for one, for now. */
  onDone: (forTwo: boolean) => void;
}

export function PartnerStep({ firstPassphrase, role, created, onCreated, onDone }: PartnerStepProps) {
  const [laterError, setLaterError] = useState<string | null>(null);
  const ensureCreated = async () => {
    if (created) return;
    await createWorkbook(firstPassphrase, role);
    onCreated();
  };
  const later = async () => {
    setLaterError(null);
    try {
      await ensureCreated();
      onDone(false);
    } catch (err) {
      setLaterError(messageOf(err));
    }
  };
  return (
    <>
      <h1>Now your partner</h1>
      <p className="lede">Mend keeps a private space for each of you and a space you share.</p>
      <SpacesExplained />
      <PartnerSetupForm
        firstPassphrase={firstPassphrase}
        idPrefix="onboarding-partner"
        submitLabel="Set up Mend for the two of us"
        onSubmit={async (values) => {
          await ensureCreated();
          await call(mend().vault.addPartner(addPartnerRequest(values, firstPassphrase)));
          onDone(true);
        }}
      />
      <div className="onboarding__later">
        <p className="muted">Is your partner not here right now? Mend can be set up for the two of you later, in Settings.</p>
        <button type="button" className="button-secondary" onClick={() => void later()}>Set up for me alone, for now</button>
        {laterError && <p className="field__error" role="alert">{laterError}</p>}
      </div>
    </>
  );
}
