// Runs in a worker thread (parallel-loader.ts starts it): decrypts one part of
// a workbook's records, by rowid, through a read-only connection of its own,
// with the same reader and decoder as main, and posts the entries back a batch
// (about 8 ms of work) at a time, so taking each batch in costs main little.
// Anything that goes wrong is answered `failed`, and main reads the part itself.
// It decodes with the unlocked partner's space keys, exactly as main does.
import { parentPort, workerData } from 'node:worker_threads';
import { openConnection } from '../vault/database.ts';
import { recordDecoder } from './record-codec.ts';
import type { RecordKeys } from './record-keys.ts';
import { decodeSlice, emptyLoad, SLICE_MS } from './record-loader.ts';
import type { LoadedRecords } from './record-loader.ts';
import { readRecords } from './record-reader.ts';
import type { RowRange } from './record-reader.ts';

export interface WorkerTask {
  path: string;
  keys: RecordKeys;
  vaultId: string;
  range: RowRange;
}

/** What the worker posts: a batch (with how many records it read), then `finished` or `failed`. */
export type WorkerMessage = { batch: LoadedRecords; read: number } | { finished: true } | { failed: true };

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

function run({ path, keys, vaultId, range }: WorkerTask): void {
  const db = openConnection(path, { readOnly: true });
  try {
    const decode = recordDecoder(keys, vaultId);
    // A table SQLite cannot read through is left to main, which reads it row by row.
    const records = readRecords(db, { rowByRow: false, range });
    for (;;) {
      const batch: LoadedRecords = emptyLoad();
      const { read, finished } = decodeSlice(records, decode, batch, performance.now() + SLICE_MS);
      post({ batch, read });
      if (finished) break;
    }
  } finally {
    db.close();
  }
}

try {
  run(workerData as WorkerTask);
  post({ finished: true });
} catch {
  post({ failed: true });
}
