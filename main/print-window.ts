// Prints a worksheet the way the design asks: a hidden, sandboxed window shows
// the renderer's print view, waits until that view says its data is drawn
// (print:ready), then goes to the system print dialog or to a PDF the user
// saves. One such window is kept loaded between jobs, standing by with nothing
// drawn (services/print/warm-print-pages.ts); a job that does not end normally
// destroys its window, and a lock destroys it at once: a lock cancels the
// print, and a save dialog answered after the lock writes nothing.
import { app, dialog } from 'electron';
import type { BrowserWindow, SaveDialogOptions, WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrintOutcome } from '../shared/contract/channels.ts';
import { MendError } from '../shared/contract/result.ts';
import type { PrintJob, WorksheetPrinter } from './services/print/printer.ts';
import { EMPTY_HEADER, PAGE_NUMBER_FOOTER } from './services/print/printer.ts';
import { guardAgainstLock } from './services/security/lock-guard.ts';
import type { LockGuard } from './services/security/lock-guard.ts';
import { WarmPrintPages } from './services/print/warm-print-pages.ts';
import type { PrintLease, PrintSurface } from './services/print/warm-print-pages.ts';
import { sendEvent } from './ipc.ts';
import { appUrl } from './app-protocol.ts';
import { createSecureWindow } from './window-factory.ts';

const READY_TIMEOUT_MS = 20_000;
/** A print page standing by this long without a job is closed: the next print loads a fresh one (a second or so). */
const STANDBY_IDLE_MS = 10 * 60_000;

/** Electron reports a dismissed print dialog as a failure with reason "Print job canceled". */
const CANCELLED_REASON = /cancel/i;

export class ElectronWorksheetPrinter implements WorksheetPrinter {
  readonly #parentWindow: () => BrowserWindow | null;
  readonly #lockCount: () => number;
  readonly #pages: WarmPrintPages;

  /** `lockCount` is the vault's: a change means it locked. */
  constructor(parentWindow: () => BrowserWindow | null, lockCount: () => number) {
    this.#parentWindow = parentWindow;
    this.#lockCount = lockCount;
    this.#pages = new WarmPrintPages({ create: async () => hiddenPrintWindow(), lockCount, readyTimeoutMs: READY_TIMEOUT_MS, idleMs: STANDBY_IDLE_MS });
  }

  markReady(senderId: number): void {
    this.#pages.markReady(senderId);
  }

  prepare(): void {
    this.#pages.prepare();
  }

  async print(job: PrintJob): Promise<PrintOutcome> {
    // Aborted by the job's own signal or by a lock: the print window is closed at once, which ends whatever
    // step is under way, and the job is answered at once (a step whose window is gone may never call back).
    const stop = new AbortController();
    const cancel = () => stop.abort();
    const stopped = new Promise<null>((resolve) => stop.signal.addEventListener('abort', () => resolve(null), { once: true }));
    if (job.signal?.aborted) cancel();
    job.signal?.addEventListener('abort', cancel, { once: true });
    const lock = guardAgainstLock(this.#lockCount, cancel);
    let lease: PrintLease | null = null;
    let finished = false;
    try {
      const work = (async () => {
        lease = await this.#pages.open(job.route, stop.signal);
        const contents = (lease.surface as ElectronPrintSurface).win.webContents;
        return job.target === 'printer'
          ? printOnPaper(contents)
          : saveAsPdf(contents, job.suggestedFileName, this.#parentWindow(), job.pageNumbers ?? false, lock);
      })();
      // Settled through the race below; a rejection after a cancel is not news.
      work.catch(() => undefined);
      const outcome = await Promise.race([work, stopped]);
      if (job.signal?.aborted) throw new MendError('cancelled', 'Cancelled.');
      if (outcome === null || lock.locked) return { status: 'cancelled' };
      finished = true;
      return outcome;
    } catch (err) {
      if (job.signal?.aborted || lock.locked) throw new MendError('cancelled', 'Cancelled.');
      throw err;
    } finally {
      lock.stop();
      job.signal?.removeEventListener('abort', cancel);
      // Kept for the next job only when this one ended normally; otherwise closed now.
      if (lease) (lease as PrintLease).release(finished);
      else cancel();
    }
  }
}

/** A hidden secure window, as every window Mend opens (main/window-factory.ts). */
class ElectronPrintSurface implements PrintSurface {
  readonly win = createSecureWindow({ show: false, width: 900, height: 1200 });
  readonly id = this.win.webContents.id;

  get closed(): boolean {
    return this.win.isDestroyed();
  }

  load(route: string): Promise<void> {
    return this.win.loadURL(appUrl(route));
  }

  async show(route: string): Promise<void> {
    if (this.closed) throw new MendError('internal', 'The print window closed.');
    sendEvent(this.win, 'print:show', { route });
  }

  onGone(listener: () => void): () => void {
    if (this.closed) {
      listener();
      return () => {};
    }
    this.win.once('closed', listener);
    this.win.webContents.once('render-process-gone', listener);
    return () => {
      if (this.closed) return;
      this.win.removeListener('closed', listener);
      this.win.webContents.removeListener('render-process-gone', listener);
    };
  }

  close(): void {
    if (!this.win.isDestroyed()) this.win.destroy();
  }
}

function hiddenPrintWindow(): PrintSurface {
  return new ElectronPrintSurface();
}

function printOnPaper(contents: WebContents): Promise<PrintOutcome> {
  return new Promise((resolve, reject) => {
    contents.print({ silent: false, printBackground: true }, (success, reason) => {
      if (success) resolve({ status: 'printed' });
      else if (CANCELLED_REASON.test(reason)) resolve({ status: 'cancelled' });
      else reject(new MendError('internal', 'The worksheet could not be printed. Please check the printer and try again.'));
    });
  });
}

async function saveAsPdf(contents: WebContents, suggestedFileName: string, parent: BrowserWindow | null, pageNumbers: boolean, lock: LockGuard): Promise<PrintOutcome> {
  const options: SaveDialogOptions = {
    title: 'Save worksheet as PDF',
    defaultPath: join(app.getPath('documents'), suggestedFileName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    // Windows: the saved PDF stays out of Recent items and Quick access.
    properties: ['dontAddToRecent', 'showOverwriteConfirmation', 'createDirectory'],
  };
  const choice = parent && !parent.isDestroyed() ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  // A native dialog cannot be closed from code: an answer given after Mend locked is dropped.
  if (choice.canceled || !choice.filePath || lock.locked) return { status: 'cancelled' };
  // Margins are left to Electron's default (1 cm): its marginType option is gone from printToPDF.
  const footer = pageNumbers ? { displayHeaderFooter: true, headerTemplate: EMPTY_HEADER, footerTemplate: PAGE_NUMBER_FOOTER } : {};
  const pdf = await contents.printToPDF({ printBackground: true, pageSize: 'A4', ...footer });
  if (lock.locked) return { status: 'cancelled' };
  try {
    // Readable by the user only when newly created: a filled-in worksheet holds journal answers.
    await writeFile(choice.filePath, pdf, { mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOSPC') {
      throw new MendError('disk-full', 'There is not enough space on the disk to save the PDF.');
    }
    throw new MendError('internal', 'Mend could not save the PDF there. Please choose another folder and try again.');
  }
  return { status: 'saved', path: choice.filePath };
}
