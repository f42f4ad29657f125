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
import { Vault } from '../../main/services/vault/vault.ts';
import { line, mark, watchSql } from './marks.ts';

const [dir, passphrase] = process.argv.slice(2) as [string, string];
watchSql({
  beforePrepare: (sql) => {
    if (/^UPDATE header/.test(sql)) mark('begin-header');
  },
  beforeExec: (sql) => {
    if (sql === 'BEGIN IMMEDIATE') mark('begin-upgrade');
    if (sql === 'COMMIT') mark('begin-commit');
  },
  afterExec: (sql) => {
    if (sql === 'COMMIT') line('committed');
  },
});

const vault = new Vault(dir);
try {
  await vault.unlock(passphrase);
  line('ack upgraded');
  vault.lock();
} catch (err) {
  line(`unlock-error ${(err as Error).message}`);
}
