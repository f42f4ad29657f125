// Shown after unlock when some records could not be read: they were skipped,
// not deleted, and the rest of the workbook is open. Offers the newest backup
// that still holds them; nothing is restored without the user's say. (In a
// workbook for two, a private entry's day is hidden even on disk: it has none here.)
import { useState } from 'react';
import type { BackupInfo, UnlockReport } from '../../../shared/contract/channels.ts';
import { formatDay } from '../../../shared/domain/dates.ts';
import { call, mend, messageOf } from '../api.ts';
import { formatBackupDate } from '../screens/settings/backup-format.ts';

export function DamagedNotice({ damaged, onRestored }: { damaged: UnlockReport['damaged']; onRestored: (report: UnlockReport) => void }) {
  const [found, setFound] = useState<BackupInfo | null | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  if (damaged.length === 0) return null;
  // Shared entries whose signatures do not match who they name (written outside Mend): not shown as anyone's words.
  const tampered = damaged.filter((d) => d.tampered);
  const unreadable = damaged.filter((d) => !d.tampered);
  const days = (records: typeof damaged) => records.map((d) => (d.day ? formatDay(d.day) : 'a private entry, whose day is kept hidden')).join('; ');

  const look = async () => {
    try {
      for (const record of damaged) {
        const backup = await call(mend().backups.findHolding({ recordId: record.id }));
        if (backup) return setFound(backup);
      }
      setFound(null);
    } catch (err) {
      setMessage(messageOf(err));
    }
  };
  const restore = async (backup: BackupInfo) => {
    try {
      onRestored(await call(mend().backups.restore({ name: backup.name })));
    } catch (err) {
      setMessage(messageOf(err));
    }
  };

  return (
    <div className="notice notice--warning" role="alert">
      {unreadable.length > 0 && (
        <p>
          <strong>{unreadable.length === 1 ? 'One entry' : `${unreadable.length} entries`} could not be read</strong> and {unreadable.length === 1 ? 'was' : 'were'} skipped
          ({days(unreadable)}). Nothing has been deleted; everything else is open as usual.
        </p>
      )}
      {tampered.length > 0 && (
        <p>
          <strong>{tampered.length === 1 ? 'One shared entry does' : `${tampered.length} shared entries do`} not carry the signature of the partner named on {tampered.length === 1 ? 'it' : 'them'}</strong>{' '}
          ({days(tampered)}). {tampered.length === 1 ? 'It was' : 'They were'} changed outside Mend, so {tampered.length === 1 ? 'it is' : 'they are'} not shown as anyone’s words. Nothing has been deleted.
        </p>
      )}
      {found === undefined && <button type="button" className="button-secondary" onClick={() => void look()}>Look for it in a backup</button>}
      {found === null && <p>No backup holds a readable copy of it.</p>}
      {found && (
        <p>
          The backup from {formatBackupDate(found.createdAt)} holds it.{' '}
          <button type="button" className="button-secondary" onClick={() => void restore(found)}>Restore that backup</button>{' '}
          <span className="muted">(a backup of how things are now is kept first)</span>
        </p>
      )}
      {message && <p className="field__error">{message}</p>}
    </div>
  );
}
