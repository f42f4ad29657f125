// The app's states: first start (create a workbook), locked, and open. Locking
// saves any draft first, then forgets everything shown by unmounting it.
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import { call, mend, messageOf } from '../api.ts';
import { AppHeader } from '../components/AppHeader.tsx';
import { DamagedNotice } from '../components/DamagedNotice.tsx';
import { flushAllDrafts } from '../exercise/autosave.ts';
import { PartnersProvider } from '../partners/partners-context.tsx';
import { TogetherBanner } from '../partners/TogetherBanner.tsx';
import { TogetherProvider } from '../partners/together-context.tsx';
import { Onboarding } from '../screens/onboarding/Onboarding.tsx';
import { InfoScreen } from '../screens/InfoScreen.tsx';
import { UnlockScreen } from '../screens/UnlockScreen.tsx';
import { hrefFor, navigate, useHashRoute } from './use-hash-route.ts';
import type { ScreenRoute } from './use-hash-route.ts';
import { OpenWorkbook } from './OpenWorkbook.tsx';
import { PacketPrint, SummaryPrint, WorksheetPrint } from './lazy-screens.ts';

type Phase =
  | { name: 'loading' }
  | { name: 'locking' }
  | { name: 'setup' }
  | { name: 'locked' }
  /** opening: counts the times the workbook was opened while shown (a restored backup opens it again). */
  | { name: 'open'; damaged: UnlockReport['damaged']; opening: number }
  | { name: 'error'; message: string };

const isLockShortcut = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'l';

export function App() {
  const route = useHashRoute();
  // Print views are drawn bare, for main's hidden print window.
  if (route.name === 'print-worksheet' || route.name === 'print-summary' || route.name === 'print-packet') {
    return (
      <Suspense fallback={null}>
        {route.name === 'print-worksheet' && <WorksheetPrint exerciseId={route.exerciseId} entryId={route.entryId} />}
        {route.name === 'print-summary' && <SummaryPrint jobId={route.jobId} />}
        {route.name === 'print-packet' && <PacketPrint exerciseIds={route.exerciseIds} />}
      </Suspense>
    );
  }
  return <Workbook route={route} />;
}

function Workbook({ route }: { route: ScreenRoute }) {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });

  useEffect(() => {
    call(mend().app.status({})).then(
      (s) => setPhase(s.unlocked ? { name: 'open', damaged: [], opening: 1 } : s.workbookExists ? { name: 'locked' } : { name: 'setup' }),
      (err) => setPhase({ name: 'error', message: messageOf(err) }),
    );
  }, []);

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
  const opened = useCallback((report: UnlockReport) => setPhase((p) => ({ name: 'open', damaged: report.damaged, opening: (p.name === 'open' ? p.opening : 0) + 1 })), []);

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
  if (route.name === 'safety' || route.name === 'about') return <InfoScreen which={route.name} />;

  switch (phase.name) {
    case 'loading':
      return <main id="main" className="gate" aria-busy="true" />;
    case 'locking':
      return <main id="main" className="gate" aria-label="Locking" />;
    case 'error':
      return <main id="main" className="gate"><p role="alert">{phase.message}</p></main>;
    case 'setup':
      return <Onboarding onOpened={opened} />;
    case 'locked':
      return <UnlockScreen onUnlocked={opened} />;
    case 'open':
      // Who is in the workbook is known before anything of it is drawn (see PartnersProvider), and asked
      // again when a restored backup opens it anew (it may be from before the workbook was for two).
      return (
        <PartnersProvider loading={<main id="main" className="page" aria-busy="true" />} opening={phase.opening}>
          <TogetherProvider opening={phase.opening}>
            <AppHeader onLock={() => void lockNow()} />
            <TogetherBanner />
            <DamagedNotice key={phase.damaged.map((d) => d.id).join()} damaged={phase.damaged} onRestored={opened} />
            <OpenWorkbook route={route} onRestored={opened} />
          </TogetherProvider>
        </PartnersProvider>
      );
  }
}
