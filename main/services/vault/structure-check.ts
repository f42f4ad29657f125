// SQLite's quick_check of a copy (a backup, an export, a file brought from
// elsewhere), on a thread of its own: it reads every page of the file in one
// statement, which held main's event loop for 0.3 s (quiet) to over a second
// (busy) at 100,000 entries. The helper opens the copy as main would
// (read-only, defensive, trusted_schema off) and answers only "ok" or not. If
// no thread can be started, the check runs here, as before: it is never
// skipped.
import { Worker } from 'node:worker_threads';
import type { DatabaseSync } from 'node:sqlite';
import { openConnection } from './database.ts';

/** The helper's whole program: plain CommonJS, so it needs no file of its own in the packaged app. */
const HELPER = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
let ok = false;
try {
  const db = new DatabaseSync(workerData.path, { readOnly: true, defensive: true });
  try {
    db.exec('PRAGMA trusted_schema = OFF;');
    const rows = db.prepare('PRAGMA quick_check').all();
    ok = rows.length === 1 && rows[0].quick_check === 'ok';
  } finally {
    db.close();
  }
} catch {
  ok = false;
}
parentPort.postMessage({ ok });
`;

/** The check itself, on a connection already open (the fallback, and what the helper runs). */
export function structureIsSound(db: DatabaseSync): boolean {
  const rows = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
  return rows.length === 1 && rows[0]?.quick_check === 'ok';
}

/** True if SQLite finds the file's structure sound (PRAGMA quick_check says "ok"), checked off main's thread. */
export async function copyStructureIsSound(path: string, startHelper: (code: string, path: string) => Worker = evalWorker): Promise<boolean> {
  let helper: Worker;
  try {
    helper = startHelper(HELPER, path);
  } catch {
    return checkHere(path);
  }
  const answer = await new Promise<boolean | null>((resolve) => {
    helper.once('message', (m: { ok?: unknown }) => resolve(m.ok === true));
    // The thread could not run (no node:sqlite there, no memory): the check is made here instead.
    helper.once('error', () => resolve(null));
    helper.once('exit', () => resolve(null));
  });
  void helper.terminate();
  return answer ?? checkHere(path);
}

function evalWorker(code: string, path: string): Worker {
  return new Worker(code, { eval: true, workerData: { path } });
}

function checkHere(path: string): boolean {
  let db: DatabaseSync | undefined;
  try {
    db = openConnection(path, { readOnly: true });
    return structureIsSound(db);
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
