// A log or daily exercise in a summary: one row per entry, many to a page, in
// ink only (rules and bold, no colour), a row never split across pages.
import { rowDay } from '../../../shared/summary/digest.ts';
import { NEW_MARK } from '../../../shared/summary/summary-cover.ts';
import type { SummaryModel, SummarySection } from '../../../shared/summary/summary-model.ts';

export function DigestTable({ model, section }: { model: SummaryModel; section: SummarySection }) {
  if (!section.digest) return null;
  const { headings, rows } = section.digest;
  const withYear = model.from.slice(0, 4) !== model.to.slice(0, 4);
  return (
    <table className={`digest digest--${headings.length}`}>
      <caption className="visually-hidden">{section.exercise.title}, one row per entry</caption>
      <thead>
        <tr>{headings.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.entryId}>
            <th scope="row" className="digest__date">
              {rowDay(row.day, withYear)}
              {model.newSince[row.entryId] && <strong className="summary__new"> {NEW_MARK}</strong>}
              {model.otherWriters[row.entryId] && <span className="summary__writer"> ({model.otherWriters[row.entryId]})</span>}
            </th>
            {row.cells.map((text, i) => <td key={i}>{text}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
