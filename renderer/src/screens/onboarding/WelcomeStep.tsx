// First start, step 1: what Mend is and is not, and who it is for.
import type { UnlockReport } from '../../../../shared/contract/channels.ts';
import { OpenFileSection } from '../OpenFileSection.tsx';

export function WelcomeStep({ onNext, onOpened }: { onNext: () => void; onOpened: (report: UnlockReport) => void }) {
  return (
    <>
      <h1>Welcome to Mend</h1>
      <p className="lede">A private workbook for rebuilding trust after it was broken: by drinking, lying, an affair, or words that hurt.</p>
      <ul className="onboarding__points">
        <li><strong>For</strong> the partner rebuilding trust, the partner who was hurt, or both of you together.</li>
        <li><strong>What it is:</strong> small, guided exercises to write, print, and share with a counselor if you choose.</li>
        <li><strong>What it is not:</strong> therapy, or a replacement for a counselor. And it cannot promise how things will turn out.</li>
        <li><strong>Private:</strong> everything stays encrypted on this computer. Nothing is sent anywhere.</li>
      </ul>
      <p className="muted">Setting up takes two or three minutes.</p>
      <button type="button" className="button-primary" onClick={onNext}>Begin</button>
      <OpenFileSection onOpened={onOpened} />
    </>
  );
}
