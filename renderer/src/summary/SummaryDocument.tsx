// The counselor summary as a document: the first page (the summary itself),
// how to read it and the contents, then one numbered section per exercise: a
// digest table for logs and daily exercises, entries in full otherwise. The
// export screen's preview and the printed PDF are this same component.
import { isAnswered } from '../../../shared/exercises/answer-schema.ts';
import { formatDay } from '../../../shared/domain/dates.ts';
import { exerciseMark, HOW_TO_READ, NEW_MARK, sectionHeading } from '../../../shared/summary/summary-cover.ts';
import type { SummaryModel, SummarySection } from '../../../shared/summary/summary-model.ts';
import { FilledAnswer } from '../print/WorksheetAnswer.tsx';
import { DigestTable } from './DigestTable.tsx';
import { SummaryFirstPage } from './SummaryFirstPage.tsx';

function EntriesInFull({ model, section }: { model: SummaryModel; section: SummarySection }) {
  const fields = section.exercise.steps.flatMap((s) => s.fields);
  return section.entries.map((entry) => (
    <div key={entry.id} className="summary__entry">
      <h3>
        {formatDay(entry.day)}
        {model.newSince[entry.id] && <strong className="summary__new"> {NEW_MARK}</strong>}
      </h3>
      {model.otherWriters[entry.id] && <p className="summary__writer">Written by {model.otherWriters[entry.id]}</p>}
      {fields.filter((f) => isAnswered(entry.answers[f.id])).map((field) => (
        <div key={field.id} className="ws-field">
          <h4>{field.label}</h4>
          <FilledAnswer field={field} value={entry.answers[field.id]} />
        </div>
      ))}
    </div>
  ));
}

export function SummaryDocument({ model }: { model: SummaryModel }) {
  return (
    <article className="summary">
      <SummaryFirstPage model={model} />
      <section className="summary__guide" aria-labelledby="contents-title">
        <h2 id="contents-title">Contents</h2>
        <ol className="summary__contents">
          {model.sections.map((s) => (
            <li key={s.exercise.id}>{sectionHeading(s)} <span className="muted">({exerciseMark(s)})</span></li>
          ))}
        </ol>
        <h2>How to read this</h2>
        <p>{HOW_TO_READ}</p>
      </section>
      {model.sections.map((section) => (
        <section key={section.exercise.id} className={`summary__section${section.digest ? ' summary__section--digest' : ''}`} aria-labelledby={`section-${section.number}`}>
          <h2 id={`section-${section.number}`}>{sectionHeading(section)}</h2>
          <p className="summary__mark">{exerciseMark(section)}</p>
          {section.digest ? <DigestTable model={model} section={section} /> : <EntriesInFull model={model} section={section} />}
        </section>
      ))}
    </article>
  );
}
