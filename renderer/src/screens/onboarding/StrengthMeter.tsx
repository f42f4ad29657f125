// A quiet strength line under the new passphrase: a five-step bar and a word,
// announced politely as it changes.
import { useEffect, useState } from 'react';
import { estimateStrength } from './passphrase-strength.ts';
import type { Strength } from './passphrase-strength.ts';

export function StrengthMeter({ passphrase, id }: { passphrase: string; id: string }) {
  const [strength, setStrength] = useState<Strength | null>(null);
  useEffect(() => {
    let current = true;
    if (!passphrase) {
      setStrength(null);
      return;
    }
    const timer = setTimeout(() => void estimateStrength(passphrase).then((s) => current && setStrength(s)), 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [passphrase]);
  if (!strength) return <p id={id} className="strength muted">A few unrelated words make a strong passphrase.</p>;
  return (
    <div id={id} className={`strength strength--${strength.score}`} role="status" aria-live="polite">
      <meter className="strength__bar" min={0} max={4} low={2} high={3} optimum={4} value={strength.score} aria-label="Passphrase strength" />
      <span className="strength__label">{strength.label}</span>
      {strength.advice && <span className="strength__advice">{strength.advice}</span>}
    </div>
  );
}
