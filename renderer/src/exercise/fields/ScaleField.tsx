// A 0-10 scale as a row of radio buttons: reachable with Tab, changed with the
// arrow keys, and read out with the meaning of both ends.
import { useFormContext } from 'react-hook-form';
import type { FieldDef } from '../../../../shared/exercises/types.ts';
import { SCALE_VALUES } from '../../../../shared/exercises/answer-schema.ts';

export function ScaleField({ field, name, describedBy }: { field: FieldDef; name: string; describedBy: string | undefined }) {
  const { register } = useFormContext();
  const labels = field.scaleLabels ?? { low: 'lowest', high: 'highest' };
  return (
    <div className="scale" aria-describedby={describedBy}>
      <div className="scale__options">
        {SCALE_VALUES.map((value) => (
          <label key={value} className="scale__option">
            <input
              type="radio"
              value={value}
              aria-label={value === '0' ? `0, ${labels.low}` : value === '10' ? `10, ${labels.high}` : value}
              {...register(name)}
            />
            <span aria-hidden="true">{value}</span>
          </label>
        ))}
      </div>
      <div className="scale__ends" aria-hidden="true">
        <span>0 · {labels.low}</span>
        <span>10 · {labels.high}</span>
      </div>
    </div>
  );
}
