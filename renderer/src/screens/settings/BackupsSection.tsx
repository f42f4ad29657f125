// Backups: the automatic, encrypted copies (newest first), made again on
// demand; restoring one (after a confirmation that says what comes back, keeping
// a copy of now first, which stays until the user removes it); an encrypted copy
// saved to a file the user picks.
import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, UnlockReport } from '../../../../shared/contract/channels.ts';
import { call, mend, messageOf } from '../../api.ts';
import { formatBackupDate, formatSize } from './backup-format.ts';
import { RestoreConfirm } from './RestoreConfirm.tsx';

export function BackupsSection({ onRestored }: { onRestored: (report: UnlockReport) => void }) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [removing, setRemoving] = useState<BackupInfo | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
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
              <span>{b.beforeRestore ? `Made before the restore on ${formatBackupDate(b.createdAt)}` : formatBackupDate(b.createdAt)}</span>
              <span className="muted">{formatSize(b.bytes)}</span>
              <button type="button" className="button-quiet" disabled={busy} onClick={() => setConfirming(b)}>Restore…</button>
              {b.beforeRestore && (
                <button type="button" className="button-quiet" disabled={busy} aria-label={`Remove the backup made before the restore on ${formatBackupDate(b.createdAt)}`} onClick={() => setRemoving(b)}>Remove…</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {backups?.some((b) => b.beforeRestore) && (
        <p className="muted">A backup made before a restore holds what the restore replaced. Mend keeps it beside the seven until you remove it.</p>
      )}
      {confirming && (
        <RestoreConfirm
          backup={confirming}
          busy={busy}
          onCancel={() => setConfirming(null)}
          onRestore={() =>
            void run(async () => {
              const report = await call(mend().backups.restore({ name: confirming.name }));
              setConfirming(null);
              onRestored(report);
              return `Restored the backup from ${formatBackupDate(confirming.createdAt)}.`;
            })
          }
        />
      )}
      {removing && (
        <div role="alertdialog" aria-labelledby="remove-question" className="confirm">
          <p id="remove-question">
            Remove the backup made before the restore on {formatBackupDate(removing.createdAt)}? What the restore replaced is then gone for good.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button-danger"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await call(mend().backups.remove({ name: removing.name }));
                  setRemoving(null);
                  return 'Removed that backup.';
                })
              }
            >
              Remove this backup
            </button>
            <button type="button" className="button-secondary" autoFocus onClick={() => setRemoving(null)}>Keep it</button>
          </div>
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
