// The test harness's stand-in for Electron's print window: opens the same print
// route in a new Chromium page, waits for its "ready" signal, and prints it with
// page.pdf(). A "printer" job is printed to a PDF too (there is no printer here),
// and every job is recorded so tests can read the files.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { PrintOutcome } from '../../../shared/contract/channels.ts';
import type { PrintJob, WorksheetPrinter } from '../../../main/services/print/printer.ts';
import { EMPTY_HEADER, PAGE_NUMBER_FOOTER } from '../../../main/services/print/printer.ts';
import { MendError } from '../../../shared/contract/result.ts';

export interface PrintedFile extends PrintJob {
  path: string;
  /** Milliseconds spent in page.pdf() alone, the print call itself (for the benchmarks). */
  printMs: number;
}

const READY_TIMEOUT_MS = 15_000;

export class ChromiumPrinter implements WorksheetPrinter {
  readonly printed: PrintedFile[] = [];
  readonly #waiting = new Map<number, () => void>();
  /** Views that said ready before their waiter was registered (page.goto returns after the app has drawn). */
  readonly #readyEarly = new Set<number>();
  readonly #openPage: (hash: string) => Promise<{ page: Page; senderId: number }>;
  readonly #outDir: string;
  #counter = 0;

  constructor(openPage: (hash: string) => Promise<{ page: Page; senderId: number }>, outDir: string) {
    this.#openPage = openPage;
    this.#outDir = outDir;
  }

  async print(job: PrintJob): Promise<PrintOutcome> {
    let ready!: () => void;
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    const { page, senderId } = await this.#openPage(job.route);
    if (this.#readyEarly.delete(senderId)) ready();
    else this.#waiting.set(senderId, ready);
    const cancelled = new Promise<never>((_, reject) => {
      const stop = () => reject(new MendError('cancelled', 'Cancelled.'));
      if (job.signal?.aborted) stop();
      job.signal?.addEventListener('abort', stop, { once: true });
    });
    cancelled.catch(() => undefined);
    try {
      await Promise.race([
        isReady,
        cancelled,
        new Promise((_, reject) => setTimeout(() => reject(new Error('print view never said ready')), READY_TIMEOUT_MS)),
      ]);
      this.#counter += 1;
      const path = join(this.#outDir, `${this.#counter}-${job.suggestedFileName}`);
      const footer = job.pageNumbers ? { displayHeaderFooter: true, headerTemplate: EMPTY_HEADER, footerTemplate: PAGE_NUMBER_FOOTER } : {};
      const started = performance.now();
      await Promise.race([page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true, ...footer }), cancelled]);
      this.printed.push({ ...job, path, printMs: performance.now() - started });
      return job.target === 'pdf' ? { status: 'saved', path } : { status: 'printed' };
    } finally {
      this.#waiting.delete(senderId);
      await page.close();
    }
  }

  markReady(senderId: number): void {
    const waiter = this.#waiting.get(senderId);
    if (waiter) waiter();
    else this.#readyEarly.add(senderId);
  }
}
