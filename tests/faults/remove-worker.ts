// A child process for tests/unit/faults/kill-during-removal.test.ts: unlocks the
// workbook in a data folder and removes an entry already deleted from it from
// every backup in its backups folder (backups/remove-from-backups.ts: each
// backup changed on a copy under a temporary name, then renamed over it), then
// prints `ack removed <n> failed <m>` and exits. It marks the steps (spies in
// this process only, see marks.ts):
//   `unlocked`          the workbook is open; the removal starts now
//   `begin-vacuum`      a copy is changed and about to be rebuilt
//   `begin-rename`      a checked copy is about to take its backup's name
//   `renamed`           that rename has returned
//
//   node tests/faults/remove-worker.ts <data folder> <passphrase> <entry id>
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { BackupStore } from '../../main/services/backups/backup-store.ts';
import { Vault } from '../../main/services/vault/vault.ts';
import { line, mark, watchSql } from './marks.ts';

const [dir, passphrase, id] = process.argv.slice(2) as [string, string, string];
watchSql({
  beforeExec: (sql) => {
    if (sql === 'VACUUM') mark('begin-vacuum');
  },
});
const rename = fs.renameSync;
fs.renameSync = (from, to) => {
  mark('begin-rename');
  rename(from, to);
  mark('renamed');
};
syncBuiltinESMExports();

const vault = new Vault(dir);
const backups = new BackupStore({ vault, dir: join(dir, 'backups'), keep: 7 });
try {
  await vault.unlock(passphrase);
} catch (err) {
  line(`unlock-error ${(err as Error).message}`);
  process.exit(1);
}
line('unlocked');
const { removed, failed } = await backups.removeEntry(id);
line(`ack removed ${removed} failed ${failed}`);
vault.lock();
