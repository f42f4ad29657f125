// The first start, in five short steps: welcome, who will use Mend, safety,
// the passphrase, and an offer of a first backup. The role is kept in the
// workbook once it exists.
import { useState } from 'react';
import type { UnlockReport } from '../../../../shared/contract/channels.ts';
import type { Audience } from '../../../../shared/exercises/types.ts';
import { call, mend } from '../../api.ts';
import { BackupOfferStep } from './BackupOfferStep.tsx';
import { PassphraseStep } from './PassphraseStep.tsx';
import { SafetyStep } from './SafetyStep.tsx';
import { WelcomeStep } from './WelcomeStep.tsx';
import { WhoStep } from './WhoStep.tsx';

type Step = 'welcome' | 'who' | 'safety' | 'passphrase' | 'backup';
const STEPS: Step[] = ['welcome', 'who', 'safety', 'passphrase', 'backup'];

export function Onboarding({ onOpened }: { onOpened: (report: UnlockReport) => void }) {
  const [step, setStep] = useState<Step>('welcome');
  const [role, setRole] = useState<Audience | null>(null);
  // Once someone says working together is not safe, the exercises for two are not offered again here.
  const [togetherOffered, setTogetherOffered] = useState(true);

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
            onCreated={async () => {
              // A role that cannot be saved is simply asked again later, on the role screen.
              if (role) await call(mend().profile.set({ role })).catch(() => undefined);
              setStep('backup');
            }}
          />
        );
      case 'backup':
        return <BackupOfferStep onDone={() => onOpened({ damaged: [] })} />;
    }
  })();

  return (
    <main id="main" className="gate">
      <div className="gate__panel onboarding">
        <p className="brand" aria-hidden="true">Mend</p>
        <p className="onboarding__progress">Step {STEPS.indexOf(step) + 1} of {STEPS.length}</p>
        {body}
        {step !== 'welcome' && step !== 'backup' && (
          <button type="button" className="button-quiet onboarding__back" onClick={() => setStep(STEPS[STEPS.indexOf(step) - 1]!)}>Back</button>
        )}
      </div>
    </main>
  );
}
