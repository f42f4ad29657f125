// Where to find help when a relationship is not safe, or when drinking or drugs
// are part of it. Shown before working together, at first start, and from the menu
// (lock-free). It speaks to the person being harmed and to the person doing harm.
import { HELPLINES, helplineLine, STOPPING_DRINKING_NOTE } from '../../../shared/content/helplines.ts';
import type { HelpRegion } from '../../../shared/content/helplines.ts';
import { hrefFor } from '../app/use-hash-route.ts';

const REGIONS: HelpRegion[] = ['Anywhere', 'United States', 'United Kingdom'];

export function HelplineList() {
  return (
    <dl className="safety__help">
      {REGIONS.map((region) => (
        <div key={region}>
          <dt>{region}</dt>
          {HELPLINES.filter((h) => h.region === region).map((h) => (
            <dd key={h.id}>
              {helplineLine(h)}
              <span className="safety__what"> {h.description}</span>
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}

export function SafetyNote() {
  return (
    <div className="safety">
      <p>
        Working on trust together is only for couples where both people feel safe. If there is violence, threats, or one of you controls the other (money, phone, friends, where you go), exercises for two can make things more dangerous. Please reach out for help instead, and use Mend only on your own, if at all.
      </p>
      <p className="safety__own">
        <a href={hrefFor.ownBehaviour()}>I have been abusive or controlling</a>: what changes, and where to find help to stop.
      </p>
      <HelplineList />
      <p>{STOPPING_DRINKING_NOTE}</p>
      <p className="muted">Elsewhere, please check your local services: numbers differ from country to country. Numbers and hours can change; Mend’s list was last checked on the date shown in its content guide.</p>
    </div>
  );
}
