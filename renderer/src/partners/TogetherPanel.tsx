// "Do this together", above the check-in and the agreement in a workbook for
// two: each partner, at this computer, types their own passphrase here, one
// after the other. Main decides from the passphrase who it is, so the panel
// asks "first partner" and then names whoever has not confirmed yet. Once both
// have, the session banner takes over (see TogetherBanner).
import { useRef, useState } from 'react';
import { messageOf } from '../api.ts';
import { usePartners } from './partners-context.tsx';
import { useTogether } from './together-context.tsx';

/** `title` and `intro` say what the session is for where it is offered elsewhere (a restore that brings back both partners' entries). */
export function TogetherPanel({ title = 'Do this together', intro }: { title?: string; intro?: string } = {}) {
  const { couplesOn, everyone } = usePartners();
  const { status, join, end } = useTogether();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  if (!couplesOn || !status || status.active) return null;

  const confirmedIds = new Set(status.confirmed.map((c) => c.id));
  const waitingFor = everyone.filter((p) => !confirmedIds.has(p.id));
  const asking = status.confirmed.length === 0 ? 'First partner' : (waitingFor[0]?.name ?? 'Second partner');

  const confirm = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!passphrase) return setMessage({ ok: false, text: 'Please type your passphrase.' });
    setBusy(true);
    setMessage(null);
    const before = status.confirmed.length;
    try {
      const next = await join(passphrase);
      setPassphrase('');
      // Once both have confirmed, the panel gives way to the banner, which takes the focus.
      if (next.active) return;
      const first = next.confirmed[0]?.name ?? 'The first partner';
      const other = everyone.find((p) => !next.confirmed.some((c) => c.id === p.id))?.name ?? 'the other partner';
      setMessage({ ok: true, text: next.confirmed.length === before ? `${first} has already confirmed. Now ${other}, please type your own passphrase.` : `Thank you, ${first}. Now ${other}, please type your own passphrase.` });
      input.current?.focus();
    } catch (err) {
      setMessage({ ok: false, text: messageOf(err) });
      input.current?.select();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card together-panel" aria-labelledby="together-title">
      <h2 id="together-title" className="card__title">{title}</h2>
      <p>
        {intro ??
          'When you are both at this computer, each of you types your own passphrase here, one after the other. Mend then saves this with both of your names and today’s date, and it is shared with both of you. The first to confirm answers the first part.'}
      </p>
      <ul className="together-panel__who" aria-label="Who has confirmed">
        {everyone.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong>: {confirmedIds.has(p.id) ? 'confirmed' : 'not yet'}
          </li>
        ))}
      </ul>
      <form className="stack-form" onSubmit={(e) => void confirm(e)} noValidate>
        <label htmlFor="together-passphrase">{asking}, type your passphrase</label>
        <input
          ref={input}
          id="together-passphrase"
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          aria-invalid={message?.ok === false ? true : undefined}
          aria-describedby="together-message"
        />
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={busy}>{busy ? 'Checking…' : 'Confirm'}</button>
          {status.confirmed.length > 0 && (
            <button type="button" className="button-quiet" disabled={busy} onClick={() => void end().then(() => setMessage(null))}>Start over</button>
          )}
        </div>
        <p id="together-message" className={message?.ok === false ? 'field__error' : 'form-message'} role={message?.ok === false ? 'alert' : 'status'}>
          {message?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
