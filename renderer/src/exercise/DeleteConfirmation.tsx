// The question before an entry is deleted, with where its copies remain: how
// many of the backups in Mend's folder still hold it and until when they would
// be replaced, any backup kept from before a restore (kept until the user
// removes it), and that encrypted copies saved elsewhere are not reached. It
// offers to remove the entry from the backups too (main/services/backups/
// remove-from-backups.ts); left unticked, the backups keep it until they rotate away.
import { useEffect, useState } from 'react';
import type { EntryCopies } from '../../../shared/contract/channels.ts';
import { call, mend } from '../api.ts';

const dayOf = (iso: string) => new Date(iso).toLocaleDateString([], { weekday: 'long', day: 'numeric', month: 'long' });
const backupsWord = (n: number) => (n === 1 ? 'one backup' : `${n} backups`);

/** Plain sentences of where copies remain. */
export function copiesSentence(copies: EntryCopies): string {
  const { rotating, rotatingGoneBy, keptFromRestore } = copies;
  const parts: string[] = [];
  if (rotating === 0 && keptFromRestore === 0) parts.push('No backup in Mend’s folder holds this entry.');
  if (rotating > 0 && rotatingGoneBy) {
    parts.push(
      `${rotating === 1 ? 'One of the backups' : `${rotating} of the backups`} in Mend’s folder still ${rotating === 1 ? 'holds' : 'hold'} it. ` +
        `Newer backups replace ${rotating === 1 ? 'it' : 'them'}, one a day when Mend is opened: ${rotating === 1 ? 'it' : 'the last'} would be gone by ${dayOf(rotatingGoneBy)} at the soonest, later if Mend is not opened every day.`,
    );
  }
  if (keptFromRestore > 0) parts.push(`${keptFromRestore === 1 ? 'A backup' : `${backupsWord(keptFromRestore)}`} kept from before a restore also ${keptFromRestore === 1 ? 'holds' : 'hold'} it, until you remove ${keptFromRestore === 1 ? 'that backup' : 'them'} in Settings.`);
  parts.push('Encrypted copies saved outside Mend’s folder are not reached.');
  return parts.join(' ');
}

export function DeleteConfirmation({ entryId, onDelete, onKeep }: { entryId: string; onDelete: (alsoFromBackups: boolean) => void; onKeep: () => void }) {
  const [copies, setCopies] = useState<EntryCopies | null>(null);
  const [alsoFromBackups, setAlsoFromBackups] = useState(false);
  useEffect(() => {
    call(mend().backups.entryCopies({ id: entryId })).then(setCopies, () => setCopies(null));
  }, [entryId]);
  const held = copies !== null && copies.rotating + copies.keptFromRestore > 0;
  return (
    <div role="alertdialog" aria-labelledby="delete-question" aria-describedby="delete-copies" className="confirm">
      <p id="delete-question">Delete this entry for good? It cannot be brought back.</p>
      <p id="delete-copies" className="muted">{copies ? copiesSentence(copies) : 'Looking at the backups…'}</p>
      {held && (
        <label className="checkbox">
          <input type="checkbox" checked={alsoFromBackups} onChange={(e) => setAlsoFromBackups(e.target.checked)} />
          <span>Also remove it from the backups</span>
        </label>
      )}
      <button type="button" className="button-danger" onClick={() => onDelete(held && alsoFromBackups)}>Delete entry</button>
      <button type="button" className="button-secondary" autoFocus onClick={onKeep}>Keep it</button>
    </div>
  );
}
