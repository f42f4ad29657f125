// One shared agreement: its words, read-only under the name of who proposed
// it, and who has confirmed this version. "Confirmed by both" comes from main,
// where it holds only when both partners' signatures over this very version
// verify; a change makes a new version that both confirm again.
import type { SharedAgreement } from '../../../shared/exchange/together-contract.ts';

const WHO: Record<string, string> = { 'i-will': 'I will', 'we-will': 'We will', 'my-partner-will': 'My partner will' };

function confirmationText(a: SharedAgreement, partner: string): string {
  if (a.confirmedByBoth) return 'Confirmed by both of you: each signature is verified, over this version.';
  if (a.confirmedByMe) return `Confirmed by you. Not confirmed by ${partner} yet.`;
  if (a.confirmedByPartner) return `${partner} has confirmed this version. You have not yet; there is no hurry.`;
  return 'Not confirmed by either of you yet.';
}

export function AgreementCard({ agreement: a, partner, onConfirm }: { agreement: SharedAgreement; partner: string; onConfirm: () => Promise<void> }) {
  const titleId = `agreement-${a.id}`;
  return (
    <article className="together-across__item" aria-labelledby={titleId}>
      <h4 id={titleId}>{a.mine ? 'The agreement you proposed' : `The agreement ${a.authorName} proposed`}, {a.day}</h4>
      <p className="muted">Version {a.version}.</p>
      <ul aria-label="Commitments">
        {a.commitments.map((c, i) => (
          <li key={i}>
            {a.mine ? WHO[c.who] ?? '' : `${a.authorName}: ${WHO[c.who] ?? ''}`} {c.commitment}
          </li>
        ))}
      </ul>
      {a.howWeCheck && <p><strong>How we will check on it:</strong> {a.howWeCheck}</p>}
      {a.whenWeReview && <p><strong>When we will review it:</strong> {a.whenWeReview}</p>}
      <p className={a.confirmedByBoth ? 'signed-by__line' : undefined} role="status">{confirmationText(a, partner)}</p>
      {!a.confirmedByMe && (
        <div className="button-row">
          <button type="button" className="button-primary" onClick={() => void onConfirm()}>I confirm this agreement</button>
        </div>
      )}
    </article>
  );
}
