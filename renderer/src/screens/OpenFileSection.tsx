// At first start: open a workbook file brought from a backup or another
// computer, with the passphrase it was made with.
import { useState } from 'react';
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import { call, mend, messageOf } from '../api.ts';

export function OpenFileSection({ onOpened }: { onOpened: (report: UnlockReport) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(null);
    if (!passphrase) return setMessage('Please type the passphrase of that workbook first.');
    setBusy(true);
    try {
      const report = await call(mend().backups.importFile({ passphrase }));
      if (report) onOpened(report);
    } catch (err) {
      setMessage(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="gate__alt">
      <summary>I already have a Mend workbook file</summary>
      <form onSubmit={open} noValidate className="gate__form">
        <p className="muted">From a backup, or from another computer. It opens with the passphrase it was made with.</p>
        <label htmlFor="import-passphrase">Its passphrase</label>
        <input id="import-passphrase" type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} aria-describedby={message ? 'import-error' : undefined} />
        {message && <p id="import-error" className="field__error" role="alert">{message}</p>}
        <button type="submit" className="button-secondary" disabled={busy}>{busy ? 'Opening…' : 'Choose the file and open it…'}</button>
      </form>
    </details>
  );
}
