// How far an opening has got (records decrypted, of all), passed on at most
// every 100 ms and always when done: the unlock screen shows it, and a
// 100,000-record workbook is read in hundreds of slices, each of which reports.
import type { LoadProgress } from '../journal/record-loader.ts';

export const PROGRESS_INTERVAL_MS = 100;

export function throttledProgress(send: (progress: LoadProgress) => void, intervalMs = PROGRESS_INTERVAL_MS, now = () => performance.now()): (progress: LoadProgress) => void {
  let last = -Infinity;
  return (progress) => {
    const finished = progress.done >= progress.total;
    const at = now();
    if (!finished && at - last < intervalMs) return;
    // Once finished, the next opening's first report goes out at once.
    last = finished ? -Infinity : at;
    send({ done: progress.done, total: progress.total });
  };
}
