// Runs in a worker thread (parallel-loader.ts starts it): decrypts one part of
// a workbook's records, by rowid, through a read-only connection of its own,
// with the same reader and decoder as main, and posts the entries back a batch
// (about 8 ms of work) at a time, so taking each batch in costs main little.
// Anything that goes wrong is answered `failed`, and main reads the part itself.
// A decoder with another choice of key per row is made here the same way.
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import type { KeyObject } from 'node:crypto';
import { recordDecoder } from './record-codec.ts';
import { decodeSlice, SLICE_MS } from './record-loader.ts';
import type { LoadedRecords } from './record-loader.ts';
import { readRecords } from './record-reader.ts';
import type { RowRange } from './record-reader.ts';

export interface WorkerTask {
  path: string;
  key: KeyObject;
  vaultId: string;
  range: RowRange;
}

/** What the worker posts: a batch (with how many records it read), then `finished` or `failed`. */
export type WorkerMessage = { batch: LoadedRecords; read: number } | { finished: true } | { failed: true };

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

function run({ path, key, vaultId, range }: WorkerTask): void {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const decode = recordDecoder(key, vaultId);
    // A table SQLite cannot read through is left to main, which reads it row by row.
    const records = readRecords(db, { rowByRow: false, range });
    for (;;) {
      const batch: LoadedRecords = { entries: [], damaged: [] };
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
