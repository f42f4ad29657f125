// The test harness's stand-in for Electron's print window: the same print
// routes in a Chromium page, the same page kept standing by between jobs
// (main/services/print/warm-print-pages.ts, as main/print-window.ts uses it),
// printed with page.pdf(). A "printer" job is printed to a PDF too (there is no
// printer here), and every job is recorded so tests can read the files.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { PrintOutcome } from '../../../shared/contract/channels.ts';
import type { PrintJob, WorksheetPrinter } from '../../../main/services/print/printer.ts';
import { EMPTY_HEADER, PAGE_NUMBER_FOOTER } from '../../../main/services/print/printer.ts';
import { WarmPrintPages } from '../../../main/services/print/warm-print-pages.ts';
import type { PrintLease, PrintSurface } from '../../../main/services/print/warm-print-pages.ts';
import { MendError } from '../../../shared/contract/result.ts';

export interface PrintedFile extends PrintJob {
  path: string;
  /** Milliseconds spent in page.pdf() alone, the print call itself (for the benchmarks). */
  printMs: number;
  /** The page it was printed in: a page standing by serves several jobs in turn. */
  senderId: number;
}

/** What the harness gives its printer: new pages of its context, the app's address, and main's events. */
export interface PrintPages {
  newPage(): Promise<{ page: Page; senderId: number }>;
  urlOf(route: string): string;
  /** Sends print:show to one page, as main's webContents.send does to the print window. */
  show(page: Page, route: string): Promise<void>;
  /** The vault's lock count: a change means it locked. */
  lockCount(): number;
}

const READY_TIMEOUT_MS = 15_000;

class PlaywrightPrintSurface implements PrintSurface {
  readonly page: Page;
  readonly id: number;
  readonly pages: PrintPages;

  constructor(page: Page, id: number, pages: PrintPages) {
    this.page = page;
    this.id = id;
    this.pages = pages;
  }

  get closed(): boolean {
    return this.page.isClosed();
  }

  async load(route: string): Promise<void> {
    await this.page.goto(this.pages.urlOf(route));
  }

  show(route: string): Promise<void> {
    return this.pages.show(this.page, route);
  }

  onGone(listener: () => void): () => void {
    if (this.closed) {
      listener();
      return () => {};
    }
    this.page.once('close', listener);
    this.page.once('crash', listener);
    return () => {
      this.page.off('close', listener);
      this.page.off('crash', listener);
    };
  }

  close(): void {
    this.page.close().catch(() => undefined);
  }
}

export class ChromiumPrinter implements WorksheetPrinter {
  readonly printed: PrintedFile[] = [];
  readonly #pages: WarmPrintPages;
  readonly #outDir: string;
  #counter = 0;

  constructor(pages: PrintPages, outDir: string) {
    this.#outDir = outDir;
    this.#pages = new WarmPrintPages({
      create: async () => {
        const { page, senderId } = await pages.newPage();
        return new PlaywrightPrintSurface(page, senderId, pages);
      },
      lockCount: () => pages.lockCount(),
      readyTimeoutMs: READY_TIMEOUT_MS,
    });
  }

  prepare(): void {
    this.#pages.prepare();
  }

  async print(job: PrintJob): Promise<PrintOutcome> {
    const cancelled = new Promise<never>((_, reject) => {
      const stop = () => reject(new MendError('cancelled', 'Cancelled.'));
      if (job.signal?.aborted) stop();
      job.signal?.addEventListener('abort', stop, { once: true });
    });
    cancelled.catch(() => undefined);
    let lease: PrintLease | null = null;
    let finished = false;
    try {
      // Aborting the job's signal closes its page (WarmPrintPages.open), which ends the wait.
      const opening = this.#pages.open(job.route, job.signal);
      opening.catch(() => undefined);
      lease = await Promise.race([opening, cancelled]);
      const { page, id } = lease.surface as PlaywrightPrintSurface;
      this.#counter += 1;
      const path = join(this.#outDir, `${this.#counter}-${job.suggestedFileName}`);
      const footer = job.pageNumbers ? { displayHeaderFooter: true, headerTemplate: EMPTY_HEADER, footerTemplate: PAGE_NUMBER_FOOTER } : {};
      const started = performance.now();
      await Promise.race([page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true, ...footer }), cancelled]);
      this.printed.push({ ...job, path, printMs: performance.now() - started, senderId: id });
      finished = true;
      return job.target === 'pdf' ? { status: 'saved', path } : { status: 'printed' };
    } finally {
      lease?.release(finished && !job.signal?.aborted);
    }
  }

  markReady(senderId: number): void {
    this.#pages.markReady(senderId);
  }

  /** Closes the page standing by, if any (the harness stops). */
  dispose(): Promise<void> {
    return this.#pages.dispose();
  }
}
