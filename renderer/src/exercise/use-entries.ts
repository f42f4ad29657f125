// Loads entries (one exercise's, or all), newest first, and lets a screen put a
// just-saved entry in place. Lists come a page at a time: a workbook can hold
// 100,000 entries, and sending them all at once cost more than making them.
// `all: true` loads every entry at once, of some days only if `days` says so
// (the counselor summary's dates).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry } from '../../../shared/domain/entry.ts';
import { newestFirst } from '../../../shared/domain/entry-order.ts';
import { call, mend, messageOf } from '../api.ts';

export const PAGE_SIZE = 100;

/** The pages not loaded yet of a list, and how to load the next one. */
export interface OlderEntries {
  hasOlder: boolean;
  loadOlder: () => Promise<void>;
  loadingOlder: boolean;
}

/** Adds `more` to `list` in order, each entry once (a newer copy of an entry replaces the older). */
function merged(list: readonly Entry[], more: readonly Entry[]): Entry[] {
  const ids = new Set(more.map((e) => e.id));
  return [...list.filter((e) => !ids.has(e.id)), ...more].sort(newestFirst);
}

interface EntriesOptions {
  /** Every entry at once (of the chosen days, if any), for screens that total them. */
  all?: boolean;
  /** Only the entries of these days. */
  days?: Days;
  /** `false` loads nothing (for a screen that needs the list only in some workbooks). */
  enabled?: boolean;
}

export interface Days {
  from: string;
  to: string;
}

export function useEntries(exerciseId?: string, { all = false, days, enabled = true }: EntriesOptions = {}) {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  /** The days the loaded entries cover, when only some were asked for. */
  const [loadedDays, setLoadedDays] = useState<Days | null>(null);
  const from = days?.from;
  const to = days?.to;
  const [error, setError] = useState<string | null>(null);
  /** Where the next, older page starts; null when everything is loaded. */
  const [cursor, setCursorState] = useState<string | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  // Also kept in a ref, for the callbacks below, which must not change with every page.
  const cursorRef = useRef<string | null>(null);
  const setCursor = useCallback((next: string | null) => {
    cursorRef.current = next;
    setCursorState(next);
  }, []);

  const reload = useCallback(async () => {
    try {
      const range = from && to ? { from, to } : null;
      const page = await call(mend().entries.list({ ...(exerciseId ? { exerciseId } : {}), ...(all ? {} : { limit: PAGE_SIZE }), ...range }));
      setEntries(page.entries);
      setLoadedDays(range);
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  }, [exerciseId, all, from, to, setCursor]);
  useEffect(() => {
    if (enabled) void reload();
  }, [reload, enabled]);

  const loadOlder = useCallback(async () => {
    const after = cursorRef.current;
    if (!after) return;
    setLoadingOlder(true);
    try {
      const page = await call(mend().entries.list({ ...(exerciseId ? { exerciseId } : {}), limit: PAGE_SIZE, cursor: after }));
      setEntries((list) => merged(list ?? [], page.entries));
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setLoadingOlder(false);
    }
  }, [exerciseId, setCursor]);

  /** Puts a just-saved entry in place without a round trip (unless it belongs among the pages not loaded yet). */
  const upsert = useCallback((entry: Entry) => {
    setEntries((list) => {
      const rest = (list ?? []).filter((e) => e.id !== entry.id);
      const oldest = rest.at(-1);
      if (cursorRef.current && oldest && newestFirst(entry, oldest) > 0) return rest;
      return merged(rest, [entry]);
    });
  }, []);

  const older: OlderEntries = { hasOlder: cursor !== null, loadOlder, loadingOlder };
  return { entries, loadedDays, error, reload, upsert, older };
}
