// A confirmation in an exercise done together, in a workbook for two: shown,
// never typed. Main puts each partner's name and the day on it when both have
// confirmed with their passphrases in a together session.
import type { FieldDef } from '../../../shared/exercises/types.ts';
import type { AnswerValue, Signature } from '../../../shared/exercises/answer-schema.ts';
import { ConfirmedBy } from '../exercise/fields/ConfirmedBy.tsx';

export function StampedField({ field, value, idPrefix }: { field: FieldDef; value: AnswerValue | undefined; idPrefix: string }) {
  const signed = value && typeof value === 'object' && !Array.isArray(value) ? (value as Signature) : null;
  const labelId = `${idPrefix}-${field.id}-label`;
  return (
    <div className="field field--stamped" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="field__label">{field.label}</p>
      {signed ? (
        <div className="signature signature--done"><ConfirmedBy signature={signed} /></div>
      ) : (
        <p className="muted">Not confirmed yet. When you do this together, each of you confirms with your own passphrase, and your name and the date are put here.</p>
      )}
    </div>
  );
}
