// "Print or save" for an exercise: a blank worksheet (to write by hand) or the
// open entry filled in, on paper through the system dialog or as a PDF.
import { useEffect, useRef, useState } from 'react';
import { call, mend, messageOf } from '../api.ts';

interface PrintControlsProps {
  exerciseId: string;
  /** The entry to print filled in; null when there is nothing written yet. */
  entryId: string | null;
}

export function PrintControls({ exerciseId, entryId }: PrintControlsProps) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);

  // The Print menu item (Ctrl+P) opens these options.
  useEffect(() => {
    const open = () => {
      if (!details.current) return;
      details.current.open = true;
      details.current.querySelector('summary')?.focus();
    };
    window.addEventListener('mend:print', open);
    return () => window.removeEventListener('mend:print', open);
  }, []);

  const run = async (filled: boolean, target: 'printer' | 'pdf') => {
    setBusy(true);
    setMessage(target === 'pdf' ? 'Preparing the PDF…' : 'Opening the print dialog…');
    try {
      const outcome = await call(mend().print.worksheet({ exerciseId, entryId: filled ? entryId : null, target }));
      setMessage(
        outcome.status === 'saved'
          ? `Saved as ${outcome.path}`
          : outcome.status === 'printed'
            ? 'Sent to the printer.'
            : 'Nothing was printed.',
      );
    } catch (err) {
      setMessage(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="print-controls" ref={details}>
      <summary>Print or save as PDF</summary>
      <div className="print-controls__body">
        <p className="print-controls__hint">A blank worksheet has space to write by hand. A filled one shows what you wrote here.</p>
        <div className="print-controls__buttons">
          <button type="button" disabled={busy} onClick={() => run(false, 'printer')}>Print blank worksheet</button>
          <button type="button" disabled={busy} onClick={() => run(false, 'pdf')}>Save blank as PDF</button>
          <button type="button" disabled={busy || !entryId} onClick={() => run(true, 'printer')}>Print filled worksheet</button>
          <button type="button" disabled={busy || !entryId} onClick={() => run(true, 'pdf')}>Save filled as PDF</button>
        </div>
        {!entryId && <p className="print-controls__hint">Write something first to print it filled in.</p>}
        {message && <p className="print-controls__message" role="status">{message}</p>}
      </div>
    </details>
  );
}
