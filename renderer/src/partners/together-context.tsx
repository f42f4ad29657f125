// The together session as the screens see it: who has confirmed with their own
// passphrase on this computer, and whether both have (then the check-in and the
// agreement are saved with both names). Main keeps the session; this mirrors
// its answers, so every screen (banner, panel, editors) agrees.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { TogetherStatus } from '../../../shared/contract/channels.ts';
import { call, mend } from '../api.ts';
import { flushAllDrafts } from '../exercise/autosave.ts';
import { usePartners } from './partners-context.tsx';

export interface TogetherView {
  /** null until known, and always in a workbook for one. */
  status: TogetherStatus | null;
  active: boolean;
  /** One partner confirms with their passphrase; answers the new status (or throws ApiError). */
  join: (passphrase: string) => Promise<TogetherStatus>;
  /** Saves what is being typed (under the session), then ends it. */
  end: () => Promise<void>;
}

const NO_SESSION: TogetherView = {
  status: null,
  active: false,
  join: () => Promise.reject(new Error('no workbook for two')),
  end: () => Promise.resolve(),
};

const TogetherContext = createContext<TogetherView>(NO_SESSION);

export const useTogether = (): TogetherView => useContext(TogetherContext);

/** `opening` changes when the workbook is opened again (a restored backup), which ends any session in main. */
export function TogetherProvider({ children, opening = 0 }: { children: ReactNode; opening?: number }) {
  const { forTwo } = usePartners();
  const [status, setStatus] = useState<TogetherStatus | null>(null);
  useEffect(() => {
    if (!forTwo) return setStatus(null);
    // A session outlives screen changes (main keeps it until lock), so ask rather than assume.
    call(mend().together.status({})).then(setStatus, () => setStatus(null));
  }, [forTwo, opening]);
  const join = useCallback(async (passphrase: string) => {
    const next = await call(mend().together.join({ passphrase }));
    setStatus(next);
    return next;
  }, []);
  const end = useCallback(async () => {
    // Whatever is typed is still saved with both names, before the session ends.
    await flushAllDrafts();
    setStatus(await call(mend().together.end({})));
  }, []);
  const view = useMemo(() => (forTwo ? { status, active: Boolean(status?.active), join, end } : NO_SESSION), [forTwo, status, join, end]);
  return <TogetherContext.Provider value={view}>{children}</TogetherContext.Provider>;
}
