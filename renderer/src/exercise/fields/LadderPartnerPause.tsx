// On the contact ladder, while the partner (on another computer) has asked for
// no contact: the steps not yet taken are shown as paused by them, plainly,
// and nothing suggests a way round it. Their Mend told this one; the words
// here never say more than that they asked.
import { useWatch } from 'react-hook-form';
import type { AnswerRow } from '../../../../shared/exercises/answer-schema.ts';
import { pausedByPartner } from '../../../../shared/exercises/ladder-pace.ts';

export function LadderPartnerPause({ fieldId, itemName, partner }: { fieldId: string; itemName: string; partner: string }) {
  const rows = useWatch({ name: fieldId }) as AnswerRow[] | undefined;
  const paused = pausedByPartner(rows);
  return (
    <div className="notice notice--safety ladder-pace ladder-pace--partner" role="status" data-hold="partner">
      <p><strong>Paused by your partner.</strong> {partner} asked for no contact for now. Every step not yet taken waits until they lift it.</p>
      {paused.length > 0 && <p>Paused by {partner}: {paused.map((i) => `${itemName} ${i + 1}${rows?.[i]?.step ? ` (“${rows[i].step}”)` : ''}`).join(', ')}.</p>}
      <ul>
        <li>Do not offer any step, by any way, or ask anyone to pass something on.</li>
        <li>Mend keeps what you share on this computer and sends nothing until they lift it.</li>
      </ul>
    </div>
  );
}
