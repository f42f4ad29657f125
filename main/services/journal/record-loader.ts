// Decrypts every record of a workbook a slice at a time (about 8 ms of work),
// giving the event loop back between slices: in Electron, main's loop is what
// answers every other request and moves the window, and decrypting 100,000
// records takes seconds. Used at unlock and to check copies (backups, exports).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DatabaseSync } from 'node:sqlite';
import type { Entry } from '../../../shared/domain/entry.ts';
import { daySortKey, HIDDEN_DAY, plaintextSize, sortKeyDay } from './record-codec.ts';
import type { RecordDecoder, SpaceName } from './record-codec.ts';
import type { Proof } from './record-proof.ts';
import { countRecords, readRecords } from './record-reader.ts';
import type { Damaged, ReadRecord, RowRange } from './record-reader.ts';

export interface LoadProgress {
  done: number;
  total: number;
}

export interface LoadOptions {
  /** One row to what it holds for us (record-codec.ts's recordDecoder). */
  decode: RecordDecoder;
  /** After each slice: how many records are read so far, of how many. */
  onProgress?: (progress: LoadProgress) => void;
  /** Called between slices; throws to stop the load (e.g. the workbook was locked meanwhile). */
  checkpoint?: () => void;
  /** How long one slice may run before the loop gets a turn. */
  sliceMs?: number;
  /** Read damaged tables row by row, reporting what cannot be read (true), or fail on them (false). */
  rowByRow?: boolean;
  /** Only these records (by rowid); all of them by default. */
  range?: RowRange;
  /**
   * Handed each entry instead of keeping it (the result's `entries` then stay empty): checking a
   * copy needs the ids only, and keeping 100,000 entries alive made every young-generation
   * garbage collection copy them, holding the loop 50-80 ms at a time.
   */
  keep?: (loaded: LoadedEntry) => void;
}

/** An entry we may read, with the space it opened in and its plaintext size (what fillers copy). */
export interface LoadedEntry {
  entry: Entry;
  space: SpaceName;
  size: number;
  /** Kept when a rewrite needs it (record-codec.ts). */
  proof?: Proof;
  /** The row's sort key in the clear is neither hidden nor the entry's own day: someone edited it (manifest-check.ts). */
  altered?: true;
}

export interface LoadedRecords {
  entries: LoadedEntry[];
  /** Filler rows of our private space (journal/private-slots.ts). */
  fillers: { id: string; size: number }[];
  /** Rows none of our keys opens: the other partner's in a workbook for two, damage otherwise. */
  foreign: Damaged[];
  /** Records that could not be read or did not decrypt, in the order they were met. */
  damaged: Damaged[];
  /** Digests of the shared records believed, when a cache of verified records was at hand (verified-records.ts). */
  verified: string[];
}

export const emptyLoad = (): LoadedRecords => ({ entries: [], fillers: [], foreign: [], damaged: [], verified: [] });

/** Where a slice puts what it decodes: LoadedRecords, or (checking a copy) somewhere that keeps less. */
export type RecordSink = Omit<LoadedRecords, 'entries'> & { entries: { push(loaded: LoadedEntry): unknown } };

export const SLICE_MS = 8;
/** Rows between looks at the clock: reading the clock on every row would cost more than it saves. */
const ROWS_PER_CLOCK_CHECK = 16;

/**
 * Reads and decodes records into `into` until `sliceEnd` (a performance.now() time) or
 * the end; answers how many it read and whether they ran out. One slice of the loader
 * here, and one batch of the helper thread (record-worker.ts).
 */
export function decodeSlice(records: Iterator<ReadRecord>, decode: RecordDecoder, into: RecordSink, sliceEnd: number): { read: number; finished: boolean } {
  let read = 0;
  do {
    for (let i = 0; i < ROWS_PER_CLOCK_CHECK; i++) {
      const next = records.next();
      if (next.done) return { read, finished: true };
      read += 1;
      const { row, unreadable } = next.value;
      if (unreadable) {
        into.damaged.push(unreadable);
        continue;
      }
      const decoded = decode(row);
      switch (decoded.kind) {
        case 'entry':
          into.entries.push({
            entry: decoded.entry,
            space: decoded.space,
            size: plaintextSize(row.ciphertext.length),
            ...(decoded.proof ? { proof: decoded.proof } : {}),
            ...(row.sort_key !== HIDDEN_DAY && row.sort_key !== daySortKey(decoded.entry.day) ? { altered: true as const } : {}),
          });
          if (decoded.digest) into.verified.push(decoded.digest);
          break;
        case 'filler':
          into.fillers.push({ id: row.id, size: plaintextSize(row.ciphertext.length) });
          break;
        case 'tampered':
          into.damaged.push({ id: row.id, day: sortKeyDay(row.sort_key), tampered: true });
          break;
        case 'foreign':
          into.foreign.push({ id: row.id, day: sortKeyDay(row.sort_key) });
          break;
        default:
          into.damaged.push({ id: row.id, day: sortKeyDay(row.sort_key) });
      }
    }
  } while (performance.now() < sliceEnd);
  return { read, finished: false };
}

export async function loadRecords(db: DatabaseSync, { decode, onProgress, checkpoint, sliceMs = SLICE_MS, rowByRow = true, range, keep }: LoadOptions): Promise<LoadedRecords> {
  // A part of the table is counted by whoever split it (counting a rowid range reads the table's pages).
  const total = range ? 0 : countRecords(db);
  const loaded = emptyLoad();
  const sink: RecordSink = keep ? { ...loaded, entries: { push: keep } } : loaded;
  const records = readRecords(db, { rowByRow, ...(range ? { range } : {}) });
  let done = 0;
  try {
    for (;;) {
      const { read, finished } = decodeSlice(records, decode, sink, performance.now() + sliceMs);
      done += read;
      onProgress?.({ done, total: Math.max(total, done) });
      if (finished) break;
      await nextTurn();
      checkpoint?.();
    }
  } finally {
    // Stopped early: let SQLite end the read now rather than when the statement is collected.
    records.return(undefined);
  }
  return loaded;
}
