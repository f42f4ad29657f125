// Settings, "Partner". In a workbook for two: who is in it, and what is
// private and what is shared. In a workbook for one: setting it up for two,
// after the same safety note and the same two answers as at first start; "it
// isn't safe for us" keeps it for one, says so kindly, and points to help.
import { useEffect, useRef, useState } from 'react';
import { call, mend } from '../../api.ts';
import { hrefFor } from '../../app/use-hash-route.ts';
import { SafetyNote } from '../../components/SafetyNote.tsx';
import { addPartnerRequest } from '../../partners/partner-setup-form.ts';
import { PartnerSetupForm } from '../../partners/PartnerSetupForm.tsx';
import { usePartners } from '../../partners/partners-context.tsx';
import { SpacesExplained } from '../../partners/SpacesExplained.tsx';

type Stage = 'offer' | 'safety' | 'form';

/** Focus follows each stage, so keyboard and screen reader users land on what is new. */
function StageHeading({ children }: { children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return <h3 ref={heading} tabIndex={-1} className="settings-subtitle">{children}</h3>;
}

/** After "it isn't safe for us": kept for one, said kindly, with help one click away. */
function StaysForOne({ justAnswered }: { justAnswered: boolean }) {
  const note = useRef<HTMLDivElement>(null);
  // The button that was pressed is gone: focus comes to the answer, not to nowhere.
  useEffect(() => {
    if (justAnswered) note.current?.focus();
  }, [justAnswered]);
  return (
    <div ref={note} className="partner-not-safe" role="status" tabIndex={-1}>
      <p>This workbook stays yours alone, and the exercises for two stay off. Everything in Mend works on your own.</p>
      <p>
        Help is there whenever you need it: <a href={hrefFor.safety()}>Safety and where to find help</a>.
      </p>
    </div>
  );
}

function SetUpForTwo({ onDone }: { onDone: () => void }) {
  const { adopt, couplesOff, turnCouplesOff } = usePartners();
  const [stage, setStage] = useState<Stage>('offer');
  const [answeredNow, setAnsweredNow] = useState(false);
  const [cameBack, setCameBack] = useState(false);
  if (couplesOff) return <StaysForOne justAnswered={answeredNow} />;
  switch (stage) {
    case 'offer':
      return (
        <>
          <p>Mend is set up for you alone. It can be set up so that your partner uses it too, on this computer, with a passphrase of their own.</p>
          <SpacesExplained />
          {/* Back from the form with "Not now", focus returns to where it started. */}
          <button type="button" className="button-secondary" autoFocus={cameBack} onClick={() => setStage('safety')}>Set up this workbook for two</button>
        </>
      );
    case 'safety':
      return (
        <>
          <StageHeading>Before you begin together</StageHeading>
          <SafetyNote />
          <div className="button-row">
            <button type="button" className="button-primary" onClick={() => setStage('form')}>We both feel safe doing this together</button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setAnsweredNow(true);
                turnCouplesOff();
              }}
            >
              It isn’t safe for us
            </button>
          </div>
        </>
      );
    case 'form':
      return (
        <>
          <StageHeading>Set up for two</StageHeading>
          <p className="muted">Everything you have written so far stays in your private space. Nothing is shared until you choose to share it.</p>
          <PartnerSetupForm
            idPrefix="settings-partner"
            submitLabel="Set up for two"
            onSubmit={async (values) => {
              adopt(await call(mend().vault.addPartner(addPartnerRequest(values))));
              onDone();
            }}
          />
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setCameBack(true);
              setStage('offer');
            }}
          >
            Not now
          </button>
        </>
      );
  }
}

function TwoOfUs({ justSetUp }: { justSetUp: boolean }) {
  const { everyone, me } = usePartners();
  const names = everyone.map((p) => (p.id === me ? `${p.name} (you, open now)` : p.name)).join(' and ');
  return (
    <>
      {justSetUp && <p className="form-message" role="status">Mend is now set up for the two of you. Your partner can unlock it with their own passphrase.</p>}
      <p>This workbook is for the two of you: {names}.</p>
      <SpacesExplained />
    </>
  );
}

export function PartnerSection() {
  const { forTwo } = usePartners();
  const [justSetUp, setJustSetUp] = useState(false);
  return (
    <section className="card settings-section" aria-labelledby="partner-title">
      <h2 id="partner-title" className="card__title">Partner</h2>
      {forTwo ? <TwoOfUs justSetUp={justSetUp} /> : <SetUpForTwo onDone={() => setJustSetUp(true)} />}
    </section>
  );
}
