// What every kill worker under tests/faults/ prints and how it marks its steps:
// a complete line on stdout per mark (written synchronously, so a line the
// parent reads was printed before the kill), and with MEND_FAULT_PAUSE_MS=n a
// synchronous wait of n ms after a mark, as a slow disk would, so a kill at a
// random moment after a mark lands between the steps instead of almost always
// after the last (each takes about a millisecond on a small workbook).
// `watchSql` spies on DatabaseSync in the worker's process only (no change to
// the services) to mark the SQL the services run.
import { writeSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

export const line = (text: string) => void writeSync(1, `${text}\n`);

const pauseMs = Number(process.env.MEND_FAULT_PAUSE_MS ?? '0');
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Prints `text`, then waits MEND_FAULT_PAUSE_MS. */
export function mark(text: string): void {
  line(text);
  if (pauseMs > 0) Atomics.wait(sleeper, 0, 0, pauseMs);
}

export interface SqlWatch {
  /** Before `db.exec(sql)`. */
  beforeExec?: (sql: string) => void;
  /** After `db.exec(sql)` has returned. */
  afterExec?: (sql: string) => void;
  /** Before `db.prepare(sql)`. */
  beforePrepare?: (sql: string) => void;
}

export function watchSql({ beforeExec, afterExec, beforePrepare }: SqlWatch): void {
  const prepare = DatabaseSync.prototype.prepare;
  DatabaseSync.prototype.prepare = function (this: DatabaseSync, sql: string, ...rest: unknown[]) {
    beforePrepare?.(sql);
    return (prepare as (sql: string, ...rest: unknown[]) => ReturnType<typeof prepare>).call(this, sql, ...rest);
  } as typeof prepare;
  const exec = DatabaseSync.prototype.exec;
  DatabaseSync.prototype.exec = function (this: DatabaseSync, sql: string) {
    beforeExec?.(sql);
    exec.call(this, sql);
    afterExec?.(sql);
  } as typeof exec;
}
