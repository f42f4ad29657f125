// The path for a partner who was abusive or controlling: what changes, and where
// programmes are. Lock-free (nothing private in it): reached from the safety note
// and from the role question, and at the top of that partner's home.
import { helplineLine, helplinesFor } from '../../../shared/content/helplines.ts';
import { OWN_BEHAVIOUR_PATH } from '../../../shared/content/role-texts.ts';

export function OwnBehaviourPath({ headingLevel = 1 }: { headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  const { title, lede, sections, programmes } = OWN_BEHAVIOUR_PATH;
  return (
    <section className="own-path" aria-labelledby="own-path-title">
      <Heading id="own-path-title">{title}</Heading>
      <p className="lede">{lede}</p>
      {sections.map((section) => (
        <div key={section.heading}>
          <Sub className="section-title">{section.heading}</Sub>
          {section.paragraphs.map((p) => <p key={p}>{p}</p>)}
        </div>
      ))}
      <Sub className="section-title">{programmes.heading}</Sub>
      {programmes.paragraphs.map((p) => <p key={p}>{p}</p>)}
      <ul className="own-path__lines">
        {helplinesFor(['own-behaviour']).map((h) => <li key={h.id}>{helplineLine(h)}</li>)}
      </ul>
    </section>
  );
}
