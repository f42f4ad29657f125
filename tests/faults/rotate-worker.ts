// A child process for tests/unit/faults/kill-during-rotation.test.ts: unlocks
// the workbook in a data folder with the old passphrase, changes it to the new
// one (a key rotation, vault/key-rotation.ts) and, while the rows are sealed
// again a slice at a time, keeps saving entries, printing `ack <id> <text>` once
// each save has returned (acknowledged). It marks where the rotation is:
//   `begin-rotation`  just before changePassphrase is called
//   `progress d/t`    each report of the re-seal (the first comes once the new slot is committed)
//   `rotated`         once changePassphrase has resolved
// The parent kills it with SIGKILL at a random moment and then checks the folder.
//
//   node tests/faults/rotate-worker.ts <data folder> <old passphrase> <new passphrase>
import { writeSync } from 'node:fs';
import { Vault } from '../../main/services/vault/vault.ts';

const [dir, oldPass, newPass] = process.argv.slice(2) as [string, string, string];
const line = (text: string) => void writeSync(1, `${text}\n`);

const vault = new Vault(dir, { onOpenProgress: (p) => line(`progress ${p.done}/${p.total}`) });
try {
  await vault.unlock(oldPass);
} catch (err) {
  line(`unlock-error ${(err as Error).message}`);
  process.exit(1);
}
line('unlocked');
let n = 0;
const save = () => {
  const text = `saved during the rotation ${n++}`;
  const entry = vault.journal().save({ exerciseId: 'owning-it', day: '2026-11-12', answers: { whatIDid: text }, ...(n % 2 ? { visibility: 'shared' as const } : {}) });
  line(`ack ${entry.id} ${text}`);
};
line('begin-rotation');
const saving = setInterval(save, 1);
await vault.changePassphrase(oldPass, newPass);
line('rotated');
for (let i = 0; i < 5; i++) save();
clearInterval(saving);
vault.lock();
process.exit(0);
