// How one field looks on paper: blank (ruled lines, tick boxes, a 0-10 row to
// circle, empty table rows, a line to sign) or filled with the entry's answer.
import type { FieldDef } from '../../../shared/exercises/types.ts';
import { offeredOptions } from '../../../shared/exercises/choice-options.ts';
import type { AnswerValue, Signature } from '../../../shared/exercises/answer-schema.ts';
import { optionLabel, SCALE_VALUES } from '../../../shared/exercises/answer-schema.ts';
import { formatDay } from '../../../shared/domain/dates.ts';

const Lines = ({ count }: { count: number }) => (
  <div className="ws-lines" aria-hidden="true">
    {Array.from({ length: count }, (_, i) => <div key={i} className="ws-line" />)}
  </div>
);

function ScaleRow({ field, chosen }: { field: FieldDef; chosen?: string }) {
  return (
    <div className="ws-scale">
      <span className="ws-scale__end">{field.scaleLabels?.low}</span>
      {SCALE_VALUES.map((v) => (
        <span key={v} className={`ws-scale__value${v === chosen ? ' is-chosen' : ''}`}>{v}</span>
      ))}
      <span className="ws-scale__end">{field.scaleLabels?.high}</span>
    </div>
  );
}

function ListTable({ field, rows }: { field: FieldDef; rows: Record<string, string>[] | null }) {
  const items = field.itemFields ?? [];
  const shown = rows ?? Array.from({ length: field.printLines ?? 5 }, () => ({}) as Record<string, string>);
  return (
    <table className="ws-table">
      <thead>
        <tr>
          <th scope="col">#</th>
          {items.map((i) => <th key={i.id} scope="col" className={i.type === 'choice' ? 'ws-table__choice' : undefined}>{i.label}</th>)}
        </tr>
      </thead>
      <tbody>
        {shown.map((row, index) => (
          <tr key={index}>
            <td>{index + 1}</td>
            {items.map((item) => (
              <td key={item.id} className={item.type === 'choice' ? 'ws-table__choice' : undefined}>{item.type === 'choice' ? optionLabel(item, row[item.id]) ?? (rows ? '' : offeredOptions(item).map((o) => o.label).join(' / ')) : row[item.id] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BlankAnswer({ field }: { field: FieldDef }) {
  switch (field.type) {
    case 'choice':
      return (
        <p className="ws-choices">
          {offeredOptions(field).map((o) => (
            <span key={o.value} className="ws-choice"><span className="ws-box" aria-hidden="true" /> {o.label}</span>
          ))}
        </p>
      );
    case 'scale':
      return <ScaleRow field={field} />;
    case 'list':
      return <ListTable field={field} rows={null} />;
    case 'signature':
      return <p className="ws-signature">Name: <span className="ws-blank-line" /> Date: <span className="ws-blank-line ws-blank-line--short" /></p>;
    default:
      return <Lines count={field.printLines ?? (field.type === 'long-text' ? 4 : 2)} />;
  }
}

export function FilledAnswer({ field, value }: { field: FieldDef; value: AnswerValue | undefined }) {
  const empty = <p className="ws-answer ws-answer--empty">Not answered</p>;
  switch (field.type) {
    case 'choice':
      return optionLabel(field, value) ? <p className="ws-answer">{optionLabel(field, value)}</p> : empty;
    case 'scale':
      return typeof value === 'string' && value ? <ScaleRow field={field} chosen={value} /> : empty;
    case 'list':
      return Array.isArray(value) && value.length > 0 ? <ListTable field={field} rows={value} /> : empty;
    case 'signature': {
      const signed = typeof value === 'object' && !Array.isArray(value) ? (value as Signature) : null;
      return signed ? <p className="ws-answer">Confirmed by {signed.name} on {formatDay(signed.date)}</p> : <p className="ws-answer ws-answer--empty">Not confirmed</p>;
    }
    default:
      return typeof value === 'string' && value.trim() ? <p className="ws-answer">{value.trim()}</p> : empty;
  }
}
