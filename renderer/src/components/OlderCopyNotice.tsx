// Shown after unlock when the workbook file is an older copy than the one last
// opened on this computer (main/services/vault/rollback-guard.ts): entries written
// since may be missing. Mend decides nothing: the user keeps this copy, or restores
// the newest backup, or leaves the question for later ("Not now": nothing is
// changed, not even this computer's memory). Until they answer, the question
// comes back at every unlock.
import { useState } from 'react';
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import { call, mend, messageOf } from '../api.ts';
import { formatBackupDate } from '../screens/settings/backup-format.ts';

export function OlderCopyNotice({ onRestored }: { onRestored: (report: UnlockReport) => void }) {
  const [answered, setAnswered] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (answered) return null;

  const keep = async () => {
    try {
      await call(mend().vault.keepOlderCopy({}));
      setAnswered(true);
    } catch (err) {
      setMessage(messageOf(err));
    }
  };
  const restoreNewest = async () => {
    try {
      const [newest] = await call(mend().backups.list({}));
      if (!newest) return setMessage('There is no backup on this computer to restore.');
      setMessage(`Restoring the backup from ${formatBackupDate(newest.createdAt)}…`);
      onRestored(await call(mend().backups.restore({ name: newest.name })));
    } catch (err) {
      setMessage(messageOf(err));
    }
  };

  return (
    <div className="notice notice--warning" role="alert">
      <p>
        <strong>This workbook is older than the one last opened on this computer.</strong> An earlier copy of the file may have been put in its
        place, so what was written since may be missing here. Nothing has been changed or deleted.
      </p>
      <p>
        <button type="button" className="button-secondary" onClick={() => void restoreNewest()}>Restore the newest backup</button>{' '}
        <button type="button" className="button-secondary" onClick={() => void keep()}>Keep this copy</button>{' '}
        <button type="button" className="button-quiet" onClick={() => setAnswered(true)}>Not now</button>
      </p>
      <p className="muted">“Keep this copy” makes it the newest on this computer. “Not now” changes nothing; Mend asks again at the next unlock.</p>
      {message && <p className="muted">{message}</p>}
    </div>
  );
}
