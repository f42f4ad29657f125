// The bare print views drawn in main's hidden print window, and its standby.
// Main keeps one print window loaded between jobs (main/services/print/
// warm-print-pages.ts) and shows each job's route in it (print:show), then
// the standby again, so a print does not wait for a fresh window and the app
// to load. Every route is drawn afresh (keyed by the route), so nothing drawn
// or fetched for one job is still there for the next.
import { Suspense, useEffect } from 'react';
import { isPrintRoute } from '../../../shared/routes.ts';
import { mend } from '../api.ts';
import { navigate } from '../app/use-hash-route.ts';
import type { PrintRoute } from '../app/use-hash-route.ts';
import { PacketPrint, SummaryPrint, WorksheetPrint } from '../app/lazy-screens.ts';
import { PrintStandby } from './PrintStandby.tsx';

export function PrintViews({ route }: { route: PrintRoute }) {
  useEffect(
    () =>
      mend().on('print:show', ({ route: next }) => {
        // Main checked it against the contract; a print window still shows nothing but a print view.
        if (isPrintRoute(next)) navigate(next);
      }),
    [],
  );
  return (
    <Suspense fallback={null} key={JSON.stringify(route)}>
      {route.name === 'print-worksheet' && <WorksheetPrint exerciseId={route.exerciseId} entryId={route.entryId} />}
      {route.name === 'print-summary' && <SummaryPrint jobId={route.jobId} />}
      {route.name === 'print-packet' && <PacketPrint exerciseIds={route.exerciseIds} />}
      {route.name === 'print-standby' && <PrintStandby />}
    </Suspense>
  );
}
