// The question before a restore, saying plainly what comes back and what does
// not. In a workbook for two, a partner restoring on their own gets back only
// their side (main keeps every row of the other partner's as it is now); the
// whole backup needs both of them here, in a together session, which is offered
// right in the question.
import type { BackupInfo } from '../../../../shared/contract/channels.ts';
import { usePartners } from '../../partners/partners-context.tsx';
import { useTogether } from '../../partners/together-context.tsx';
import { TogetherPanel } from '../../partners/TogetherPanel.tsx';
import { formatBackupDate } from './backup-format.ts';

interface RestoreConfirmProps {
  backup: BackupInfo;
  busy: boolean;
  onRestore: () => void;
  onCancel: () => void;
}

const KEPT_FIRST = 'Mend first keeps your workbook as it is now in a backup of its own, which stays in the list until you remove it.';

function AloneInTwo({ when, partner, couplesOn }: { when: string; partner: string; couplesOn: boolean }) {
  return (
    <>
      <p id="restore-question">Restore the backup from {when} on your own?</p>
      <div id="restore-detail">
        <p>On your own, this brings back only your side of the workbook, as it was then:</p>
        <ul>
          <li>your private entries,</li>
          <li>the shared entries you wrote,</li>
          <li>your own settings, such as your role.</li>
        </ul>
        <p>These stay exactly as they are now:</p>
        <ul>
          <li>{partner}’s private entries and settings,</li>
          <li>the shared entries {partner} wrote,</li>
          <li>everything the two of you signed together.</li>
        </ul>
        <p>{KEPT_FIRST}</p>
      </div>
      {couplesOn && (
        <TogetherPanel
          title="Restore it together"
          intro={`To bring back ${partner}’s entries as well, do this together: when you are both at this computer, each of you types your own passphrase here. Then the whole backup comes back, for both of you.`}
        />
      )}
    </>
  );
}

export function RestoreConfirm({ backup, busy, onRestore, onCancel }: RestoreConfirmProps) {
  const { forTwo, partnerName, couplesOn } = usePartners();
  const { active } = useTogether();
  const when = formatBackupDate(backup.createdAt);
  const alone = forTwo && !active;
  return (
    <div role="alertdialog" aria-labelledby="restore-question" aria-describedby="restore-detail" className="confirm">
      {alone ? (
        <AloneInTwo when={when} partner={partnerName ?? 'Your partner'} couplesOn={couplesOn} />
      ) : (
        <>
          <p id="restore-question">
            {forTwo ? `You are both here: restore the whole workbook as it was on ${when}?` : `Replace your workbook with the backup from ${when}?`}
          </p>
          <p id="restore-detail">
            {forTwo ? 'Both of your private entries, every shared entry and both of your settings go back to how they were then. ' : 'Anything written since then is not in the backup. '}
            {KEPT_FIRST}
          </p>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button-danger" disabled={busy} onClick={onRestore}>
          {alone ? 'Restore my side only' : 'Restore this backup'}
        </button>
        <button type="button" className="button-secondary" autoFocus onClick={onCancel}>Keep things as they are</button>
      </div>
    </div>
  );
}
