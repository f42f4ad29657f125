// A child process for tests/unit/faults/kill-during-upgrade.test.ts: unlocks the
// workbook in a data folder with a passphrase, which upgrades that partner's
// slot to format 3 and signs their shared records in one transaction
// (vault/identity-upgrade.ts), then prints `ack upgraded` and exits.
//
// It marks the transaction's steps on stdout (spies on DatabaseSync in this
// process only, no change to the services), so the parent can aim a kill inside
// it and tell afterwards where the kill landed:
//   `begin-upgrade`  just before BEGIN (the only transaction of an unlock that upgrades)
//   `begin-header`   just before the header is written
//   `begin-commit`   just before COMMIT
//   `committed`      once COMMIT has returned
// With MEND_FAULT_PAUSE_MS=n it waits n ms (synchronously, as a slow disk would)
// after each of the first three marks, so a kill at a random moment after
// `begin-upgrade` lands before the header write, between it and the rows, or
// after the commit, instead of almost always after it (the transaction itself
// takes about a millisecond on the fixture).
//
//   node tests/faults/upgrade-worker.ts <data folder> <passphrase>
import { writeSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { Vault } from '../../main/services/vault/vault.ts';

const [dir, passphrase] = process.argv.slice(2) as [string, string];
const line = (text: string) => void writeSync(1, `${text}\n`);
const pauseMs = Number(process.env.MEND_FAULT_PAUSE_MS ?? '0');
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const mark = (text: string) => {
  line(text);
  if (pauseMs > 0) Atomics.wait(sleeper, 0, 0, pauseMs);
};

const prepare = DatabaseSync.prototype.prepare;
DatabaseSync.prototype.prepare = function (this: DatabaseSync, sql: string, ...rest: unknown[]) {
  if (/^UPDATE header/.test(sql)) mark('begin-header');
  return (prepare as (sql: string, ...rest: unknown[]) => ReturnType<typeof prepare>).call(this, sql, ...rest);
} as typeof prepare;
const exec = DatabaseSync.prototype.exec;
DatabaseSync.prototype.exec = function (this: DatabaseSync, sql: string) {
  if (sql === 'BEGIN IMMEDIATE') mark('begin-upgrade');
  if (sql === 'COMMIT') mark('begin-commit');
  exec.call(this, sql);
  if (sql === 'COMMIT') line('committed');
} as typeof exec;

const vault = new Vault(dir);
try {
  await vault.unlock(passphrase);
  line('ack upgraded');
  vault.lock();
} catch (err) {
  line(`unlock-error ${(err as Error).message}`);
}
