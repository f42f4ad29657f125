// Reads a copy of a workbook (a backup, or a file brought from another
// computer) without changing it: read-only, and every record the partner's keys
// open is decrypted to prove the copy is whole before anything relies on it, a
// slice at a time as at unlock, so checking a backup of a large workbook does not
// hold main's event loop. In a workbook for two the other partner's private rows
// cannot be opened; they are kept apart, and a backup compares them byte for byte
// with the workbook.
import { existsSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import { recordDecoder } from '../journal/record-codec.ts';
import { recordKeysOf } from '../journal/record-keys.ts';
import { loadRecords } from '../journal/record-loader.ts';
import type { LoadedEntry } from '../journal/record-loader.ts';
import { assertWorkbookSchema, openConnection, replaceHeader, storedHeaderOf } from './database.ts';
import { parseHeader, slotOfKeys } from './header.ts';
import type { HeaderBody, StoredHeader } from './header.ts';
import { copyKeys } from './member-keys.ts';
import type { MemberKeys } from './member-keys.ts';
import type { UnlockedWorkbook } from './unlocked-workbook.ts';
import type { Verifiers } from '../journal/record-proof.ts';
import { checkIdentities } from './identity-check.ts';
import { copyStructureIsSound } from './structure-check.ts';

export interface CopyInspection {
  vaultId: string;
  /** The partners the copy's header has a slot for. */
  memberIds: string[];
  keys: MemberKeys;
  entryIds: string[];
  damagedIds: string[];
  /** Rows none of the partner's keys open in a workbook for two: the other partner's private space. */
  otherRows: Map<string, Buffer>;
}

/** Rows exactly as stored (nonce and ciphertext), to compare the other partner's rows with the workbook's. */
export function rawRowsOf(db: DatabaseSync, ids: readonly string[]): Map<string, Buffer> {
  const one = db.prepare('SELECT nonce, ciphertext FROM records WHERE id = ?');
  const rows = new Map<string, Buffer>();
  for (const id of ids) {
    const row = one.get(id) as { nonce: Uint8Array; ciphertext: Uint8Array } | undefined;
    if (row) rows.set(id, Buffer.concat([row.nonce, row.ciphertext]));
  }
  return rows;
}

/** A copy of the unlocked partner's keys, to check a backup with: only if the copy is this workbook's and has their slot. */
export function keysForCopyOf(open: UnlockedWorkbook, body: HeaderBody): MemberKeys {
  if (body.vaultId !== open.header.vaultId || !slotOfKeys(body, open.keys)) {
    throw new MendError('damaged-file', 'This backup belongs to another workbook.');
  }
  return copyKeys(open.keys);
}

const notAWorkbook = () => new MendError('damaged-file', 'This file is not a Mend workbook, or it is damaged.');

/**
 * `getKeys` returns the keys for the copy's header: the open workbook's own (for
 * its backups) or ones unwrapped with a typed passphrase (for a file from elsewhere).
 */
export async function inspectWorkbookCopy(
  path: string,
  getKeys: (body: HeaderBody) => Promise<MemberKeys> | MemberKeys,
  /** Whose signatures to believe: a backup is checked as the live workbook sees them (its header is the one kept on restore); a file from elsewhere, as its own header says. */
  verifiersOf: (body: HeaderBody, keys: MemberKeys) => Verifiers = (body, keys) => checkIdentities(body, keys).verifiers,
): Promise<CopyInspection> {
  if (!existsSync(path)) throw new MendError('not-found', 'That backup file is no longer there.');
  // Damage in pages a full read of the tables never visits (an index) would surface only later, when the
  // restored copy is backed up or compacted: the structure is checked too, on a thread of its own (it reads
  // every page in one statement).
  if (!(await copyStructureIsSound(path))) throw notAWorkbook();
  let db: DatabaseSync | undefined;
  let header: StoredHeader | undefined;
  try {
    db = openConnection(path, { readOnly: true });
    // A copy with a planted trigger or view would bring it into the workbook on restore.
    assertWorkbookSchema(db);
    header = storedHeaderOf(db);
  } catch (err) {
    db?.close();
    throw err instanceof MendError ? err : notAWorkbook();
  }
  try {
    const body = parseHeader(header);
    const keys = await getKeys(body);
    const forTwo = body.members.length === 2;
    // A table SQLite cannot read through makes the whole copy unusable: no row-by-row rescue here.
    // Only the ids are kept: the entries themselves are not needed, and kept they would cost memory and time.
    const entryIds: string[] = [];
    const keep = (loaded: LoadedEntry) => void entryIds.push(loaded.entry.id);
    const loaded = await loadRecords(db, { decode: recordDecoder(recordKeysOf(keys, forTwo, verifiersOf(body, keys)), body.vaultId), rowByRow: false, keep }).catch(() => {
      throw notAWorkbook();
    });
    const unopened = loaded.foreign.map((f) => f.id);
    return {
      vaultId: body.vaultId,
      memberIds: body.members.map((m) => m.id),
      keys,
      entryIds,
      damagedIds: [...loaded.damaged.map((d) => d.id), ...(forTwo ? [] : unopened)],
      otherRows: forTwo ? rawRowsOf(db, unopened) : new Map(),
    };
  } finally {
    db.close();
  }
}

/** Puts the live workbook's header into a copy about to replace it, so no old slot or public key comes back with it. */
export function keepLiveHeader(copyPath: string, live: DatabaseSync): void {
  const header = storedHeaderOf(live)!;
  const copy = openConnection(copyPath);
  try {
    replaceHeader(copy, header);
  } finally {
    copy.close();
  }
}
