// Readying a copy of this workbook (a backup, or an imported file of the same
// workbook) to take its place. The copy gets the live header, so no old slot or
// public key comes back (restore-signatures.ts). In a workbook for two, one
// partner restoring alone brings back only what is theirs:
//
// - their private space (every row their private key opens or their tag marks:
//   entries and fillers alike, so the space is the copy's as a whole);
// - the shared entries they wrote and no one else confirmed;
// - their own sealed settings (values sealed under their private key).
//
// Everything else stays exactly as the live workbook has it, byte for byte: the
// other partner's private rows and settings, their shared entries, every entry
// that carries their confirmation, and the shared settings (names, generation).
// A row counts as the restoring partner's only when it is theirs in both the copy
// and the live workbook (or absent from one of them): a shared entry the other
// partner has confirmed since the backup is not taken back to before it. Rows
// that are not provably theirs (damaged, tampered) stay as they are live.
//
// Restoring the other partner's rows as well needs them present: a together
// session, in which the whole copy is put back as before.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DatabaseSync } from 'node:sqlite';
import { decodeRow } from '../journal/record-codec.ts';
import type { RecordRow } from '../journal/record-codec.ts';
import { recordKeysOf, spaceKeyOf } from '../journal/record-keys.ts';
import type { Verifiers } from '../journal/record-proof.ts';
import { inTransaction, upsertRow } from '../journal/private-slots.ts';
import { isSealedUnder } from '../settings/sealed-settings.ts';
import { openConnection } from './database.ts';
import type { HeaderBody } from './header.ts';
import type { MemberKeys } from './member-keys.ts';
import { adoptLiveHeader } from './restore-signatures.ts';

export interface RestorePlan {
  /** The unlocked partner's keys (a copy: the caller wipes it). */
  keys: MemberKeys;
  header: HeaderBody;
  verifiers: Verifiers;
  /** One partner alone in a workbook for two: only their own rows come back. */
  onlyOwn: boolean;
}

/** What the restoring partner may take back from the copy: `record(row)` and `setting(name, row)` answer whether it is theirs. */
interface Ownership {
  record: (row: RecordRow) => boolean;
  setting: (name: string, row: SettingRow) => boolean;
}

interface SettingRow {
  key: string;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

function ownershipOf({ keys, header, verifiers }: RestorePlan): Ownership {
  const me = keys.memberId;
  const vaultId = header.vaultId;
  const firstMemberId = header.members[0]!.id;
  const privateOnly = { mine: spaceKeyOf(keys.privateKey), shared: null };
  const both = recordKeysOf(keys, true, verifiers);
  return {
    record: (row) => {
      // Opened, or tagged, as the partner's own private space: entries, fillers, and damage under their tag.
      if (decodeRow(privateOnly, vaultId, row).kind !== 'foreign') return true;
      const decoded = decodeRow(both, vaultId, row);
      if (decoded.kind !== 'entry' || decoded.space !== 'shared') return false;
      return (decoded.entry.author ?? firstMemberId) === me && (decoded.entry.signedBy ?? []).every((s) => s.memberId === me);
    },
    setting: (name, row) => isSealedUnder(vaultId, keys.privateKey, name, row),
  };
}

const SLICE_MS = 8;

/** Runs `each` over every row of `rows`, giving the event loop a turn about every 8 ms. */
async function inSlices<T>(rows: Iterable<T>, each: (row: T) => void): Promise<void> {
  let sliceEnd = performance.now() + SLICE_MS;
  for (const row of rows) {
    each(row);
    if (performance.now() > sliceEnd) {
      await nextTurn();
      sliceEnd = performance.now() + SLICE_MS;
    }
  }
}

interface Table<T> {
  all: string;
  one: string;
  idOf: (row: T) => string;
}

const RECORDS: Table<RecordRow> = {
  all: 'SELECT id, sort_key, tag, nonce, ciphertext FROM records',
  one: 'SELECT id, sort_key, tag, nonce, ciphertext FROM records WHERE id = ?',
  idOf: (row) => row.id,
};
const SETTINGS: Table<SettingRow> = {
  all: 'SELECT key, nonce, ciphertext FROM settings',
  one: 'SELECT key, nonce, ciphertext FROM settings WHERE key = ?',
  idOf: (row) => row.key,
};

/**
 * Decides, for every id in the copy or the live workbook, whose version the result holds: the copy's when the row is
 * the partner's own on both sides (or absent from one), the live one otherwise. Answers what to change in the copy.
 */
async function plan<T>(copy: DatabaseSync, live: DatabaseSync, table: Table<T>, isOwn: (row: T) => boolean): Promise<{ drop: string[]; fromLive: string[] }> {
  const { all, one, idOf } = table;
  const liveOne = live.prepare(one);
  const copyOne = copy.prepare(one);
  const drop: string[] = [];
  const fromLive: string[] = [];
  await inSlices(copy.prepare(all).iterate() as Iterable<T>, (row) => {
    const twin = liveOne.get(idOf(row)) as T | undefined;
    if (isOwn(row) && (!twin || isOwn(twin))) return;
    (twin ? fromLive : drop).push(idOf(row));
  });
  await inSlices(live.prepare(all).iterate() as Iterable<T>, (row) => {
    if (!copyOne.get(idOf(row)) && !isOwn(row)) fromLive.push(idOf(row));
  });
  return { drop, fromLive };
}

/** Puts back into the copy, exactly as stored live, every row that is not the restoring partner's own. */
async function keepOthersRows(copy: DatabaseSync, live: DatabaseSync, owns: Ownership): Promise<void> {
  const records = await plan(copy, live, RECORDS, owns.record);
  const settings = await plan(copy, live, SETTINGS, (s) => owns.setting(s.key, s));
  const liveRecord = live.prepare(RECORDS.one);
  const liveSetting = live.prepare(SETTINGS.one);
  const putSetting = copy.prepare(
    'INSERT INTO settings (key, nonce, ciphertext) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET nonce = excluded.nonce, ciphertext = excluded.ciphertext',
  );
  inTransaction(copy, () => {
    const dropRecord = copy.prepare('DELETE FROM records WHERE id = ?');
    const dropSetting = copy.prepare('DELETE FROM settings WHERE key = ?');
    for (const id of records.drop) dropRecord.run(id);
    for (const id of records.fromLive) upsertRow(copy, liveRecord.get(id) as unknown as RecordRow);
    for (const key of settings.drop) dropSetting.run(key);
    for (const key of settings.fromLive) {
      const row = liveSetting.get(key) as unknown as SettingRow;
      putSetting.run(row.key, row.nonce, row.ciphertext);
    }
  });
}

/**
 * Readies `copyPath` (a file about to be renamed over the workbook at `livePath`, which is closed and whole) under
 * `restore`: the live header, the signed forms of records from before a partner's identity, and, when one partner
 * restores alone, every row of the other partner's as it is live.
 */
export async function readyCopy(copyPath: string, livePath: string, restore: RestorePlan): Promise<void> {
  const live = openConnection(livePath, { readOnly: true });
  try {
    adoptLiveHeader(copyPath, { db: live, header: restore.header, keys: restore.keys, verifiers: restore.verifiers });
    if (!restore.onlyOwn) return;
    const copy = openConnection(copyPath);
    try {
      await keepOthersRows(copy, live, ownershipOf(restore));
    } finally {
      copy.close();
    }
  } finally {
    live.close();
  }
}
