// Backups: the automatic, encrypted copies (newest first), made again on
// demand; restoring one (after a confirmation, keeping a copy of now first);
// an encrypted copy saved to a file the user picks.
import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, UnlockReport } from '../../../../shared/contract/channels.ts';
import { call, mend, messageOf } from '../../api.ts';
import { usePartners } from '../../partners/partners-context.tsx';
import { formatBackupDate, formatSize } from './backup-format.ts';

export function BackupsSection({ onRestored }: { onRestored: (report: UnlockReport) => void }) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { forTwo, partnerName } = usePartners();
  const reload = useCallback(() => call(mend().backups.list({})).then(setBackups, (e) => setMessage({ ok: false, text: messageOf(e) })), []);
  useEffect(() => void reload(), [reload]);

  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      const text = await action();
      if (text) setMessage({ ok: true, text });
    } catch (err) {
      setMessage({ ok: false, text: messageOf(err) });
    } finally {
      setBusy(false);
      await reload();
    }
  };

  return (
    <section className="card settings-section" aria-labelledby="backups-title">
      <h2 id="backups-title" className="card__title">Backups</h2>
      <p className="muted">
        Mend keeps encrypted copies of your workbook in its data folder: one a day when you open it, the newest seven. Each is checked by reading it back before an older one is removed.
      </p>
      {backups && backups.length === 0 && <p className="muted">No backup yet. One is made the next time you unlock, or now:</p>}
      {backups && backups.length > 0 && (
        <ul className="backup-list" aria-label="Backups">
          {backups.map((b) => (
            <li key={b.name} className="backup-list__item">
              <span>{formatBackupDate(b.createdAt)}</span>
              <span className="muted">{formatSize(b.bytes)}</span>
              <button type="button" className="button-quiet" disabled={busy} onClick={() => setConfirming(b)}>Restore…</button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="restore-question" className="confirm">
          <p id="restore-question">
            Replace your workbook with the backup from {formatBackupDate(confirming.createdAt)}? Anything written since then will be in the backup Mend makes first, not in the workbook.
            {forTwo && ` This is the whole workbook: ${partnerName}’s entries, private and shared, go back to how they were then too.`}
          </p>
          <button
            type="button"
            className="button-danger"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const report = await call(mend().backups.restore({ name: confirming.name }));
                setConfirming(null);
                onRestored(report);
                return `Restored the backup from ${formatBackupDate(confirming.createdAt)}.`;
              })
            }
          >
            Restore this backup
          </button>
          <button type="button" className="button-secondary" autoFocus onClick={() => setConfirming(null)}>Keep things as they are</button>
        </div>
      )}
      <div className="button-row">
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void run(async () => `Backed up: ${formatBackupDate((await call(mend().backups.create({}))).createdAt)}.`)}>
          Back up now
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() => void run(async () => {
            const outcome = await call(mend().backups.exportFile({}));
            return outcome.status === 'saved' ? `Saved an encrypted copy as ${outcome.path}. It opens with your passphrase.` : null;
          })}
        >
          Save an encrypted copy…
        </button>
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'form-message' : 'field__error'}>{message.text}</p>}
    </section>
  );
}
