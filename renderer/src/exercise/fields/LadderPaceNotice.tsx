// Under the contact ladder: when an answer holds it ("They said no", "Not now", or a
// step offered and not yet answered), says so, names the steps on hold, and what to do instead.
import { useWatch } from 'react-hook-form';
import type { AnswerRow } from '../../../../shared/exercises/answer-schema.ts';
import { ladderPace } from '../../../../shared/exercises/ladder-pace.ts';

export function LadderPaceNotice({ fieldId, itemName }: { fieldId: string; itemName: string }) {
  const rows = useWatch({ name: fieldId }) as AnswerRow[] | undefined;
  const pace = ladderPace(rows);
  if (!pace.reason || pace.at === null) return null;
  return (
    <div className="notice notice--safety ladder-pace" role="status" data-hold={pace.reason}>
      <p><strong>{pace.message}</strong></p>
      {pace.held.length > 0 && (
        <p>On hold: {pace.held.map((i) => `${itemName} ${i + 1}`).join(', ')}.</p>
      )}
      <ul>
        {pace.whatToDo.map((line) => <li key={line}>{line}</li>)}
      </ul>
    </div>
  );
}
