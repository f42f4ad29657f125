// What home and an exercise's screen show about the entries (counts, what is
// due today, tallies, where the user left off), computed in main from all of
// them (entries:overview); the entries themselves stay there.
import { useCallback, useEffect, useState } from 'react';
import type { EntriesOverview } from '../../../shared/contract/channels.ts';
import { call, mend, messageOf } from '../api.ts';

/** `today` is the screen's calendar day; `exerciseId` limits the overview to one exercise. */
export function useOverview(today: string, exerciseId?: string) {
  const [overview, setOverview] = useState<EntriesOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setOverview(await call(mend().entries.overview({ today, ...(exerciseId ? { exerciseId } : {}) })));
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  }, [today, exerciseId]);
  useEffect(() => void reload(), [reload]);
  return { overview, error, reload };
}
