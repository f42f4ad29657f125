// Shown after unlock when something is wrong with the records, by kind: entries
// that could not be read (skipped), entries missing from the file, entries that
// hold an older version than the last one saved, rows nobody wrote (not shown),
// dates edited outside Mend, and shared entries whose signatures do not match.
// Each is named as well as the workbook's list of entries (its manifest) allows.
// Nothing was deleted or overwritten; the newest backup that still holds one is
// offered, and nothing is restored without the user's say: "Keep it as it is"
// closes the notice and changes nothing (it comes back at the next unlock, as
// long as the file stays as it is).
import { useState } from 'react';
import type { BackupInfo, UnlockReport } from '../../../shared/contract/channels.ts';
import { formatDay } from '../../../shared/domain/dates.ts';
import { findExercise } from '../../../shared/exercises/catalog.ts';
import { call, mend, messageOf } from '../api.ts';
import { formatBackupDate } from '../screens/settings/backup-format.ts';

type Damaged = UnlockReport['damaged'][number];
type Group = { key: string; records: Damaged[]; one: string; many: (n: number) => string; after: (w: Words) => string };
/** The pronouns of a group of one or of several. */
type Words = { it: string; is: string; was: string; they: string };
const wordsFor = (n: number): Words => (n === 1 ? { it: 'it', is: 'is', was: 'was', they: 'it' } : { it: 'them', is: 'are', was: 'were', they: 'they' });

const nameOf = (d: Damaged) => {
  const exercise = d.exerciseId ? findExercise(d.exerciseId)?.title : undefined;
  const day = d.day ? formatDay(d.day) : 'a private entry, whose day is kept hidden';
  return exercise ? `${exercise}, ${day}` : day;
};

function groupsOf(damaged: readonly Damaged[]): Group[] {
  const of = (test: (d: Damaged) => boolean) => damaged.filter(test);
  const groups: Group[] = [
    { key: 'missing', records: of((d) => d.kind === 'missing'), one: 'One entry is missing from the file', many: (n) => `${n} entries are missing from the file`, after: (w) => `Mend’s list of your entries has ${w.it}, but no row of the file holds ${w.it}: ${w.they} ${w.was} removed outside Mend, or lost to damage.` },
    { key: 'older', records: of((d) => d.kind === 'older'), one: 'One entry shows an older version', many: (n) => `${n} entries show an older version`, after: () => 'The file holds an earlier version than the one last saved. What it holds is shown; a backup may have the newer one.' },
    { key: 'unknown', records: of((d) => d.kind === 'unknown'), one: 'One row of the file was not written by you in this workbook', many: (n) => `${n} rows of the file were not written by you in this workbook`, after: (w) => `Mend’s list of your entries does not have ${w.it} (an entry deleted earlier and put back, or a row from elsewhere), so ${w.they} ${w.is} not shown.` },
    { key: 'altered', records: of((d) => d.kind === 'altered'), one: 'The date stored beside one entry was changed outside Mend', many: (n) => `The dates stored beside ${n} entries were changed outside Mend`, after: () => 'The entries themselves are intact and shown with their own dates.' },
    { key: 'unreadable', records: of((d) => !d.kind && !d.tampered), one: 'One entry could not be read', many: (n) => `${n} entries could not be read`, after: (w) => `${w.they === 'it' ? 'It' : 'They'} ${w.was} skipped; everything else is open as usual.` },
    { key: 'tampered', records: of((d) => !d.kind && d.tampered === true), one: 'One shared entry does not carry the signature of the partner named on it', many: (n) => `${n} shared entries do not carry the signature of the partner named on them`, after: (w) => `${w.they === 'it' ? 'It was' : 'They were'} changed outside Mend, so ${w.they} ${w.is} not shown as anyone’s words.` },
  ];
  return groups.filter((g) => g.records.length > 0);
}

const LIST_WORDS = {
  missing: 'Mend’s list of your entries is missing from the file, so Mend cannot tell whether any entry is missing too. A backup made before may hold them.',
  damaged: 'Mend’s list of your entries does not hold together (part of it was removed, damaged or put back from an older copy), so Mend cannot tell for certain whether any entry is missing. A backup made before may hold them.',
} as const;

export function DamagedNotice({ damaged, recordList, onRestored }: { damaged: UnlockReport['damaged']; recordList?: UnlockReport['recordList']; onRestored: (report: UnlockReport) => void }) {
  const [found, setFound] = useState<BackupInfo | null | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  const [kept, setKept] = useState(false);
  if (kept || (damaged.length === 0 && !recordList)) return null;
  const groups = groupsOf(damaged);
  // Rows nobody wrote are not looked for: nothing of the user's is lost there.
  const lookedFor = damaged.filter((d) => d.kind !== 'unknown' && d.kind !== 'altered');

  const look = async () => {
    try {
      for (const record of lookedFor) {
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
    <section className="notice notice--warning" role="alert" aria-labelledby="damaged-notice-title">
      <h2 id="damaged-notice-title" className="notice__title">Something in this workbook’s file is not as Mend left it</h2>
      {recordList && <p>{LIST_WORDS[recordList]}</p>}
      {groups.map((g) => (
        <div key={g.key}>
          <p>
            <strong>{g.records.length === 1 ? g.one : g.many(g.records.length)}</strong>. {g.after(wordsFor(g.records.length))}
          </p>
          <ul className="notice__list">
            {g.records.map((d) => (
              <li key={d.id}>{nameOf(d)}</li>
            ))}
          </ul>
        </div>
      ))}
      <p>Nothing has been deleted or overwritten.</p>
      {lookedFor.length > 0 && found === undefined && (
        <button type="button" className="button-secondary" onClick={() => void look()}>
          Look for {lookedFor.length === 1 ? 'it' : 'them'} in a backup
        </button>
      )}
      {found === null && <p>No backup holds a readable copy of {lookedFor.length === 1 ? 'it' : 'them'}.</p>}
      {found && (
        <p>
          The backup from {formatBackupDate(found.createdAt)} holds {lookedFor.length === 1 ? 'it' : 'one of them'}.{' '}
          <button type="button" className="button-secondary" onClick={() => void restore(found)}>Restore that backup</button>{' '}
          <span className="muted">(a backup of how things are now is kept first)</span>
        </p>
      )}
      <p>
        <button type="button" className="button-secondary" onClick={() => setKept(true)}>Keep it as it is</button>{' '}
        <span className="muted">(nothing is changed; Mend says this again at the next unlock)</span>
      </p>
      {message && <p className="field__error">{message}</p>}
    </section>
  );
}
