// A new workbook file: one partner's slot (a fresh private key, shared key and
// identity under their passphrase) and empty tables, built under a temporary
// name and renamed, so a crash never leaves half a workbook.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { newIdentity } from '../crypto/identity.ts';
import { deriveKey, newKdfParams } from '../crypto/kdf.ts';
import { createDatabase } from './database.ts';
import { buildHeader, newMemberId, newVaultId, sealMemberSlot } from './header.ts';
import { newKey } from './member-keys.ts';
import type { MemberKeys } from './member-keys.ts';

/** Writes the workbook file at `path`; answers the partner's keys (theirs to wipe). */
export async function createWorkbookFile(path: string, passphrase: string): Promise<MemberKeys> {
  const vaultId = newVaultId();
  const kdf = newKdfParams();
  // The shared key exists from the start, so a partner can be added later without re-encrypting anything.
  const keys: MemberKeys = { memberId: newMemberId(), privateKey: newKey(), sharedKey: newKey(), identity: newIdentity(), peer: null };
  const passphraseKey = await deriveKey(passphrase, kdf);
  const header = buildHeader(vaultId, [sealMemberSlot(vaultId, kdf, passphraseKey, keys)]);
  passphraseKey.fill(0);
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.creating`;
  rmSync(temp, { force: true });
  createDatabase(temp, header).close();
  renameSync(temp, path);
  return keys;
}
