// The weekly check-in and the agreement across two computers (docs/TWO-COMPUTERS.md):
// what each partner shared, read-only under its author's name; the other
// partner's answer to a check-in; who has confirmed an agreement. Every
// "signed" and "confirmed" here is a signature main verified; nothing here
// says whether the partner has read anything.
import { useCallback, useEffect, useState } from 'react';
import type { TogetherView } from '../../../shared/exchange/together-contract.ts';
import { call, mend, messageOf } from '../api.ts';
import { AgreementCard } from './AgreementCard.tsx';
import { CheckInCard } from './CheckInCard.tsx';

const EXERCISE_NAMES: Record<string, string> = { 'weekly-check-in': 'Weekly check-in', 'rebuilding-agreement': 'Rebuilding agreement' };

/** `revision` changes whenever the section around it did something (a file opened, the pace changed): then this looks again. */
export function TogetherAcross({ revision }: { revision: number }) {
  const [view, setView] = useState<TogetherView>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const api = mend().exchange;
  const load = useCallback(() => {
    call(mend().exchange.together({})).then(setView, (e) => setMessage(messageOf(e)));
  }, []);
  useEffect(load, [load, revision]);
  useEffect(() => {
    // What the shared folder brought while this was open shows when the window is looked at again.
    window.addEventListener('focus', load);
    return () => window.removeEventListener('focus', load);
  }, [load]);

  const act = async (work: () => Promise<TogetherView>, done: string) => {
    setMessage(null);
    setNote(null);
    try {
      setView(await work());
      setNote(done);
    } catch (err) {
      setMessage(messageOf(err));
    }
  };
  if (!view) return message ? <p className="field__error" role="alert">{message}</p> : null;
  const partner = view.partnerName;
  const share = (id: string) =>
    act(async () => {
      await call(api.share({ entryId: id, shared: true }));
      return call(api.together({}));
    }, `Shared with ${partner}.`);

  return (
    <div className="together-across" aria-labelledby="together-across-title">
      <h3 id="together-across-title" className="settings-subtitle">Check-ins and your agreement</h3>
      <p className="muted">What each of you shares shows here on both computers, under its author’s name. {partner} can answer your check-in, and each of you confirms an agreement on your own computer.</p>
      {view.unshared.length > 0 && (
        <ul className="together-across__unshared" aria-label="Not shared yet">
          {view.unshared.map((e) => (
            <li key={e.id}>
              <span>{EXERCISE_NAMES[e.exerciseId]}, {e.day}</span>{' '}
              <button type="button" className="button-secondary" onClick={() => void share(e.id)}>Share with {partner}</button>
            </li>
          ))}
        </ul>
      )}
      {view.checkIns.length === 0 && view.agreements.length === 0 && <p className="muted">Nothing shared between you yet.</p>}
      {view.checkIns.map((c) => (
        <CheckInCard key={c.id} checkIn={c} onAnswer={(answers) => act(() => call(api.answerCheckIn({ checkIn: c.id, answers })), `Saved. ${partner} sees your answer once it reaches their computer.`)} />
      ))}
      {view.agreements.map((a) => (
        <AgreementCard key={a.id} agreement={a} partner={partner} onConfirm={() => act(() => call(api.confirmAgreement({ agreement: a.id, version: a.version, digest: a.digest })), 'Confirmed on this computer.')} />
      ))}
      {note && <p role="status">{note}</p>}
      {message && <p className="field__error" role="alert">{message}</p>}
    </div>
  );
}
