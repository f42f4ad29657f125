// While a together session is on, a band under the header on every screen:
// who is in it, what it does to what is saved, and the way to end it. Shown
// everywhere because the session lets either partner change shared entries.
import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../api.ts';
import { useTogether } from './together-context.tsx';
import { bothNames } from './together-parts.ts';

export function TogetherBanner() {
  const { status, active, end } = useTogether();
  const [error, setError] = useState<string | null>(null);
  const banner = useRef<HTMLElement>(null);
  useEffect(() => {
    // When the session starts, the panel's passphrase field vanishes: focus comes here rather than to nowhere.
    if (active && (!document.activeElement || document.activeElement === document.body)) banner.current?.focus();
  }, [active]);
  if (!active || !status) return null;
  const names = bothNames(status.confirmed.map((c) => c.name));
  return (
    <section ref={banner} className="together-banner" aria-label="Together session" tabIndex={-1}>
      <p className="together-banner__text">
        <strong>Together: {names}</strong> — each part is signed with your name and today’s date.
      </p>
      <button type="button" className="button-secondary" onClick={() => void end().catch((err) => setError(messageOf(err)))}>
        End together session
      </button>
      {error && <p className="field__error" role="alert">{error}</p>}
    </section>
  );
}
