// First start, step 3: safety. Before working together it must be read and
// answered; on one's own it can be skipped.
import { SafetyNote } from '../../components/SafetyNote.tsx';

interface SafetyStepProps {
  together: boolean;
  onNext: () => void;
  /** "It isn't safe for us": the exercises for two stay off. */
  onNotSafe: () => void;
}

export function SafetyStep({ together, onNext, onNotSafe }: SafetyStepProps) {
  return (
    <>
      <h1>{together ? 'Before you begin together' : 'A note on safety'}</h1>
      {!together && <p className="muted">You can skip this step.</p>}
      <SafetyNote />
      <div className="button-row">
        {together ? (
          <>
            <button type="button" className="button-primary" onClick={onNext}>We both feel safe doing this together</button>
            <button type="button" className="button-secondary" onClick={onNotSafe}>It isn’t safe for us</button>
          </>
        ) : (
          <button type="button" className="button-primary" onClick={onNext}>Continue</button>
        )}
      </div>
    </>
  );
}
