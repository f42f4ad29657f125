// What an unlock makes of a workbook's rows before the journal holds them:
// every record read and decrypted (record-loader.ts, parallel-loader.ts), the
// shared ones this partner verified before taken from their cache
// (verified-records.ts), the rows checked against the manifests of the spaces
// the partner holds (space-manifests.ts), and the unlock report assembled: what
// is damaged, missing, older or nobody's, by kind. Then the entries to show and
// the private space's slots are sorted out, and indexed (entry-index.ts).
// Nothing here writes to the file.
import type { DatabaseSync } from 'node:sqlite';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Entry } from '../../../shared/domain/entry.ts';
import { EntryIndex } from './entry-index.ts';
import { plaintextSize, recordDecoder } from './record-codec.ts';
import type { RecordRow } from './record-codec.ts';
import type { RecordSigner } from './record-proof.ts';
import { SharedSigning } from './shared-signing.ts';
import type { RecordKeys } from './record-keys.ts';
import { PrivateSlots } from './private-slots.ts';
import { loadRecordsInParallel } from './parallel-loader.ts';
import type { LoadHelper } from './parallel-loader.ts';
import { loadRecords } from './record-loader.ts';
import type { LoadedEntry, LoadedRecords, LoadOptions } from './record-loader.ts';
import { readVerified } from './verified-records.ts';
import type { VerifiedPlace } from './verified-records.ts';
import type { Damaged } from './record-reader.ts';
import { SpaceManifests } from './space-manifests.ts';
import type { ManifestOptions } from './space-manifests.ts';

export interface JournalOptions {
  db: DatabaseSync;
  /** The unlocked partner's space keys, made once per unlock. */
  keys: RecordKeys;
  vaultId: string;
  /** The unlocked partner. */
  memberId: string;
  /** The workbook's first partner, who wrote every entry that has no author. */
  firstMemberId: string;
  /** A workbook for two: private rows are hidden among fillers and the other partner's rows are skipped. */
  forTwo: boolean;
  now: () => Date;
  /** The unlocked partner's signing key for shared records (absent before their first unlock in format 3). */
  signer?: RecordSigner | undefined;
  /** What the partner's slot says of the manifests (space-manifests.ts); null or absent: none yet. */
  manifestMarker?: ManifestOptions['marker'];
  /** Take the rows as they are and list them anew in the manifests (after a restore, or at the partner's word). */
  acceptRows?: boolean;
}

export interface JournalLoading {
  onProgress?: LoadOptions['onProgress'];
  /** Called between slices of the load; throws to stop it (see record-loader.ts). */
  checkpoint?: () => void;
  /** A worker thread to decrypt half of a large workbook (parallel-loader.ts). */
  helper?: Pick<LoadHelper, 'workerUrl' | 'path'>;
}

/** What the unlock says of the records (the unlock screen's report). */
export interface UnlockReport {
  /** Every record problem by kind (manifest-check.ts): damaged rows (skipped), and what is missing, older or nobody's. */
  damaged: Damaged[];
  /** The manifest of a space this partner holds is itself missing or damaged (then it is left as it is). */
  recordList?: 'missing' | 'damaged';
}

/** What the journal is opened on. */
export interface OpenedRecords {
  index: EntryIndex;
  report: UnlockReport;
  slots: PrivateSlots;
  signing: SharedSigning;
  manifests: SpaceManifests;
  /** The shared records believed at this opening, by digest: what the cache of verified records keeps next. */
  verifiedAtOpen: readonly string[];
  /** What that cache held at opening: written again only if that changed. */
  verifiedKept: ReadonlySet<string>;
}

/** Where the partner's cache of verified records is kept (verified-records.ts). */
export function verifiedPlaceOf(opts: JournalOptions): VerifiedPlace {
  return { db: opts.db, vaultId: opts.vaultId, memberId: opts.memberId, privateKey: opts.keys.mine.key };
}

/** Reads and decrypts every record, a slice at a time, checks them against the manifests and indexes what is shown. */
export async function openRecords(opts: JournalOptions, loading: JournalLoading = {}): Promise<OpenedRecords> {
  const { onProgress, checkpoint, helper } = loading;
  // In a workbook for two, what this partner verified before is not verified again (verified-records.ts).
  const verified = opts.keys.verifiers ? readVerified(verifiedPlaceOf(opts), opts.keys.verifiers) : undefined;
  const keys = verified ? { ...opts.keys, verified } : opts.keys;
  const options: LoadOptions = { decode: recordDecoder(keys, opts.vaultId), ...(onProgress ? { onProgress } : {}), ...(checkpoint ? { checkpoint } : {}) };
  const loaded = helper
    ? await loadRecordsInParallel(opts.db, options, { ...helper, keys, vaultId: opts.vaultId })
    : await loadRecords(opts.db, options);
  // The rows against the manifests of the spaces this partner holds: what is missing, older, or nobody's.
  const { manifests, findings } = SpaceManifests.open(
    { db: opts.db, vaultId: opts.vaultId, memberId: opts.memberId, forTwo: opts.forTwo, keys: opts.keys, marker: opts.manifestMarker ?? null, ...(opts.acceptRows ? { acceptRows: true } : {}) },
    loaded,
    (ids) => lookUpRows(opts.db, ids, options.decode),
  );
  const { entries, slots } = sortOut(opts, loaded, findings.hidden, new Set(findings.problems.map((p) => p.id)));
  const signing = new SharedSigning(opts.vaultId, opts.signer, opts.keys.verifiers?.legacy ?? []);
  for (const { entry, proof } of loaded.entries) if (proof) signing.keep(entry.id, proof);
  const index = await EntryIndex.of(entries, async () => {
    await nextTurn();
    checkpoint?.();
  });
  const report: UnlockReport = { damaged: findings.problems, ...(findings.list ? { recordList: findings.list } : {}) };
  return { index, report, slots, signing, manifests, verifiedAtOpen: loaded.verified, verifiedKept: verified ?? new Set() };
}

/**
 * What the rows hold for the unlocked partner: entries they may read and their private space. Rows nobody wrote
 * (`hidden`) are not shown; a filler standing where the manifest lists an entry (`named`) is not handed out.
 */
function sortOut(opts: JournalOptions, loaded: LoadedRecords, hidden: ReadonlySet<string>, named: ReadonlySet<string>): { entries: Entry[]; slots: PrivateSlots } {
  const slots = new PrivateSlots();
  const shown = hidden.size > 0 ? loaded.entries.filter(({ entry }) => !hidden.has(entry.id)) : loaded.entries;
  const entries = shown.map(({ entry, space, size }) => {
    if (space === 'mine') slots.apply({ entries: 1, size });
    // The key a row opens with is its visibility, whatever the sealed copy says; entries from before a
    // second partner are the first partner's. (Set in place: these objects are fresh from JSON.parse,
    // and copying 100,000 of them showed in the unlock.)
    entry.visibility = space === 'shared' ? 'shared' : 'private';
    entry.author ??= opts.firstMemberId;
    return entry;
  });
  const fillers = named.size > 0 ? loaded.fillers.filter((f) => !named.has(f.id)) : loaded.fillers;
  slots.apply({ added: fillers.map((f) => f.id) });
  for (const filler of loaded.fillers) slots.apply({ size: filler.size });
  return { entries, slots };
}

/** Entries looked up one by one by id (a scan of a damaged table can miss rows a lookup reaches). */
function lookUpRows(db: DatabaseSync, ids: readonly string[], decode: LoadOptions['decode']): LoadedEntry[] {
  const found: LoadedEntry[] = [];
  for (const id of ids) {
    try {
      const row = db.prepare('SELECT id, sort_key, tag, nonce, ciphertext FROM records WHERE id = ?').get(id) as RecordRow | undefined;
      const decoded = row && decode(row);
      if (decoded?.kind === 'entry') found.push({ entry: decoded.entry, space: decoded.space, size: plaintextSize(row!.ciphertext.length) });
    } catch {
      // Unreadable this way too: it stays missing.
    }
  }
  return found;
}
