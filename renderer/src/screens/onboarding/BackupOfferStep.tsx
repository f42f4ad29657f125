// Last step of the first start: an offer to keep a first copy. Mend backs up
// on this computer by itself; a copy elsewhere protects against losing the
// computer. Either can be skipped.
import { useState } from 'react';
import { call, mend, messageOf } from '../../api.ts';

export function BackupOfferStep({ forTwo, onDone }: { forTwo: boolean; onDone: () => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (action: () => Promise<string | null>) => {
    try {
      const text = await action();
      if (text) setMessage({ ok: true, text });
    } catch (err) {
      setMessage({ ok: false, text: messageOf(err) });
    }
  };
  return (
    <>
      <h1>Your workbook is ready</h1>
      <p className="lede">Would you like a first backup now? You can skip this.</p>
      <p>
        Mend keeps encrypted backups on this computer by itself, one a day. A copy somewhere else, such as a USB stick kept in a private place, also protects you if this computer is lost. {forTwo ? 'It opens only with one of your two passphrases, each to its own space.' : 'It opens only with your passphrase.'}
      </p>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => void run(async () => { await call(mend().backups.create({})); return 'A first backup is kept on this computer.'; })}>
          Back up on this computer
        </button>
        <button type="button" className="button-secondary" onClick={() => void run(async () => { const o = await call(mend().backups.exportFile({})); return o.status === 'saved' ? `Saved an encrypted copy as ${o.path}.` : null; })}>
          Save an encrypted copy elsewhere…
        </button>
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'form-message' : 'field__error'}>{message.text}</p>}
      <button type="button" className="button-primary onboarding__finish" onClick={onDone}>{message?.ok ? 'Go to my workbook' : 'Not now, go to my workbook'}</button>
    </>
  );
}
