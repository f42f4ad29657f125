// Tells main a print view is complete, once React has painted it, so main (or
// the test harness) prints the whole page and not a half-drawn one.
import { useEffect } from 'react';
import { mend } from '../api.ts';

export function useSignalPrintReady(drawn: boolean): void {
  useEffect(() => {
    document.documentElement.classList.add('print-view');
  }, []);
  useEffect(() => {
    if (drawn) requestAnimationFrame(() => void mend().print.ready({}));
  }, [drawn]);
}
