// First start, step 1: what Mend is and is not, and who it is for.
import type { UnlockReport } from '../../../../shared/contract/channels.ts';
import { NOTHING_IS_OWED } from '../../../../shared/content/role-texts.ts';
import { OpenFileSection } from '../OpenFileSection.tsx';

export function WelcomeStep({ onNext, onOpened }: { onNext: () => void; onOpened: (report: UnlockReport) => void }) {
  return (
    <>
      <h1>Welcome to Mend</h1>
      <p className="lede">A private workbook for rebuilding trust after it was broken: by drinking, lying, an affair, or emotional abuse.</p>
      <ul className="onboarding__points">
        <li><strong>For</strong> the partner rebuilding trust, the partner who was hurt, both of you together, or someone who has been abusive or controlling and wants to stop.</li>
        <li><strong>What it is:</strong> small, guided exercises to write, print, and share with a counselor if you choose.</li>
        <li><strong>What it is not:</strong> therapy, or a replacement for a counselor. And it cannot promise how things will turn out.</li>
        <li><strong>Private:</strong> everything stays encrypted on this computer. Nothing is sent anywhere.</li>
      </ul>
      <section className="notice notice--plain" aria-labelledby="welcome-owed">
        <h2 id="welcome-owed" className="section-title">If you were hurt</h2>
        <ul>
          {NOTHING_IS_OWED.points.map((p) => <li key={p}>{p}</li>)}
        </ul>
      </section>
      <p className="muted">Setting up takes two or three minutes.</p>
      <button type="button" className="button-primary" onClick={onNext}>Begin</button>
      <OpenFileSection onOpened={onOpened} />
    </>
  );
}
