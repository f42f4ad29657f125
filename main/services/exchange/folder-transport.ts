// The shared folder: each side writes only new files of its own, in its own
// sub-folder, never editing one, and reads the partner's sub-folder. Since no
// file is written by both, the sync tool never has a conflict to make.
//
//   <folder>/<32 hex: this pairing and author>/<32 random hex>.envelope
//
// A reader takes only names of exactly that form, so what a sync tool writes
// while it works (`.syncthing.*.tmp`, `~$…`, `.dropbox…`, `*.partial`, a
// "conflicted copy") is never read; a file cut short is refused as truncated and
// tried again when it changes. Arrival order, duplicates and the clocks of the
// two computers do not matter: versions decide (receive.ts). A file the tool
// deletes or renames changes nothing already taken in, and this side writes its
// own envelopes again if they went missing (delivery at least once).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, watch } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { FSWatcher } from 'node:fs';
import { basename, join } from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { MendError } from '../../../shared/contract/result.ts';
import { writeFileAtomically } from './atomic-file.ts';
import { MAX_ENVELOPE_BYTES } from './envelope.ts';
import { HELPER_FROM_ENVELOPES } from './envelope-opener.ts';
import type { Exchange, Outcome } from './exchange.ts';
import { RETRY_LATER } from './receive.ts';
import type { RefusalReason } from './refusal.ts';

export const FOLDER_GONE = 'The shared folder cannot be found (a drive not connected, or the folder moved). Choose it again in Settings.';
const ENVELOPE_NAME = /^[0-9a-f]{32}\.envelope$/;
/** How long one slice of taking in may hold main's event loop before it gives the loop back. */
const SLICE_MS = 8;
/** Files stat'ed and read at once (asynchronously, off the event loop). */
const READ_TOGETHER = 32;
const EMPTY = Buffer.alloc(0);

interface NewFile {
  path: string;
  /** Size and time: the file is read again only if they change. */
  mark: string;
  /** null: larger than any envelope, refused unread. */
  bytes: Buffer | null;
}

export const authorFolderName = (pairing: Buffer, author: Buffer) =>
  createHash('sha256').update('mend/folder/v1\0').update(pairing).update(author).digest('hex').slice(0, 32);

export interface FolderReport {
  written: number;
  taken: number;
  refused: { file: string; reason: RefusalReason }[];
}

export class FolderTransport {
  readonly #exchange: Exchange;
  /** Files already dealt with, by path, with the size and time they had: read again only if they change. */
  readonly #seen = new Map<string, string>();
  #watcher: FSWatcher | null = null;
  #timer: NodeJS.Timeout | null = null;
  #debounce: NodeJS.Timeout | null = null;
  #running: Promise<FolderReport> | null = null;
  #queued: Promise<FolderReport> | null = null;

  constructor(exchange: Exchange) {
    this.#exchange = exchange;
  }

  /**
   * Writes what may be sent and takes in what the partner wrote; one run at a time. Asked during a run, it
   * runs once more after it, and every caller who asked meanwhile waits for that run (which sees their change).
   */
  sync(): Promise<FolderReport> {
    if (this.#running) {
      this.#queued ??= this.#running
        .catch(() => undefined)
        .then(() => {
          this.#queued = null;
          return this.sync();
        });
      return this.#queued;
    }
    this.#running = this.#run().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #run(): Promise<FolderReport> {
    const report: FolderReport = { written: 0, taken: 0, refused: [] };
    const plan = this.#exchange.folderPlan();
    if (!plan) return report;
    if (!existsSync(plan.folder)) throw new MendError('not-found', FOLDER_GONE);
    const mine = join(plan.folder, authorFolderName(plan.pairing, plan.mine));
    mkdirSync(mine, { recursive: true });
    for (const out of this.#exchange.sendable()) {
      const path = join(mine, out.fileName);
      if (existsSync(path)) continue;
      writeFileAtomically(path, Buffer.from(out.envelope, 'base64'));
      report.written += 1;
    }
    const theirs = join(plan.folder, authorFolderName(plan.pairing, plan.partner));
    if (!existsSync(theirs)) return report;
    const names = readdirSync(theirs).filter((name) => ENVELOPE_NAME.test(name));
    const files = await this.#newFiles(names.map((name) => join(theirs, name)));
    // Many at once: opened (HPKE, AES-GCM, Ed25519) in a helper thread; a few, or if it fails: here, as they are taken in.
    const opened = files.length >= HELPER_FROM_ENVELOPES ? await this.#exchange.openMany(files.map((f) => f.bytes ?? EMPTY)) : null;
    // A slice of about 8 ms in one transaction, then the event loop's turn.
    for (let next = 0; next < files.length; ) {
      const sliceStart = performance.now();
      this.#exchange.receiveBatch((take) => {
        while (next < files.length && performance.now() - sliceStart < SLICE_MS) {
          const file = files[next]!;
          const outcome = file.bytes === null ? null : take(opened?.[next] ?? file.bytes);
          this.#record(file, outcome, report);
          next += 1;
        }
      });
      if (next < files.length) await yieldToLoop();
    }
    return report;
  }

  /** The partner's files not yet dealt with (or changed since), read without holding the event loop; `bytes` null when too large to open. */
  async #newFiles(paths: readonly string[]): Promise<NewFile[]> {
    const found: NewFile[] = [];
    for (let at = 0; at < paths.length; at += READ_TOGETHER) {
      const read = await Promise.all(
        paths.slice(at, at + READ_TOGETHER).map(async (path): Promise<NewFile | null> => {
          const info = await stat(path).catch(() => null);
          if (!info?.isFile()) return null;
          const mark = `${info.size}:${info.mtimeMs}`;
          if (this.#seen.get(path) === mark) return null;
          if (info.size > MAX_ENVELOPE_BYTES) return { path, mark, bytes: null };
          const bytes = await readFile(path).catch(() => null);
          return bytes && { path, mark, bytes };
        }),
      );
      for (const file of read) if (file) found.push(file);
    }
    return found;
  }

  #record({ path, mark }: NewFile, outcome: Outcome | null, report: FolderReport): void {
    const reason: RefusalReason | null = outcome === null ? 'oversized' : 'refused' in outcome ? outcome.refused.reason : null;
    if (reason === null) report.taken += 1;
    // A copy or an older version of what is here is the folder working as designed, not something to report.
    else if (reason !== 'duplicate' && reason !== 'outdated') report.refused.push({ file: basename(path), reason });
    // A file cut short is tried again once it changes; one refused for the pace or the pairing, at every run.
    if (reason === null || reason === 'truncated' || !RETRY_LATER.has(reason)) this.#seen.set(path, mark);
  }

  /** Watches the folder while unlocked (and looks again every `pollMs`, for sync tools whose writes raise no event). */
  watch(onReport: (report: FolderReport) => void, pollMs = 30_000, onError: (err: unknown) => void = () => {}): void {
    this.stop();
    const plan = this.#exchange.folderPlan();
    if (!plan) return;
    const run = () => {
      // A run that fails (the workbook locked, the folder gone) stops nothing else; the next event or poll tries again.
      this.sync().then(onReport, onError);
    };
    try {
      this.#watcher = watch(plan.folder, { recursive: true }, () => {
        if (this.#debounce) clearTimeout(this.#debounce);
        this.#debounce = setTimeout(run, 50);
      });
      this.#watcher.on('error', () => {});
    } catch {
      // No watching on this file system: the poll below still looks.
    }
    this.#timer = setInterval(run, pollMs);
    run();
  }

  /** Stops watching and forgets which files were read (at lock). */
  stop(): void {
    this.#watcher?.close();
    this.#watcher = null;
    if (this.#timer) clearInterval(this.#timer);
    if (this.#debounce) clearTimeout(this.#debounce);
    this.#timer = null;
    this.#debounce = null;
    this.#seen.clear();
  }
}
