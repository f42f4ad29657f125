// Marks an entry to stay out of counselor summaries (unless the writer opts in
// at export). The change is saved at once and said so. Worded without
// "private", which in a workbook for two says who can read an entry.
import { useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import { call, mend, messageOf } from '../api.ts';

export function PrivateToggle({ entry, onChange }: { entry: Entry; onChange?: (entry: Entry) => void }) {
  const [checked, setChecked] = useState(Boolean(entry.keepPrivate));
  const [message, setMessage] = useState<string | null>(null);
  const toggle = async () => {
    const next = !checked;
    setChecked(next);
    try {
      const saved = await call(mend().entries.setPrivate({ id: entry.id, keepPrivate: next }));
      setMessage(next ? 'This entry will stay out of summaries.' : 'This entry can go into summaries you export.');
      onChange?.(saved);
    } catch (err) {
      setChecked(!next);
      setMessage(messageOf(err));
    }
  };
  return (
    <div className="private-toggle">
      <label className="checkbox">
        <input type="checkbox" checked={checked} onChange={() => void toggle()} />
        <span>Leave this entry out of counselor summaries</span>
      </label>
      {message && <p className="muted" role="status">{message}</p>}
    </div>
  );
}
