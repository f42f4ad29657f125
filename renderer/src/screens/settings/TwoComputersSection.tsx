// Mend on two computers (docs/TWO-COMPUTERS.md): the safety question first,
// answered here only; then invitations, the safety phrase both partners read
// aloud, the shared folder or a file to send, the pace, and unpairing.
// Nothing here says whether the partner has read anything.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { ExchangeStatus } from '../../../../shared/exchange/exchange-contract.ts';
import { call, mend, messageOf } from '../../api.ts';
import { TogetherAcross } from '../../two-computers/TogetherAcross.tsx';

export function TwoComputersSection() {
  const [status, setStatus] = useState<ExchangeStatus | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  /** Bumped after each action, so the check-ins and agreements below look again (a file opened may have brought some). */
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    call(mend().exchange.status({})).then(setStatus, (e) => setMessage(messageOf(e)));
  }, []);

  const run = async (work: () => Promise<ExchangeStatus | null>, done?: string) => {
    setMessage(null);
    setNote(null);
    try {
      const next = await work();
      if (next) setStatus(next);
      if (done) setNote(done);
    } catch (err) {
      setMessage(messageOf(err));
    }
    setRevision((r) => r + 1);
  };
  const api = mend().exchange;
  const openInvitation = (event: FormEvent) => {
    event.preventDefault();
    void run(() => call(api.openInvitation({ text, partnerName: name })));
  };
  const saveFile = () =>
    run(async () => {
      const outcome = await call(api.saveForPartner({}));
      if (outcome.status === 'saved') setNote('Saved. Send the file to your partner any way you like.');
      return null;
    });
  const openFile = () =>
    run(async () => {
      const report = await call(api.openFromPartner({}));
      if (report) setNote(report.taken === 0 ? 'Nothing new in this file.' : `Taken in: ${report.taken}.`);
      return call(api.status({}));
    });

  const pairing = status?.pairing;
  return (
    <section className="card settings-section" aria-labelledby="two-computers-title">
      <h2 id="two-computers-title" className="card__title">Mend on two computers</h2>
      <p className="muted">If you live apart, you can each keep Mend on your own computer and share the entries you choose, through a folder your sync tool keeps in step, or a file you send. There is no server and no account.</p>
      {status && status.safety !== 'safe' && (
        <fieldset className="stack-form">
          <legend>Is it safe for you to connect your workbook with your partner’s?</legend>
          <p className="muted">Only you see this answer. It is never sent.</p>
          {status.safety === 'not-safe' && <p role="status">Connecting is off on this computer.</p>}
          <div className="button-row">
            <button type="button" className="button-secondary" onClick={() => void run(() => call(api.answerSafety({ safe: true })))}>Yes, it is safe</button>
            <button type="button" className="button-secondary" onClick={() => void run(() => call(api.answerSafety({ safe: false })))}>It isn’t safe for us</button>
          </div>
        </fieldset>
      )}
      {status?.safety === 'safe' && !pairing && (
        <>
          <h3 className="settings-subtitle">Your invitation</h3>
          {status.invitation ? (
            <>
              <label htmlFor="my-invitation">Send this to your partner (it holds only your public keys)</label>
              <textarea id="my-invitation" className="field__textarea" readOnly rows={3} value={status.invitation} />
            </>
          ) : (
            <button type="button" className="button-secondary" onClick={() => void run(() => call(api.invite({})))}>Make an invitation</button>
          )}
          <form className="stack-form" onSubmit={openInvitation} aria-label="Open your partner’s invitation">
            <label htmlFor="partner-invitation">Your partner’s invitation</label>
            <textarea id="partner-invitation" className="field__textarea" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
            <label htmlFor="partner-name">Your partner’s name, as you will see it</label>
            <input id="partner-name" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
            <div className="button-row">
              <button type="submit" className="button-primary" disabled={!text.trim() || !name.trim()}>Open the invitation</button>
            </div>
          </form>
        </>
      )}
      {pairing && (
        <>
          <h3 className="settings-subtitle">Safety phrase with {pairing.partnerName}</h3>
          <p className="muted">Read these words to each other on the phone or in person. Confirm only if they are the same on both computers.</p>
          <ol className="safety-phrase" aria-label="Safety phrase">
            {pairing.phrase.map((word, i) => <li key={i}>{word}</li>)}
          </ol>
          {!pairing.confirmedByPartner && status.invitation && (
            <>
              <label htmlFor="my-invitation-sent">If {pairing.partnerName} has not opened yours yet, send them your invitation</label>
              <textarea id="my-invitation-sent" className="field__textarea" readOnly rows={3} value={status.invitation} />
            </>
          )}
          {!pairing.confirmedByMe ? (
            <button type="button" className="button-primary" onClick={() => void run(() => call(api.confirm({})))}>The words are the same</button>
          ) : (
            <p role="status">{pairing.confirmedByPartner ? `Connected with ${pairing.partnerName}.` : `Confirmed on this computer. Nothing is shared until ${pairing.partnerName} confirms too.`}</p>
          )}
          {pairing.partnerAskedNoContact && <p role="status" className="notice notice--warning">{pairing.partnerName} asked for no contact for now. What you share is kept here and not sent until they lift it.</p>}
          {status.held > 0 && <p className="muted">Waiting to be sent: {status.held}.</p>}
          {pairing.confirmedByMe && pairing.confirmedByPartner && <TogetherAcross revision={revision} />}
          <h3 className="settings-subtitle">How entries travel</h3>
          <p className="muted">{pairing.folder ? `Shared folder: ${pairing.folder}` : 'No shared folder chosen.'}</p>
          <div className="button-row">
            <button type="button" className="button-secondary" onClick={() => void run(() => call(api.chooseFolder({})))}>Choose the shared folder…</button>
            <button type="button" className="button-secondary" onClick={() => void saveFile()}>Save for my partner…</button>
            <button type="button" className="button-secondary" onClick={() => void openFile()}>Open from my partner…</button>
          </div>
          <h3 className="settings-subtitle">Your pace</h3>
          <label className="checkbox">
            <input type="checkbox" checked={status.paused} onChange={() => void run(() => call(api.setPace({ paused: !status.paused })))} />
            <span>Pause receiving (nothing new is shown until you resume; your partner is not told)</span>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={status.noContact} onChange={() => void run(() => call(api.setPace({ noContact: !status.noContact })))} />
            <span>Ask {pairing.partnerName} for no contact for now</span>
          </label>
          <div className="button-row">
            <button type="button" className="button-secondary" onClick={() => void run(() => call(api.unpair({})), 'Unpaired. Nothing more is sent or taken in; what you received stays.')}>Unpair</button>
          </div>
        </>
      )}
      {note && <p role="status">{note}</p>}
      {message && <p className="field__error" role="alert">{message}</p>}
    </section>
  );
}
