// A partner's confirmation in a workbook for one: they type their name and
// confirm, and the day is recorded with it. It can be withdrawn; nothing is
// signed on anyone's behalf. (In a workbook for two, main stamps it: StampedField.)
import { useState } from 'react';
import { useController } from 'react-hook-form';
import type { FieldDef } from '../../../../shared/exercises/types.ts';
import type { Signature } from '../../../../shared/exercises/answer-schema.ts';
import { SIGNATURE_NAME_MAX } from '../../../../shared/exercises/answer-schema.ts';
import { localDay } from '../../../../shared/domain/dates.ts';
import { ConfirmedBy } from './ConfirmedBy.tsx';

export function SignatureField({ field, id, describedBy }: { field: FieldDef; id: string; describedBy: string | undefined }) {
  const { field: control } = useController({ name: field.id });
  const signed = typeof control.value === 'object' && control.value ? (control.value as Signature) : null;
  const [name, setName] = useState('');

  if (signed) {
    return (
      <div className="signature signature--done" aria-describedby={describedBy}>
        <ConfirmedBy signature={signed} />
        <button type="button" className="button-quiet" onClick={() => control.onChange('')}>
          Withdraw this confirmation
        </button>
      </div>
    );
  }
  return (
    <div className="signature" aria-describedby={describedBy}>
      <input
        id={id}
        className="field__input signature__name"
        type="text"
        autoComplete="off"
        maxLength={SIGNATURE_NAME_MAX}
        placeholder="Your name"
        aria-label={`${field.label}: your name`}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <button
        type="button"
        className="button-secondary"
        disabled={!name.trim()}
        onClick={() => control.onChange({ name: name.trim(), date: localDay(new Date()) } satisfies Signature)}
      >
        I agree, confirm
      </button>
    </div>
  );
}
