// An entry the unlocked partner may read but not change: the other partner's
// shared entry, or one done together that the other partner saved. Its answers
// as plain text (the same words as the readable export), with a plain note on
// who can change it. No controls: nothing here could be saved.
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { withTrustVisibleTo } from '../../../shared/progress/trust-sharing.ts';
import { EntryAnswers } from './EntryAnswers.tsx';
import { usePartners } from './partners-context.tsx';
import { SignedByNote } from './SignedByNote.tsx';

interface EntryReadOnlyProps {
  exercise: ExerciseDef;
  entry: Entry;
  reason: 'partner' | 'together';
  idPrefix: string;
}

export function EntryReadOnly({ exercise, entry: stored, reason, idPrefix }: EntryReadOnlyProps) {
  const { nameOf, me } = usePartners();
  // The other partner's trust number only if they chose to share it (shared/progress/trust-sharing.ts).
  const entry = withTrustVisibleTo(stored, me);
  const author = nameOf(entry.author);
  return (
    <div className="entry-read">
      <p className="read-note">
        {reason === 'partner' ? `Written by ${author}. Only ${author} can change this entry.` : `Done together and saved by ${author}. Only ${author} can change it, or the two of you together.`}
      </p>
      <SignedByNote entry={entry} changeable={false} />
      <EntryAnswers exercise={exercise} answers={entry.answers} idPrefix={idPrefix} />
    </div>
  );
}
