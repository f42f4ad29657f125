// A new shared key, in a workbook for two: while both partners are here in a
// together session, either can ask for it. Every shared entry and every backup
// in Mend's folder is then sealed again under the new key (main/services/vault/
// key-rotation.ts), with progress shown, and each partner's slot takes the new
// key in at their next unlock. Outside a session the button is not offered: it
// says how to start one.
import { useState } from 'react';
import { call, mend, messageOf } from '../../api.ts';
import { OpeningProgress } from '../../components/OpeningProgress.tsx';
import { useTogether } from '../../partners/together-context.tsx';

const RESEALING = { status: 'Sealing your shared entries and backups under the new key…', label: 'Entries sealed again' };

export function SharedKeySection() {
  const { active } = useTogether();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const rotate = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await call(mend().together.newSharedKey({}));
      setMessage({ ok: true, text: 'Your shared entries have a new key. Each of you takes it in at your next unlock; nothing else changes for you.' });
    } catch (err) {
      setMessage({ ok: false, text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card settings-section" aria-labelledby="shared-key-title">
      <h2 id="shared-key-title" className="card__title">Shared key</h2>
      <p className="muted">
        Your shared entries are sealed under a key you both hold. A new one also changes whenever either of you changes a passphrase. Copies saved outside Mend’s folder keep the old key.
      </p>
      {active ? (
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void rotate()}>
          {busy ? 'Changing…' : 'Give our shared entries a new key'}
        </button>
      ) : (
        <p className="muted">To ask for a new one, start a together session (on the check-in or the agreement) with both of you here, then come back.</p>
      )}
      <OpeningProgress active={busy} words={RESEALING} />
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'form-message' : 'field__error'}>{message.text}</p>}
    </section>
  );
}
