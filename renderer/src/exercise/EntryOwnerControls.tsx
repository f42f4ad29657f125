// What only the writer of an entry decides about it: who can read it (in a
// workbook for two) and whether it goes into counselor summaries.
import type { Entry } from '../../../shared/domain/entry.ts';
import { usePartners } from '../partners/partners-context.tsx';
import { VisibilityChoice } from '../partners/VisibilityChoice.tsx';
import { PrivateToggle } from './PrivateToggle.tsx';

export function EntryOwnerControls({ entry, onChange, idPrefix }: { entry: Entry; onChange?: (entry: Entry) => void; idPrefix: string }) {
  const { forTwo } = usePartners();
  return (
    <div className="owner-controls">
      {forTwo && <VisibilityChoice entry={entry} idPrefix={idPrefix} onChange={onChange} />}
      <PrivateToggle entry={entry} onChange={onChange} />
    </div>
  );
}
