// The app's states: first start (create a workbook), locked, and open. Locking
// saves any draft first, then forgets everything shown by unmounting it.
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { AppStatus, UnlockReport } from '../../../shared/contract/channels.ts';
import { mend } from '../api.ts';
import { flushAllDrafts } from '../exercise/autosave.ts';
// Context only (who is in the workbook, a together session): small, and needed around the lazy screens.
import { PartnersProvider } from '../partners/partners-context.tsx';
import { TogetherProvider } from '../partners/together-context.tsx';
import { UnlockScreen } from '../screens/UnlockScreen.tsx';
import { hrefFor, navigate, useHashRoute } from './use-hash-route.ts';
import { PrintViews } from '../print/PrintViews.tsx';
import type { ScreenRoute } from './use-hash-route.ts';
import { AppHeader, DamagedNotice, InfoScreen, OlderCopyNotice, Onboarding, OpenWorkbook, preloadWorkbook, TogetherBanner } from './lazy-screens.ts';

type Phase =
  | { name: 'locking' }
  | { name: 'setup' }
  | { name: 'locked' }
  /** opening: counts the times the workbook was opened while shown (a restored backup opens it again). */
  | { name: 'open'; damaged: UnlockReport['damaged']; recordList?: UnlockReport['recordList']; older: boolean; opening: number }
  | { name: 'error'; message: string };

const isLockShortcut = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'l';

/** What main said at start (asked before the first render, see main.tsx), or why it could not be asked. */
export type StartStatus = { status: AppStatus } | { error: string };

const phaseAtStart = (start: StartStatus): Phase =>
  'error' in start ? { name: 'error', message: start.error } : start.status.unlocked ? { name: 'open', damaged: [], older: false, opening: 1 } : start.status.workbookExists ? { name: 'locked' } : { name: 'setup' };

const Busy = () => <main id="main" className="gate" aria-busy="true" />;

export function App({ start }: { start: StartStatus }) {
  const route = useHashRoute();
  // Print views are drawn bare, for main's hidden print window.
  if (route.name === 'print-worksheet' || route.name === 'print-summary' || route.name === 'print-packet' || route.name === 'print-standby') {
    return <PrintViews route={route} />;
  }
  return <Workbook route={route} start={start} />;
}

function Workbook({ route, start }: { route: ScreenRoute; start: StartStatus }) {
  const [phase, setPhase] = useState<Phase>(() => phaseAtStart(start));

  // While the lock screen waits for the passphrase, fetch the workbook's screens.
  useEffect(() => {
    if (phase.name !== 'locked') return;
    const idle = requestIdleCallback(preloadWorkbook, { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [phase.name]);

  const lockNow = useCallback(async () => {
    // Start saving what is typed before anything unmounts, then blank the window at once.
    const saving = flushAllDrafts();
    setPhase((p) => (p.name === 'open' ? { name: 'locking' } : p));
    try {
      await saving;
    } finally {
      await mend().vault.lock({});
      setPhase((p) => (p.name === 'open' || p.name === 'locking' ? { name: 'locked' } : p));
    }
  }, []);
  const opened = useCallback((report: UnlockReport) => setPhase((p) => ({ name: 'open', damaged: report.damaged, ...(report.recordList ? { recordList: report.recordList } : {}), older: report.olderThanLastOpened === true, opening: (p.name === 'open' ? p.opening : 0) + 1 })), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isLockShortcut(e)) return;
      e.preventDefault();
      void lockNow();
    };
    window.addEventListener('keydown', onKey);
    const stop = mend().on('app:command', ({ command }) => {
      switch (command) {
        case 'lock':
          return void lockNow();
        case 'export':
          return navigate(hrefFor.export());
        case 'preferences':
          return navigate(hrefFor.settings());
        case 'safety':
          return navigate(hrefFor.safety());
        case 'about':
          return navigate(hrefFor.about());
        case 'new-entry':
          // An exercise screen starts a new entry itself; elsewhere, home lists them all.
          if (window.location.hash.startsWith('#/exercise/')) window.dispatchEvent(new Event('mend:new-entry'));
          else navigate(hrefFor.home());
          return;
        case 'print':
          return void window.dispatchEvent(new Event('mend:print'));
      }
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stop();
    };
  }, [lockNow]);

  // Nothing private on these, so they open whether or not the workbook is.
  if (route.name === 'safety' || route.name === 'about' || route.name === 'own-behaviour') {
    return (
      <Suspense fallback={<Busy />}>
        <InfoScreen which={route.name} />
      </Suspense>
    );
  }

  switch (phase.name) {
    case 'locking':
      return <main id="main" className="gate" aria-label="Locking" />;
    case 'error':
      return <main id="main" className="gate"><p role="alert">{phase.message}</p></main>;
    case 'setup':
      return (
        <Suspense fallback={<Busy />}>
          <Onboarding onOpened={opened} />
        </Suspense>
      );
    case 'locked':
      return <UnlockScreen onUnlocked={opened} />;
    case 'open':
      // Who is in the workbook is known before anything of it is drawn (see PartnersProvider), and asked
      // again when a restored backup opens it anew (it may be from before the workbook was for two).
      return (
        <PartnersProvider loading={<main id="main" className="page" aria-busy="true" />} opening={phase.opening}>
          <TogetherProvider opening={phase.opening}>
            <Suspense fallback={<Busy />}>
              <AppHeader onLock={() => void lockNow()} />
              <TogetherBanner />
              {phase.older && <OlderCopyNotice key={phase.opening} onRestored={opened} />}
              <DamagedNotice key={`${phase.opening} ${phase.damaged.map((d) => d.id).join()}`} damaged={phase.damaged} {...(phase.recordList ? { recordList: phase.recordList } : {})} onRestored={opened} />
              <OpenWorkbook route={route} onRestored={opened} />
            </Suspense>
          </TogetherProvider>
        </PartnersProvider>
      );
  }
}
