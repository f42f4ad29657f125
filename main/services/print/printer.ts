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
}

export interface WorksheetPrinter {
  print(job: PrintJob): Promise<PrintOutcome>;
  /** A print view (identified by its sender id) says its data is drawn. */
  markReady(senderId: number): void;
}
