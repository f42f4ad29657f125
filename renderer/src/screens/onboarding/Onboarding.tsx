// The first start, in five short steps: welcome, who will use Mend, safety,
// the passphrase, and an offer of a first backup. When both partners will use
// it and both feel safe doing so, a sixth step after the passphrase sets it up
// for two (the second partner's own passphrase). The role is kept in the
// workbook once it exists.
import { useState } from 'react';
import type { UnlockReport } from '../../../../shared/contract/channels.ts';
import type { Role } from '../../../../shared/domain/profile.ts';
import { BackupOfferStep } from './BackupOfferStep.tsx';
import { createWorkbook } from './create-workbook.ts';
import { PartnerStep } from './PartnerStep.tsx';
import { PassphraseStep } from './PassphraseStep.tsx';
import { SafetyStep } from './SafetyStep.tsx';
import { WelcomeStep } from './WelcomeStep.tsx';
import { WhoStep } from './WhoStep.tsx';

type Step = 'welcome' | 'who' | 'safety' | 'passphrase' | 'partner' | 'backup';
const STEPS_FOR_ONE: Step[] = ['welcome', 'who', 'safety', 'passphrase', 'backup'];
const STEPS_FOR_TWO: Step[] = ['welcome', 'who', 'safety', 'passphrase', 'partner', 'backup'];

export function Onboarding({ onOpened }: { onOpened: (report: UnlockReport) => void }) {
  const [step, setStep] = useState<Step>('welcome');
  const [role, setRole] = useState<Role | null>(null);
  // Once someone says working together is not safe, the exercises for two are not offered again here.
  const [togetherOffered, setTogetherOffered] = useState(true);
  // "The two of us" can only be chosen, and the safety step passed, when both feel safe.
  const forTwo = role === 'T';
  const steps = forTwo ? STEPS_FOR_TWO : STEPS_FOR_ONE;
  // Held only between the two passphrase steps: the second partner's step needs it to create the workbook.
  const [firstPassphrase, setFirstPassphrase] = useState<string | null>(null);
  const [created, setCreated] = useState(false);
  const [setUpForTwo, setSetUpForTwo] = useState(false);

  const body = (() => {
    switch (step) {
      case 'welcome':
        return <WelcomeStep onNext={() => setStep('who')} onOpened={onOpened} />;
      case 'who':
        return <WhoStep initial={role} together={togetherOffered} onNext={(r) => { setRole(r); setStep('safety'); }} />;
      case 'safety':
        return (
          <SafetyStep
            together={role === 'T'}
            onNext={() => setStep('passphrase')}
            onNotSafe={() => {
              setTogetherOffered(false);
              setRole(null);
              setStep('who');
            }}
          />
        );
      case 'passphrase':
        return (
          <PassphraseStep
            forTwo={forTwo}
            onChosen={async (passphrase) => {
              if (forTwo) {
                setFirstPassphrase(passphrase);
                return setStep('partner');
              }
              await createWorkbook(passphrase, role);
              setStep('backup');
            }}
          />
        );
      case 'partner':
        return (
          <PartnerStep
            firstPassphrase={firstPassphrase ?? ''}
            role={role}
            created={created}
            onCreated={() => setCreated(true)}
            onDone={(two) => {
              setFirstPassphrase(null);
              setSetUpForTwo(two);
              setStep('backup');
            }}
          />
        );
      case 'backup':
        return <BackupOfferStep forTwo={setUpForTwo} onDone={() => onOpened({ damaged: [] })} />;
    }
  })();

  // Once the workbook exists, there is no going back to choosing how it is made.
  const canGoBack = step !== 'welcome' && step !== 'backup' && !(step === 'partner' && created);
  return (
    <main id="main" className="gate">
      <div className="gate__panel onboarding">
        <p className="brand" aria-hidden="true">Mend</p>
        <p className="onboarding__progress">Step {steps.indexOf(step) + 1} of {steps.length}</p>
        {body}
        {canGoBack && (
          <button
            type="button"
            className="button-quiet onboarding__back"
            onClick={() => {
              // Going back from the second partner's step, the first passphrase is chosen again.
              if (step === 'partner') setFirstPassphrase(null);
              setStep(steps[steps.indexOf(step) - 1]!);
            }}
          >
            Back
          </button>
        )}
      </div>
    </main>
  );
}
