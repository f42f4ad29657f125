// A rotation's re-seal of a file (the live workbook's rows, or a whole backup's
// copy) on a helper thread (reseal-worker.ts), so that main's event loop stays
// free for the window: on main, each slice's sealing, commit and checkpoint
// held it 10 ms quiet and hundreds of milliseconds at a high load (the
// fsyncs). Main relays the progress, and between the helper's slices runs the
// caller's checkpoint: when that throws (the workbook was locked), the helper
// is told to stop and the error is rethrown once it has ended, so no write of
// its own outlives the operation. If no thread can start, or it fails, main
// does the work itself, a slice at a time as before (what the helper sealed is
// not sealed twice).
import { MessageChannel, Worker } from 'node:worker_threads';
import type { DatabaseSync } from 'node:sqlite';
import type { StoredHeader } from './header.ts';
import { resealRecords } from './reseal-in-slices.ts';
import type { KeyMove, ResealOptions } from './reseal-in-slices.ts';
import type { ResealMessage, ResealTask } from './reseal-worker.ts';

/** The helper's script in the sources; the app passes its built file (electron.config.ts, main/index.ts). */
export const SOURCE_RESEAL_WORKER = new URL('./reseal-worker.ts', import.meta.url);

/** What the helper seals again: a file's rows, or (with `liveHeader`) a backup's copy as a whole (backups/reseal-backups.ts). */
export interface ResealJob {
  path: string;
  vaultId: string;
  moves: readonly KeyMove[];
  liveHeader?: StoredHeader;
}

type HelperOptions = Pick<ResealOptions, 'checkpoint' | 'onProgress'> & { helper?: URL | null };

/** Runs `job` on `helper` where it can, else `onMain`; answers what the work answers (the damaged rows' ids, or whether a copy checked out). */
export async function resealOffThread<T extends string[] | boolean>(job: ResealJob, options: HelperOptions, onMain: () => Promise<T>): Promise<T> {
  const answer = options.helper ? await inHelper(options.helper, job, options) : null;
  if (answer) {
    options.onProgress?.({ done: answer.total, total: answer.total });
    return answer.result as T;
  }
  return onMain();
}

/** Seals every row under a retiring key again (reseal-in-slices.ts), on `helper` where it can. Answers the damaged rows' ids. */
export function resealRecordsOffThread(db: DatabaseSync, job: Omit<ResealJob, 'liveHeader'>, options: HelperOptions): Promise<string[]> {
  if (job.moves.length === 0) return Promise.resolve([]);
  const { helper: _helper, ...onMain } = options;
  return resealOffThread(job, options, () => resealRecords(db, job.vaultId, job.moves, onMain));
}

/** The helper's answer, or null when it could not start or failed (main then does the work). */
function inHelper(url: URL, job: ResealJob, options: HelperOptions): Promise<{ result: string[] | boolean; total: number } | null> {
  const { port1: stop, port2: stopHere } = new MessageChannel();
  const task: ResealTask = { ...job, moves: [...job.moves], stop: stopHere };
  let worker: Worker;
  try {
    worker = new Worker(url, { workerData: task, transferList: [stopHere] });
  } catch {
    stop.close();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    let total = 0;
    let stopping: unknown = null;
    const end = (answer: { result: string[] | boolean; total: number } | null) => {
      worker.removeAllListeners();
      stop.close();
      void worker.terminate();
      if (stopping) reject(stopping as Error);
      else resolve(answer);
    };
    worker.on('message', (message: ResealMessage) => {
      if (!('total' in message)) return end('finished' in message ? { result: message.finished, total } : null);
      total = message.total;
      options.onProgress?.(message);
      if (stopping) return;
      try {
        options.checkpoint?.();
      } catch (err) {
        stopping = err;
        stop.postMessage('stop');
      }
    });
    // It could not run (no node:sqlite there, no memory): main goes on from where it got.
    worker.on('error', () => end(null));
    worker.on('exit', () => end(null));
  });
}
