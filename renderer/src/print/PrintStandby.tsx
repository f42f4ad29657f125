// A print window waiting for its next job: it draws nothing, fetches every
// print view's code, and then says ready, which tells main it can take a job.
import { useEffect, useState } from 'react';
import { preloadPrintViews } from '../app/lazy-screens.ts';
import { useSignalPrintReady } from './print-ready.ts';

export function PrintStandby() {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    // A chunk that fails to load is loaded again by the view that needs it: standing by still works.
    const done = () => live && setLoaded(true);
    preloadPrintViews().then(done, done);
    return () => {
      live = false;
    };
  }, []);
  useSignalPrintReady(loaded);
  return null;
}
