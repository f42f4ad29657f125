// A tiny hash router: the UI is one document, so navigating never leaves the
// app origin (main denies every real navigation).
import { useEffect, useState } from 'react';
import { parsePacketRoute, parseSummaryRoute, parseWorksheetRoute, PRINT_STANDBY_ROUTE } from '../../../shared/routes.ts';

export type Route =
  | { name: 'home' }
  | { name: 'role' }
  | { name: 'settings' }
  | { name: 'exercise'; exerciseId: string; entryId: string | null }
  | { name: 'print-worksheet'; exerciseId: string; entryId: string | null }
  | { name: 'print-summary'; jobId: string }
  | { name: 'print-packet'; exerciseIds: string[] }
  | { name: 'print-standby' }
  | { name: 'export' }
  | { name: 'progress' }
  | { name: 'safety' }
  | { name: 'own-behaviour' }
  | { name: 'about' }
  | { name: 'search' }
  | { name: 'timeline' }
  | { name: 'worksheets' };

/** Routes drawn inside the app's frame (everything but the bare print views). */
export type PrintRoute = Extract<Route, { name: 'print-worksheet' | 'print-summary' | 'print-packet' | 'print-standby' }>;
export type ScreenRoute = Exclude<Route, PrintRoute>;

export function parseRoute(hash: string): Route {
  const print = parseWorksheetRoute(hash);
  if (print) return { name: 'print-worksheet', ...print };
  const summaryJob = parseSummaryRoute(hash);
  if (summaryJob) return { name: 'print-summary', jobId: summaryJob };
  const packet = parsePacketRoute(hash);
  if (packet) return { name: 'print-packet', exerciseIds: packet };
  if (hash === PRINT_STANDBY_ROUTE) return { name: 'print-standby' };
  if (hash === '#/export') return { name: 'export' };
  if (hash === '#/progress') return { name: 'progress' };
  if (hash === '#/safety') return { name: 'safety' };
  if (hash === '#/safety/own-behaviour') return { name: 'own-behaviour' };
  if (hash === '#/about') return { name: 'about' };
  if (hash === '#/search') return { name: 'search' };
  if (hash === '#/timeline') return { name: 'timeline' };
  if (hash === '#/worksheets') return { name: 'worksheets' };
  if (hash === '#/role') return { name: 'role' };
  if (hash === '#/settings') return { name: 'settings' };
  const exercise = /^#\/exercise\/([^/]+)(?:\/entry\/([^/]+))?$/.exec(hash);
  if (exercise?.[1]) return { name: 'exercise', exerciseId: decodeURIComponent(exercise[1]), entryId: exercise[2] ? decodeURIComponent(exercise[2]) : null };
  return { name: 'home' };
}

export const hrefFor = {
  home: () => '#/',
  role: () => '#/role',
  settings: () => '#/settings',
  export: () => '#/export',
  progress: () => '#/progress',
  safety: () => '#/safety',
  ownBehaviour: () => '#/safety/own-behaviour',
  about: () => '#/about',
  search: () => '#/search',
  timeline: () => '#/timeline',
  worksheets: () => '#/worksheets',
  exercise: (exerciseId: string, entryId?: string) =>
    `#/exercise/${encodeURIComponent(exerciseId)}${entryId ? `/entry/${encodeURIComponent(entryId)}` : ''}`,
};

export function navigate(href: string): void {
  window.location.hash = href;
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
