// Where to find help when a relationship is not safe, or when drinking or drugs
// are part of it. Shown before working together, at first start, and from the menu.
const HELP = [
  { where: 'Anywhere', lines: ['In danger now: call your local emergency number (911 in the US, 999 in the UK, 112 in most of Europe).'] },
  {
    where: 'United States',
    lines: ['National Domestic Violence Hotline: 1-800-799-7233, thehotline.org', 'SAMHSA National Helpline (alcohol and drugs): 1-800-662-4357, samhsa.gov', '988 Suicide and Crisis Lifeline: call or text 988'],
  },
  {
    where: 'United Kingdom',
    lines: ['National Domestic Abuse Helpline (Refuge): 0808 2000 247, nationaldahelpline.org.uk', 'Drinkline: 0300 123 1110'],
  },
];

export function SafetyNote() {
  return (
    <div className="safety">
      <p>
        Working on trust together is only for couples where both people feel safe. If there is violence, threats, or one of you controls the other (money, phone, friends, where you go), exercises for two can make things more dangerous. Please reach out for help instead, and use Mend only on your own, if at all.
      </p>
      <dl className="safety__help">
        {HELP.map((h) => (
          <div key={h.where}>
            <dt>{h.where}</dt>
            {h.lines.map((l) => <dd key={l}>{l}</dd>)}
          </div>
        ))}
      </dl>
      <p className="muted">Elsewhere, please check your local services: numbers differ from country to country.</p>
    </div>
  );
}
