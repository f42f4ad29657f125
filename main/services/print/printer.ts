// The port through which services ask for a print view to be printed. Electron
// implements it with a hidden window (main/print-window.ts); the browser test
// harness implements it with a Chromium page and page.pdf(). The services never
// know which.
import type { PrintOutcome } from '../../../shared/contract/channels.ts';

export interface PrintJob {
  /** Hash route of the print view, from shared/routes.ts. */
  route: string;
  target: 'printer' | 'pdf';
  /** Suggested file name for "Save as PDF": names the exercise, never content. */
  suggestedFileName: string;
  /** Number the pages in the footer (long documents such as the counselor summary). */
  pageNumbers?: boolean;
  /** Aborting it stops the job; the printer then rejects with a 'cancelled' MendError. */
  signal?: AbortSignal;
}

/** Chromium's header/footer templates: rendered apart from the page, so its CSP does not apply to them. */
export const PAGE_NUMBER_FOOTER =
  '<div style="width:100%;font-size:8pt;color:#444;text-align:center;font-family:sans-serif"><span class="pageNumber"></span> of <span class="totalPages"></span></div>';
export const EMPTY_HEADER = '<span></span>';

export interface WorksheetPrinter {
  print(job: PrintJob): Promise<PrintOutcome>;
  /** A print view (identified by its sender id) says its data is drawn. */
  markReady(senderId: number): void;
  /** Starts loading a print page to stand by for a job expected soon (the export screen opened); optional. */
  prepare?(): void;
}
