// Opening a workbook file brought from a backup folder or another computer:
// verified with its own passphrase (every record must read back), then put in
// place. An open workbook is backed up first, so nothing is lost. A copy of the
// open workbook made before a passphrase change is sealed under today's keys
// first (vault/key-rotation.ts): its entries stay readable, and no retired key
// comes back into use.
import { copyFile, rm } from 'node:fs/promises';
import { MendError } from '../../../shared/contract/result.ts';
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import { openAnySlot } from '../vault/open-slot.ts';
import type { Vault } from '../vault/vault.ts';
import { inspectWorkbookCopy } from '../vault/workbook-copy.ts';
import { assertKeepsBothPartners } from './backup-store.ts';
import type { BackupStore } from './backup-store.ts';

export async function importWorkbook(file: string, passphrase: string, vault: Vault, backups: BackupStore): Promise<UnlockReport> {
  if (vault.exists() && !vault.isUnlocked) {
    throw new MendError('locked', 'Unlock your workbook first, so it can be backed up before the file replaces it.');
  }
  const copy = await inspectWorkbookCopy(file, (body) => openAnySlot(body, passphrase));
  if (copy.damagedIds.length > 0) {
    throw new MendError('damaged-file', `${copy.damagedIds.length} entries in that file cannot be read, so it was not opened. Nothing has changed.`);
  }
  if (!vault.isUnlocked) return vault.replaceWithCopy(file, copy.keys, copy.vaultId);
  assertKeepsBothPartners(vault, copy);
  await backups.create({ beforeRestore: true });
  // A copy of this workbook from before a passphrase change: sealed again under today's keys, in a copy of its own.
  const temp = `${vault.path}.importing`;
  try {
    await copyFile(file, temp);
    await vault.sealCopyUnderLiveKeys(temp, copy.keys, copy.vaultId);
    return await vault.replaceWithCopy(temp, copy.keys, copy.vaultId);
  } finally {
    for (const side of ['', '-journal', '-wal', '-shm']) await rm(`${temp}${side}`, { force: true });
  }
}
