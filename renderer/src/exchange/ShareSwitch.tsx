// "Send a copy to Blair's computer": off unless turned on. On sends the entry as
// saved now, and each later save follows as a new version; off sends a signed
// withdrawal, and Blair's Mend then shows that it was withdrawn (never the words).
import { useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { EntrySharing } from '../../../shared/exchange/sharing-contract.ts';
import { call, mend, messageOf } from '../api.ts';

interface ShareSwitchProps {
  entry: Entry;
  sharing: EntrySharing;
  partner: string;
  idPrefix: string;
  onChange: (sharing: EntrySharing) => void;
}

export function ShareSwitch({ entry, sharing, partner, idPrefix, onChange }: ShareSwitchProps) {
  const [busy, setBusy] = useState(false);
  // Shown at once, as the press asked; put back if main refuses.
  const [checked, setChecked] = useState(sharing.shared);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const toggle = async () => {
    // Not disabled while sending (that would drop keyboard focus); a second press waits its turn.
    if (busy) return;
    const on = !checked;
    setChecked(on);
    setBusy(true);
    try {
      await call(mend().exchange.share({ entryId: entry.id, shared: on }));
      const next = await call(mend().exchange.entrySharing({ entryId: entry.id }));
      setChecked(next.shared);
      onChange(next);
      setMessage({ ok: true, text: on ? `A copy goes to ${partner}’s computer. Changes you save will follow.` : `Taken back. ${partner}’s Mend will show only that you withdrew it.` });
    } catch (err) {
      setChecked(!on);
      setMessage({ ok: false, text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };
  const helpId = `${idPrefix}-partner-computer-help`;
  return (
    <div className="share-switch" aria-busy={busy || undefined}>
      <label className="checkbox">
        <input type="checkbox" role="switch" checked={checked} aria-describedby={helpId} onChange={() => void toggle()} />
        <span>Send a copy to {partner}’s computer</span>
      </label>
      <p id={helpId} className="muted share-switch__help">
        Off unless you turn it on. When on, {partner} can read it in their own Mend, but not change it. Turning it off takes it back.
      </p>
      <p className={message?.ok === false ? 'field__error' : 'form-message'} role={message?.ok === false ? 'alert' : 'status'}>{message?.text ?? ''}</p>
    </div>
  );
}
