// The app's states: first start (create a workbook), locked, and open. Locking
// saves any draft first, then forgets everything shown by unmounting it.
import { useCallback, useEffect, useState } from 'react';
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import { call, mend, messageOf } from '../api.ts';
import { AppHeader } from '../components/AppHeader.tsx';
import { DamagedNotice } from '../components/DamagedNotice.tsx';
import { flushAllDrafts } from '../exercise/autosave.ts';
import { WorksheetPrint } from '../print/WorksheetPrint.tsx';
import { PacketPrint } from '../print/PacketPrint.tsx';
import { SummaryPrint } from '../print/SummaryPrint.tsx';
import { ExportScreen } from '../screens/export/ExportScreen.tsx';
import { ProgressScreen } from '../screens/progress/ProgressScreen.tsx';
import { SearchScreen } from '../screens/SearchScreen.tsx';
import { TimelineScreen } from '../screens/TimelineScreen.tsx';
import { WorksheetsScreen } from '../screens/WorksheetsScreen.tsx';
import { ExerciseScreen } from '../screens/ExerciseScreen.tsx';
import { HomeScreen } from '../screens/HomeScreen.tsx';
import { RoleScreen } from '../screens/RoleScreen.tsx';
import { SettingsScreen } from '../screens/settings/SettingsScreen.tsx';
import type { Audience } from '../../../shared/exercises/types.ts';
import { SetupScreen } from '../screens/SetupScreen.tsx';
import { UnlockScreen } from '../screens/UnlockScreen.tsx';
import { hrefFor, navigate, useHashRoute } from './use-hash-route.ts';
import type { Route } from './use-hash-route.ts';

type ScreenRoute = Exclude<Route, { name: 'print-worksheet' | 'print-summary' | 'print-packet' }>;

type Phase =
  | { name: 'loading' }
  | { name: 'locking' }
  | { name: 'setup' }
  | { name: 'locked' }
  | { name: 'open'; damaged: UnlockReport['damaged'] }
  | { name: 'error'; message: string };

const isLockShortcut = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'l';

export function App() {
  const route = useHashRoute();
  // Print views are drawn bare, for main's hidden print window.
  if (route.name === 'print-worksheet') return <WorksheetPrint exerciseId={route.exerciseId} entryId={route.entryId} />;
  if (route.name === 'print-summary') return <SummaryPrint jobId={route.jobId} />;
  if (route.name === 'print-packet') return <PacketPrint exerciseIds={route.exerciseIds} />;
  return <Workbook route={route} />;
}

function Workbook({ route }: { route: ScreenRoute }) {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' });

  useEffect(() => {
    call(mend().app.status({})).then(
      (s) => setPhase(s.unlocked ? { name: 'open', damaged: [] } : s.workbookExists ? { name: 'locked' } : { name: 'setup' }),
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
  const opened = useCallback((report: UnlockReport) => setPhase({ name: 'open', damaged: report.damaged }), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isLockShortcut(e)) return;
      e.preventDefault();
      void lockNow();
    };
    window.addEventListener('keydown', onKey);
    const stop = mend().on('app:command', ({ command }) => {
      if (command === 'lock') void lockNow();
      else if (command === 'export') navigate(hrefFor.export());
      else window.dispatchEvent(new Event('mend:print'));
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stop();
    };
  }, [lockNow]);

  switch (phase.name) {
    case 'loading':
      return <main id="main" className="gate" aria-busy="true" />;
    case 'locking':
      return <main id="main" className="gate" aria-label="Locking" />;
    case 'error':
      return <main id="main" className="gate"><p role="alert">{phase.message}</p></main>;
    case 'setup':
      return <SetupScreen onOpened={opened} />;
    case 'locked':
      return <UnlockScreen onUnlocked={opened} />;
    case 'open':
      return (
        <>
          <AppHeader onLock={() => void lockNow()} />
          <DamagedNotice key={phase.damaged.map((d) => d.id).join()} damaged={phase.damaged} onRestored={opened} />
          <OpenWorkbook route={route} onRestored={opened} />
        </>
      );
  }
}

/** The unlocked app: asks for the user's role the first time, then routes. */
function OpenWorkbook({ route, onRestored }: { route: ScreenRoute; onRestored: (report: UnlockReport) => void }) {
  const [role, setRole] = useState<Audience | null | undefined>(undefined);
  useEffect(() => {
    call(mend().profile.get({})).then((p) => setRole(p.role), () => setRole(null));
  }, []);
  if (role === undefined) return <main id="main" className="page" aria-busy="true" />;
  if (role === null || route.name === 'role') {
    return (
      <RoleScreen
        current={role}
        onChosen={(chosen) => {
          setRole(chosen);
          if (route.name === 'role') navigate(hrefFor.home());
        }}
      />
    );
  }
  if (route.name === 'settings') return <SettingsScreen onRestored={onRestored} />;
  if (route.name === 'export') return <ExportScreen />;
  if (route.name === 'progress') return <ProgressScreen />;
  if (route.name === 'search') return <SearchScreen />;
  if (route.name === 'timeline') return <TimelineScreen />;
  if (route.name === 'worksheets') return <WorksheetsScreen role={role} />;
  if (route.name === 'exercise') {
    return <ExerciseScreen key={`${route.exerciseId}/${route.entryId ?? ''}`} exerciseId={route.exerciseId} entryId={route.entryId} />;
  }
  return <HomeScreen role={role} />;
}
