// "Who can read this": only me, or me and my partner. Main seals the entry
// again under the other space's key at once; the result is said in words.
import { useState } from 'react';
import type { Entry, Visibility } from '../../../shared/domain/entry.ts';
import { call, mend, messageOf } from '../api.ts';
import { usePartners } from './partners-context.tsx';

export function VisibilityChoice({ entry, onChange, idPrefix }: { entry: Entry; onChange?: (entry: Entry) => void; idPrefix: string }) {
  const { partnerName } = usePartners();
  const [visibility, setVisibility] = useState<Visibility>(entry.visibility);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const partner = partnerName ?? 'your partner';

  const choose = async (next: Visibility) => {
    // Not disabled while saving (that would drop keyboard focus); a second change just waits its turn.
    if (busy) return;
    const before = visibility;
    setVisibility(next);
    setBusy(true);
    try {
      const saved = await call(mend().entries.setVisibility({ id: entry.id, visibility: next }));
      setVisibility(saved.visibility);
      setMessage({ ok: true, text: saved.visibility === 'shared' ? `Now shared with ${partner}.` : 'Now only you can read this.' });
      onChange?.(saved);
    } catch (err) {
      setVisibility(before);
      setMessage({ ok: false, text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  const options: [Visibility, string][] = [['private', 'Only me'], ['shared', `Me and ${partner}`]];
  return (
    <fieldset className="inline-choices visibility-choice" aria-describedby={`${idPrefix}-visibility-help`} aria-busy={busy || undefined}>
      <legend>Who can read this</legend>
      <p id={`${idPrefix}-visibility-help`} className="visibility-choice__help muted">{partner} can read a shared entry, but not change it on their own.</p>
      {options.map(([value, label]) => (
        <label key={value} className="checkbox">
          <input type="radio" name={`${idPrefix}-visibility`} value={value} checked={visibility === value} onChange={() => void choose(value)} />
          <span>{label}</span>
        </label>
      ))}
      <p className={message?.ok === false ? 'field__error visibility-choice__message' : 'form-message visibility-choice__message'} role={message?.ok === false ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </fieldset>
  );
}
