// A child process for tests/unit/faults/kill-during-upgrade.test.ts: unlocks the
// workbook in a data folder with a passphrase, which upgrades that partner's
// slot to format 3 and signs their shared records (vault/identity-upgrade.ts),
// then prints `ack upgraded` and exits. Just before the upgrade's transaction
// writes the header it prints `begin-header` (a spy on DatabaseSync#prepare in
// this process only, no change to the services), so the parent can aim a kill
// at the write itself.
//
//   node tests/faults/upgrade-worker.ts <data folder> <passphrase>
import { writeSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { Vault } from '../../main/services/vault/vault.ts';

const [dir, passphrase] = process.argv.slice(2) as [string, string];
const line = (text: string) => void writeSync(1, `${text}\n`);

const prepare = DatabaseSync.prototype.prepare;
DatabaseSync.prototype.prepare = function (this: DatabaseSync, sql: string, ...rest: unknown[]) {
  if (/^UPDATE header/.test(sql)) line('begin-header');
  return (prepare as (sql: string, ...rest: unknown[]) => ReturnType<typeof prepare>).call(this, sql, ...rest);
} as typeof prepare;

const vault = new Vault(dir);
try {
  await vault.unlock(passphrase);
  line('ack upgraded');
  vault.lock();
} catch (err) {
  line(`unlock-error ${(err as Error).message}`);
}
