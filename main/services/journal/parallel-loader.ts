// Decrypting 100,000 records is about two seconds of one core's work, and an
// unlock should take no more than 1.5 s after the key is derived. So a large
// workbook is read by two threads at once: a worker thread (record-worker.ts)
// takes the newer half of the table by rowid while main decrypts the older
// half a slice at a time (record-loader.ts), taking the worker's batches in as
// they come. The worker is only a helper: if it cannot start or fails (a
// damaged page, say), main reads its half too, row by row where need be, so
// the result and its damage report are the same either way.
import { Worker } from 'node:worker_threads';
import type { DatabaseSync } from 'node:sqlite';
import type { RecordKeys } from './record-keys.ts';
import { emptyLoad, loadRecords } from './record-loader.ts';
import type { LoadedRecords, LoadOptions } from './record-loader.ts';
import type { RowRange } from './record-reader.ts';
import type { WorkerMessage, WorkerTask } from './record-worker.ts';

export interface LoadHelper {
  /** The worker's script: record-worker.ts in the sources, its built file in the app. */
  workerUrl: URL;
  /** The workbook file, which the worker opens read-only. */
  path: string;
  keys: RecordKeys;
  vaultId: string;
}

/** Below this, starting a thread costs more than it saves. */
export const PARALLEL_FROM_RECORDS = 4000;

interface Extent {
  n: number;
  lo: number;
  hi: number;
}

function extentOf(db: DatabaseSync): Extent | null {
  try {
    return db.prepare('SELECT count(*) AS n, min(rowid) AS lo, max(rowid) AS hi FROM records').get() as unknown as Extent;
  } catch {
    return null;
  }
}

/** Decrypts `range` in a worker; resolves with its records, or null when it failed. */
function inWorker(helper: LoadHelper, range: RowRange, onBatch: (read: number) => void): { result: Promise<LoadedRecords | null>; stop: () => void } {
  const task: WorkerTask = { path: helper.path, keys: helper.keys, vaultId: helper.vaultId, range };
  let worker: Worker;
  try {
    worker = new Worker(helper.workerUrl, { workerData: task });
  } catch {
    return { result: Promise.resolve(null), stop: () => undefined };
  }
  const loaded = emptyLoad();
  const result = new Promise<LoadedRecords | null>((resolve) => {
    worker.on('message', (message: WorkerMessage) => {
      if ('batch' in message) {
        for (const key of ['entries', 'fillers', 'foreign', 'damaged', 'verified'] as const) {
          for (const item of message.batch[key] ?? []) (loaded[key] as unknown[]).push(item);
        }
        onBatch(message.read);
      } else {
        resolve('finished' in message ? loaded : null);
      }
    });
    worker.on('error', () => resolve(null));
    worker.on('exit', () => resolve(null));
  });
  return { result, stop: () => void worker.terminate() };
}

export async function loadRecordsInParallel(db: DatabaseSync, options: LoadOptions, helper: LoadHelper): Promise<LoadedRecords> {
  const extent = extentOf(db);
  if (!extent || extent.n < PARALLEL_FROM_RECORDS) return loadRecords(db, options);
  const mid = extent.lo + Math.floor((extent.hi - extent.lo) / 2);
  const mine: RowRange = { from: extent.lo, to: mid };
  const theirs: RowRange = { from: mid + 1, to: extent.hi };

  let mainDone = 0;
  let workerDone = 0;
  const report = () => options.onProgress?.({ done: mainDone + workerDone, total: Math.max(extent.n, mainDone + workerDone) });
  const worker = inWorker(helper, theirs, (read) => {
    workerDone += read;
    report();
  });
  try {
    const first = await loadRecords(db, {
      ...options,
      range: mine,
      onProgress: ({ done }) => {
        mainDone = done;
        report();
      },
    });
    // The worker's half: usually well on its way. Batches still arriving are taken in between turns.
    let second = await worker.result;
    options.checkpoint?.();
    if (!second) {
      workerDone = 0;
      second = await loadRecords(db, {
        ...options,
        range: theirs,
        onProgress: ({ done }) => {
          workerDone = done;
          report();
        },
      });
    }
    return {
      entries: [...first.entries, ...second.entries],
      fillers: [...first.fillers, ...second.fillers],
      foreign: [...first.foreign, ...second.foreign],
      damaged: [...first.damaged, ...second.damaged],
      verified: [...first.verified, ...second.verified],
    };
  } finally {
    worker.stop();
  }
}
