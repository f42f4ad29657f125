// One shared weekly check-in: its author's part, read-only and signed, and
// the other partner's answer, or (on the other partner's computer) the form
// to answer it in their own words.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CheckInPart, SharedCheckIn } from '../../../shared/exchange/together-contract.ts';

const EMPTY: CheckInPart = { trust: '', win: '', worry: '', request: '' };
const TRUST_VALUES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;

function PartList({ part }: { part: CheckInPart }) {
  return (
    <dl className="together-across__part">
      {part.trust && (
        <>
          <dt>Trust this week</dt>
          <dd>{part.trust} of 10</dd>
        </>
      )}
      <dt>One win</dt>
      <dd>{part.win || '—'}</dd>
      <dt>One worry</dt>
      <dd>{part.worry || '—'}</dd>
      <dt>One request</dt>
      <dd>{part.request || '—'}</dd>
    </dl>
  );
}

export function CheckInCard({ checkIn, onAnswer }: { checkIn: SharedCheckIn; onAnswer: (answers: CheckInPart) => Promise<void> }) {
  const [draft, setDraft] = useState<CheckInPart>(checkIn.answer?.part ?? EMPTY);
  // Once answered, the form folds away; "Change my answer" opens it again (a change travels as a new version).
  const [editing, setEditing] = useState(false);
  const title = checkIn.mine ? `Your check-in, ${checkIn.day}` : `${checkIn.authorName}’s check-in, ${checkIn.day}`;
  const titleId = `check-in-${checkIn.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onAnswer(draft).then(() => setEditing(false));
  };
  const field = (key: 'win' | 'worry' | 'request', label: string) => (
    <>
      <label htmlFor={`${titleId}-${key}`}>{label}</label>
      <input id={`${titleId}-${key}`} value={draft[key]} maxLength={500} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </>
  );
  return (
    <article className="together-across__item" aria-labelledby={titleId}>
      <h4 id={titleId}>{title}</h4>
      <p className="signed-by__line">{checkIn.mine ? 'Signed by you.' : `Signed by ${checkIn.authorName}; the signature is verified.`}</p>
      <PartList part={checkIn.part} />
      {checkIn.answer && (
        <div className="signed-by">
          <p className="signed-by__line">{checkIn.answer.byName === 'You' ? 'Your answer' : `${checkIn.answer.byName}’s answer, signed`}</p>
          {!checkIn.answer.current && <p className="muted">Written for an earlier version of this check-in.</p>}
          <PartList part={checkIn.answer.part} />
        </div>
      )}
      {!checkIn.mine && checkIn.answer && !editing && (
        <div className="button-row">
          <button type="button" className="button-secondary" onClick={() => setEditing(true)}>Change my answer</button>
        </div>
      )}
      {!checkIn.mine && (!checkIn.answer || editing) && (
        <form className="stack-form" onSubmit={submit} aria-label={`Your answer to ${checkIn.authorName}’s check-in`}>
          <label htmlFor={`${titleId}-trust`}>Trust this week (optional; only if you want {checkIn.authorName} to see it)</label>
          <select id={`${titleId}-trust`} className="field__select field__select--inline" value={draft.trust} onChange={(e) => setDraft({ ...draft, trust: e.target.value as CheckInPart['trust'] })}>
            <option value="">Keep it to myself</option>
            {TRUST_VALUES.map((v) => <option key={v} value={v}>{v}</option>)}
          </select>
          {field('win', 'One win this week')}
          {field('worry', 'One worry')}
          {field('request', 'One request for the coming week')}
          <div className="button-row">
            <button type="submit" className="button-primary">{checkIn.answer ? 'Send my new answer' : 'Send my answer'}</button>
          </div>
        </form>
      )}
    </article>
  );
}
