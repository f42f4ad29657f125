// A letter (forgiving myself, owning it) never travels by a switch, and its
// edits never follow on their own. "Send to my partner…" opens a last look at
// exactly the version that would go (the letter as last saved, asked of main
// at that moment); only "Send this letter" sends it, and main refuses if the
// letter was saved again in between. "Not now" goes back and sends nothing.
import { useEffect, useRef, useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import { formatDay, localDay } from '../../../shared/domain/dates.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import type { EntrySharing } from '../../../shared/exchange/sharing-contract.ts';
import { call, mend, messageOf } from '../api.ts';
import { EntryAnswers } from '../partners/EntryAnswers.tsx';

interface SendLetterProps {
  exercise: ExerciseDef;
  entry: Entry;
  sharing: EntrySharing;
  partner: string;
  idPrefix: string;
  onChange: (sharing: EntrySharing) => void;
}

export function SendLetter({ exercise, entry, sharing, partner, idPrefix, onChange }: SendLetterProps) {
  const [look, setLook] = useState<Entry | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const lookTitle = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (look) lookTitle.current?.focus();
    else if (returnFocus.current) opener.current?.focus();
    returnFocus.current = false;
  }, [look]);

  const refreshLook = async () => {
    try {
      setLook(await call(mend().entries.get({ id: entry.id })));
    } catch (err) {
      setMessage({ ok: false, text: messageOf(err) });
    }
  };
  const openLook = () => {
    setMessage(null);
    void refreshLook();
  };
  const back = () => {
    returnFocus.current = true;
    setLook(null);
  };
  const send = async () => {
    if (!look) return;
    try {
      onChange(await call(mend().exchange.sendLetter({ entryId: look.id, lookedAt: look.updatedAt })));
      setMessage({ ok: true, text: 'Sent. What you change from now on stays here unless you send it again.' });
      back();
    } catch (err) {
      setMessage({ ok: false, text: messageOf(err) });
      // The letter changed since the look: show the new version, still unsent.
      await refreshLook();
    }
  };

  const changedSince = sharing.shared && sharing.sentUpdatedAt !== entry.updatedAt;
  const lookId = `${idPrefix}-last-look-title`;
  if (look) {
    return (
      <div className="last-look" role="region" aria-labelledby={lookId}>
        <h4 id={lookId} className="last-look__title" tabIndex={-1} ref={lookTitle}>Last look before sending</h4>
        <p>This is exactly what {partner} will read, as you last saved it on {formatDay(localDay(new Date(look.updatedAt)))}. Anything you change after sending stays on this computer unless you send it again.</p>
        <div className="last-look__letter">
          <EntryAnswers exercise={exercise} answers={look.answers} idPrefix={`${idPrefix}-look`} />
        </div>
        {message && !message.ok && <p className="field__error" role="alert">{message.text}</p>}
        <div className="button-row">
          <button type="button" className="button-primary" onClick={() => void send()}>Send this letter to {partner}</button>
          <button type="button" className="button-secondary" onClick={back}>Not now, keep it here</button>
        </div>
      </div>
    );
  }
  return (
    <div className="send-letter">
      {!sharing.shared && <p className="muted">A letter is never sent on its own. When you are ready, you can send it to {partner}, after a last look at exactly what they will read.</p>}
      {sharing.shared && <p>Sent to {partner}’s computer.{changedSince ? ' You have changed it since: the changes stay here unless you send it again.' : ''}</p>}
      <div className="button-row">
        {(!sharing.shared || changedSince) && (
          <button type="button" className="button-secondary" ref={opener} onClick={openLook}>{sharing.shared ? 'Send the new version…' : 'Send to my partner…'}</button>
        )}
        {sharing.shared && <WithdrawLetter entry={entry} partner={partner} onChange={onChange} onMessage={setMessage} />}
      </div>
      <p className={message?.ok === false ? 'field__error' : 'form-message'} role={message?.ok === false ? 'alert' : 'status'}>{message?.text ?? ''}</p>
    </div>
  );
}

function WithdrawLetter({ entry, partner, onChange, onMessage }: { entry: Entry; partner: string; onChange: (s: EntrySharing) => void; onMessage: (m: { ok: boolean; text: string }) => void }) {
  const withdraw = async () => {
    try {
      await call(mend().exchange.share({ entryId: entry.id, shared: false }));
      onChange(await call(mend().exchange.entrySharing({ entryId: entry.id })));
      onMessage({ ok: true, text: `Taken back. ${partner}’s Mend will show only that you withdrew it.` });
    } catch (err) {
      onMessage({ ok: false, text: messageOf(err) });
    }
  };
  return <button type="button" className="button-quiet" onClick={() => void withdraw()}>Take it back from {partner}’s computer</button>;
}
