// Runs in a worker thread (reseal-off-thread.ts starts it): seals a workbook's
// rows again under a rotation's new keys (reseal-in-slices.ts), through a
// connection of its own to the file (the live workbook, or a backup's copy), so
// that neither the sealing nor the commits' fsyncs and checkpoints hold main's
// event loop. Each slice reads and writes in one transaction, so a save made
// meanwhile on main's connection waits for it (at most a slice) and is never
// overwritten. Between slices it posts how far it has got and looks, without
// waiting, for main's word to stop (the workbook was locked): it then ends at
// once, its last slice committed or not begun. Anything that goes wrong is
// answered `failed`, and main re-seals what is left itself.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { resealBackupCopy } from '../backups/reseal-backups.ts';
import { configure, openConnection } from './database.ts';
import { resealRecords } from './reseal-in-slices.ts';
import type { ResealJob } from './reseal-off-thread.ts';

export type ResealTask = ResealJob & {
  /** Where main says stop. */
  stop: MessagePort;
};

/** What the worker posts: progress, then `finished` (the damaged rows' ids, or whether a backup's copy checked out), `stopped` or `failed`. */
export type ResealMessage = { done: number; total: number } | { finished: string[] | boolean } | { stopped: true } | { failed: true };

const post = (message: ResealMessage) => parentPort!.postMessage(message);

class Stopped extends Error {}

async function run({ path, vaultId, moves, liveHeader, stop }: ResealTask): Promise<void> {
  const db = openConnection(path);
  try {
    // As main's own connection: durable commits, secure_delete (no old ciphertext left in freed space), and a wait
    // of its own for a save on main's connection to commit rather than failing at once.
    configure(db);
    const options = {
      onProgress: (progress: { done: number; total: number }) => post(progress),
      checkpoint: () => {
        if (receiveMessageOnPort(stop)) throw new Stopped();
      },
    };
    post({ finished: liveHeader ? await resealBackupCopy(db, vaultId, liveHeader, moves, options) : await resealRecords(db, vaultId, moves, options) });
  } finally {
    db.close();
  }
}

run(workerData as ResealTask).catch((err: unknown) => post(err instanceof Stopped ? { stopped: true } : { failed: true }));
