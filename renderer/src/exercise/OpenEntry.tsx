// One entry open on screen: the editor when the unlocked partner may change it
// (with the writer's own choices under it, and, when paired with a partner on
// another computer, whether a copy goes there), or the read-only view when it is
// the other partner's. Every view that opens an entry goes through here, so
// the rule is applied once.
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { ToPartnerComputer } from '../exchange/ToPartnerComputer.tsx';
import { entryAccess, wroteIt } from '../partners/entry-access.ts';
import { EntryReadOnly } from '../partners/EntryReadOnly.tsx';
import { usePartners } from '../partners/partners-context.tsx';
import { useTogether } from '../partners/together-context.tsx';
import { EntryForm } from './EntryForm.tsx';
import { EntryOwnerControls } from './EntryOwnerControls.tsx';

interface OpenEntryProps {
  exercise: ExerciseDef;
  /** The entry as last known (null for one not saved yet). */
  entry: Entry | null;
  day: string;
  /** Keeps the editor (and what is being typed) across saves. */
  formKey: string;
  idPrefix: string;
  onSaved?: (entry: Entry) => void;
  /** Show who-can-read and the counselor choice: everywhere (an entry's own page) or only in a workbook for two. */
  ownerControls: 'always' | 'for-two';
}

export function OpenEntry({ exercise, entry, day, formKey, idPrefix, onSaved, ownerControls }: OpenEntryProps) {
  const { me, forTwo, partnerName } = usePartners();
  const { active } = useTogether();
  const access = entryAccess(entry, exercise, me, active);
  if (access.kind === 'read' && entry) return <EntryReadOnly exercise={exercise} entry={entry} reason={access.reason} idPrefix={idPrefix} />;
  const showOwnerControls = entry && wroteIt(entry, me) && (forTwo || ownerControls === 'always');
  return (
    <>
      <EntryForm key={formKey} exercise={exercise} entry={entry} day={day} idPrefix={idPrefix} onSaved={onSaved} />
      {showOwnerControls && <EntryOwnerControls entry={entry} idPrefix={idPrefix} onChange={onSaved} />}
      {entry && wroteIt(entry, me) && <ToPartnerComputer exercise={exercise} entry={entry} idPrefix={idPrefix} />}
      {!entry && forTwo && (
        <p className="muted new-entry-note">
          {exercise.together && active ? 'Done together, this entry is shared by both of you.' : `A new entry is for you alone. Once something is saved, you can choose to share it with ${partnerName}.`}
        </p>
      )}
    </>
  );
}
