// Autosave for an entry being written: saves a short moment after the last
// keystroke, one save at a time (so a new entry is created once), and flushes
// when the page is hidden or closed, when the editor unmounts, and before the
// app locks. Nothing typed is lost and no button is needed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { Answers } from '../../../shared/exercises/answer-schema.ts';
import { call, mend, messageOf } from '../api.ts';

export type SaveState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  | { status: 'error'; message: string };

const SAVE_DELAY_MS = 400;
const mountedEditors = new Set<() => Promise<void>>();

/** Saves every editor's unsaved text now (used before locking). */
export async function flushAllDrafts(): Promise<void> {
  await Promise.all([...mountedEditors].map((flush) => flush()));
}

interface AutosaveOptions {
  exerciseId: string;
  day: string;
  entryId: string | null;
  onSaved?: (entry: Entry) => void;
  /**
   * Last touches to the answers just before they are sent, after any earlier
   * save has answered (e.g. names and confirmations only main may fill are put
   * back as main last saved them).
   */
  prepare?: (answers: Answers) => Answers;
}

export function useAutosave({ exerciseId, day, entryId, onSaved, prepare }: AutosaveOptions) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const idRef = useRef(entryId);
  const unsaved = useRef<Answers | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const prepareRef = useRef(prepare);
  prepareRef.current = prepare;

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const answers = unsaved.current;
    if (!answers) return queue.current;
    unsaved.current = null;
    queue.current = queue.current.then(async () => {
      setState({ status: 'saving' });
      try {
        const id = idRef.current;
        const sent = prepareRef.current ? prepareRef.current(answers) : answers;
        const entry = await call(mend().entries.save({ ...(id ? { id } : {}), exerciseId, day, answers: sent }));
        idRef.current = entry.id;
        setState({ status: 'saved', at: entry.updatedAt });
        onSavedRef.current?.(entry);
      } catch (err) {
        // Keep the text for the next attempt unless newer text has arrived meanwhile.
        unsaved.current ??= answers;
        setState({ status: 'error', message: messageOf(err) });
      }
    });
    return queue.current;
  }, [exerciseId, day]);

  const schedule = useCallback(
    (answers: Answers) => {
      unsaved.current = answers;
      setState({ status: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    mountedEditors.add(flush);
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    return () => {
      mountedEditors.delete(flush);
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      void flush();
    };
  }, [flush]);

  return { state, schedule, flush };
}
