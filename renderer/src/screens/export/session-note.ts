// The note for the next session starts from the partner's own preparation for it
// ("Preparing for a session", one exercise for each role): the "for the note"
// answer of the newest such entry they wrote, unless they marked it private. It
// is only a starting text; the note stays theirs to edit or clear.
import { useEffect, useState } from 'react';
import { SUMMARY_NOTE_MAX } from '../../../../shared/summary/summary-options.ts';
import type { Entry } from '../../../../shared/domain/entry.ts';
import { newestFirst } from '../../../../shared/domain/entry-order.ts';
import { call, mend } from '../../api.ts';
import { wroteIt } from '../../partners/entry-access.ts';

export const SESSION_PREP_EXERCISES = ['session-prep-rebuilding', 'session-prep-hurt'] as const;
const NOTE_FIELD = 'forTheNote';

/** What the newest own, not-private preparation says for the note, or '' when there is none. */
export function sessionNoteFrom(entries: readonly Entry[], me: string | null): string {
  const newest = [...entries].sort(newestFirst).find((e) => wroteIt(e, me) && !e.keepPrivate && typeof e.answers[NOTE_FIELD] === 'string');
  const text = newest ? String(newest.answers[NOTE_FIELD]).trim() : '';
  return text.slice(0, SUMMARY_NOTE_MAX);
}

/** The starting text, once the preparations are read (null until then). */
export function useSessionNote(me: string | null): string | null {
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all(SESSION_PREP_EXERCISES.map((exerciseId) => call(mend().entries.list({ exerciseId, limit: 5 }))))
      .then((pages) => live && setNote(sessionNoteFrom(pages.flatMap((p) => p.entries), me)))
      .catch(() => live && setNote(''));
    return () => {
      live = false;
    };
  }, [me]);
  return note;
}
