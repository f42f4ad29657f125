// Prints a worksheet the way the design asks: a hidden, sandboxed window opens
// the renderer's print view, waits until that view says its data is drawn
// (print:ready), then goes to the system print dialog or to a PDF the user
// saves. The window is destroyed whatever happens, and at once if the vault
// locks meanwhile: a lock cancels the print, and a save dialog answered after
// the lock writes nothing.
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
import { appUrl } from './app-protocol.ts';
import { createSecureWindow } from './window-factory.ts';

const READY_TIMEOUT_MS = 20_000;
/** Electron reports a dismissed print dialog as a failure with reason "Print job canceled". */
const CANCELLED_REASON = /cancel/i;

export class ElectronWorksheetPrinter implements WorksheetPrinter {
  readonly #parentWindow: () => BrowserWindow | null;
  readonly #lockCount: () => number;
  /** Print windows waiting for their view to signal ready, by webContents id. */
  readonly #pending = new Map<number, () => void>();

  /** `lockCount` is the vault's: a change means it locked. */
  constructor(parentWindow: () => BrowserWindow | null, lockCount: () => number) {
    this.#parentWindow = parentWindow;
    this.#lockCount = lockCount;
  }

  markReady(senderId: number): void {
    this.#pending.get(senderId)?.();
  }

  async print(job: PrintJob): Promise<PrintOutcome> {
    const win = createSecureWindow({ show: false, width: 900, height: 1200 });
    let stopped!: () => void;
    const stop = new Promise<null>((resolve) => (stopped = () => resolve(null)));
    // Cancelling destroys the hidden window, which ends whatever step is under way, and answers the job at
    // once: a step whose window is gone (the system print dialog) may never call back.
    const cancel = () => {
      if (!win.isDestroyed()) win.destroy();
      stopped();
    };
    job.signal?.addEventListener('abort', cancel, { once: true });
    const lock = guardAgainstLock(this.#lockCount, cancel);
    try {
      const work = this.#printIn(win, job, lock);
      // Settled through the race below; a rejection after a cancel is not news.
      work.catch(() => undefined);
      const outcome = await Promise.race([work, stop]);
      if (job.signal?.aborted) throw new MendError('cancelled', 'Cancelled.');
      return outcome === null || lock.locked ? { status: 'cancelled' } : outcome;
    } catch (err) {
      if (job.signal?.aborted || lock.locked) throw new MendError('cancelled', 'Cancelled.');
      throw err;
    } finally {
      lock.stop();
      job.signal?.removeEventListener('abort', cancel);
      cancel();
    }
  }

  async #printIn(win: BrowserWindow, job: PrintJob, lock: LockGuard): Promise<PrintOutcome> {
    await Promise.all([this.#whenReady(win), win.loadURL(appUrl(job.route))]);
    return job.target === 'printer'
      ? printOnPaper(win.webContents)
      : saveAsPdf(win.webContents, job.suggestedFileName, this.#parentWindow(), job.pageNumbers ?? false, lock);
  }

  #whenReady(win: BrowserWindow): Promise<void> {
    const id = win.webContents.id;
    return new Promise<void>((resolve, reject) => {
      const settle = (error?: MendError) => {
        clearTimeout(timer);
        this.#pending.delete(id);
        win.removeListener('closed', onGone);
        if (error) reject(error);
        else resolve();
      };
      const onGone = () => settle(new MendError('internal', 'The worksheet closed before it was ready to print.'));
      const timer = setTimeout(
        () => settle(new MendError('internal', 'The worksheet took too long to get ready for printing. Please try again.')),
        READY_TIMEOUT_MS,
      );
      this.#pending.set(id, () => settle());
      win.once('closed', onGone);
      win.webContents.once('render-process-gone', onGone);
    });
  }
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
