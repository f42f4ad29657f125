// The unlocked app: asks for the user's role the first time, then shows the
// screen the route names.
import { Suspense, useEffect, useRef, useState } from 'react';
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import type { Role } from '../../../shared/domain/profile.ts';
import { call, mend } from '../api.ts';
import { ExerciseScreen } from '../screens/ExerciseScreen.tsx';
import { HomeScreen } from '../screens/HomeScreen.tsx';
import { RoleScreen } from '../screens/RoleScreen.tsx';
import { ExportScreen, ProgressScreen, SearchScreen, SettingsScreen, TimelineScreen, WorksheetsScreen } from './lazy-screens.ts';
import { hrefFor, navigate } from './use-hash-route.ts';
import type { ScreenRoute } from './use-hash-route.ts';

const Loading = () => <main id="main" className="page" aria-busy="true" />;

export function OpenWorkbook({ route, onRestored }: { route: ScreenRoute; onRestored: (report: UnlockReport) => void }) {
  const [role, setRole] = useState<Role | null | undefined>(undefined);
  useEffect(() => {
    call(mend().profile.get({})).then((p) => setRole(p.role), () => setRole(null));
  }, []);
  useFocusOnRouteChange(route);
  if (role === undefined) return <Loading />;
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
  const screen = (() => {
    switch (route.name) {
      case 'settings':
        return <SettingsScreen onRestored={onRestored} />;
      case 'export':
        return <ExportScreen />;
      case 'progress':
        return <ProgressScreen />;
      case 'search':
        return <SearchScreen />;
      case 'timeline':
        return <TimelineScreen />;
      case 'worksheets':
        return <WorksheetsScreen role={role} />;
      case 'exercise':
        return <ExerciseScreen key={`${route.exerciseId}/${route.entryId ?? ''}`} exerciseId={route.exerciseId} entryId={route.entryId} role={role} />;
      default:
        return <HomeScreen role={role} />;
    }
  })();
  return <Suspense fallback={<Loading />}>{screen}</Suspense>;
}

/**
 * After moving to another screen, focus goes to that screen's <main>, so a screen
 * reader announces it and Tab starts there; unless something in it (a search
 * field, say) already took focus. Not on the first screen after unlocking.
 */
function useFocusOnRouteChange(route: ScreenRoute): void {
  const key = JSON.stringify(route);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const main = document.getElementById('main');
      if (!main || main.contains(document.activeElement)) return;
      main.setAttribute('tabindex', '-1');
      main.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [key]);
}
