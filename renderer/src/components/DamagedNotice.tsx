// Shown after unlock when some records could not be read: they were skipped,
// not deleted, and the rest of the workbook is open.
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import { formatDay } from '../../../shared/domain/dates.ts';

export function DamagedNotice({ damaged }: { damaged: UnlockReport['damaged'] }) {
  if (damaged.length === 0) return null;
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        <strong>{damaged.length === 1 ? 'One entry' : `${damaged.length} entries`} could not be read</strong> and {damaged.length === 1 ? 'was' : 'were'} skipped
        ({damaged.map((d) => formatDay(d.day)).join('; ')}). Nothing has been deleted; everything else is open as usual.
      </p>
    </div>
  );
}
