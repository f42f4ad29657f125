// "Confirmed by Sam on Saturday 21 November 2026.": one partner's confirmation,
// as the editor shows it (typed in a workbook for one, stamped for two).
import type { Signature } from '../../../../shared/exercises/answer-schema.ts';
import { formatDay } from '../../../../shared/domain/dates.ts';

export function ConfirmedBy({ signature }: { signature: Signature }) {
  return (
    <p>
      Confirmed by <strong>{signature.name}</strong> on {formatDay(signature.date)}.
    </p>
  );
}
