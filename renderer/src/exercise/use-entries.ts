// Loads an exercise's entries (newest first) and lets a screen refresh them after a save.
import { useCallback, useEffect, useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import { call, mend, messageOf } from '../api.ts';

/** `enabled: false` loads nothing (for a screen that needs the list only in some workbooks). */
export function useEntries(exerciseId?: string, { enabled = true }: { enabled?: boolean } = {}) {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setEntries(await call(mend().entries.list(exerciseId ? { exerciseId } : {})));
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  }, [exerciseId]);
  useEffect(() => {
    if (enabled) void reload();
  }, [reload, enabled]);
  /** Puts a just-saved entry in place without a round trip. */
  const upsert = useCallback((entry: Entry) => {
    setEntries((list) => [entry, ...(list ?? []).filter((e) => e.id !== entry.id)].sort((a, b) => b.day.localeCompare(a.day) || b.updatedAt.localeCompare(a.updatedAt)));
  }, []);
  return { entries, error, reload, upsert };
}
