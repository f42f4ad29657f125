// A list of rows (the rungs of a ladder, the commitments of an agreement): add,
// remove and reorder rows; each row's fields are ordinary text or choice fields.
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { FieldDef } from '../../../../shared/exercises/types.ts';
import { LIST_MAX_ITEMS } from '../../../../shared/exercises/answer-schema.ts';
import { offeredOptions } from '../../../../shared/exercises/choice-options.ts';
import { isPausedByPartner } from '../../../../shared/exercises/ladder-pace.ts';
import { usePartnerAskedNoContact } from '../../exchange/use-exchange-status.ts';
import { LadderPaceNotice } from './LadderPaceNotice.tsx';
import { LadderPartnerPause } from './LadderPartnerPause.tsx';

function RowControl({ item, name, id, rowLabel, pausedBy }: { item: FieldDef; name: string; id: string; rowLabel: string; pausedBy: string | null }) {
  const { register } = useFormContext();
  const current = useWatch({ name }) as string | undefined;
  if (item.type === 'choice') {
    const pausedId = `${id}-paused`;
    const paused = pausedBy !== null && isPausedByPartner(current);
    return (
      <>
        <select id={id} className="field__select" aria-label={`${item.label}, ${rowLabel}`} aria-describedby={paused ? pausedId : undefined} {...register(name)}>
          <option value="">—</option>
          {offeredOptions(item, current).map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
        {paused && <span id={pausedId} className="entry-mark ladder-paused">Paused by {pausedBy}</span>}
      </>
    );
  }
  return <input id={id} className="field__input" type="text" autoComplete="off" spellCheck aria-label={`${item.label}, ${rowLabel}`} {...register(name)} />;
}

export function ListField({ field, idPrefix, describedBy }: { field: FieldDef; idPrefix: string; describedBy: string | undefined }) {
  const { fields: rows, append, remove, move } = useFieldArray({ name: field.id });
  const items = field.itemFields ?? [];
  const itemName = field.itemName ?? 'row';
  const max = field.maxItems ?? LIST_MAX_ITEMS;
  const blankRow = Object.fromEntries(items.map((i) => [i.id, '']));
  // The partner on another computer asked for no contact: the ladder's steps show as paused by them.
  const pausedBy = usePartnerAskedNoContact(field.feedback === 'ladder-pace');

  return (
    <div className="list-field" aria-describedby={describedBy}>
      {rows.length === 0 && <p className="muted">No {itemName}s yet.</p>}
      {rows.length > 0 && (
        <table className="list-field__table">
          <thead>
            <tr>
              <th scope="col" className="list-field__number"><span className="visually-hidden">Number</span></th>
              {items.map((i) => <th key={i.id} scope="col">{i.label}</th>)}
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const rowLabel = `${itemName} ${index + 1}`;
              return (
                <tr key={row.id}>
                  <td className="list-field__number">{index + 1}</td>
                  {items.map((item) => (
                    // data-label: the column's name, shown above the control when the table is folded on a narrow window.
                    <td key={item.id} className={`list-field__cell--${item.type}`} data-label={item.label}>
                      <RowControl item={item} name={`${field.id}.${index}.${item.id}`} id={`${idPrefix}-${field.id}-${index}-${item.id}`} rowLabel={rowLabel} pausedBy={item.id === 'status' ? pausedBy : null} />
                    </td>
                  ))}
                  <td className="list-field__actions">
                    <button type="button" className="button-icon" aria-label={`Move ${rowLabel} up`} disabled={index === 0} onClick={() => move(index, index - 1)}>↑</button>
                    <button type="button" className="button-icon" aria-label={`Move ${rowLabel} down`} disabled={index === rows.length - 1} onClick={() => move(index, index + 1)}>↓</button>
                    <button type="button" className="button-icon" aria-label={`Remove ${rowLabel}`} onClick={() => remove(index)}>×</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {pausedBy && <LadderPartnerPause fieldId={field.id} itemName={itemName} partner={pausedBy} />}
      {field.feedback === 'ladder-pace' && <LadderPaceNotice fieldId={field.id} itemName={itemName} />}
      <button type="button" className="button-secondary" disabled={rows.length >= max} onClick={() => append(blankRow)}>
        Add a {itemName}
      </button>
    </div>
  );
}
