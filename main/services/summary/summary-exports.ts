// Exporting the counselor summary: the model is built here from the journal
// (so what is exported is exactly what the options select), then either
// written as Markdown where the user chose, or printed to PDF from the print
// route, which asks for the model by its job id. A job can be cancelled. Once
// a file is saved, its dates are remembered (sealed) so the next summary can
// mark what is new since.
import { writeFile } from 'node:fs/promises';
import { MendError } from '../../../shared/contract/result.ts';
import type { FileOutcome } from '../../../shared/contract/channels.ts';
import { localDay } from '../../../shared/domain/dates.ts';
import { buildSummary, forPrintView } from '../../../shared/summary/summary-model.ts';
import type { SummaryModel } from '../../../shared/summary/summary-model.ts';
import { summaryMarkdown } from '../../../shared/summary/summary-markdown.ts';
import type { SummaryOptions } from '../../../shared/summary/summary-options.ts';
import type { SummaryContextInfo } from '../../../shared/contract/channels.ts';
import { readLastSummary, rememberLastSummary } from './last-summary-store.ts';
import type { FileDialogs } from '../files/file-dialogs.ts';
import type { WorksheetPrinter } from '../print/printer.ts';
import { rethrowStorageError } from '../vault/database.ts';
import type { Vault } from '../vault/vault.ts';

export interface SummaryExportsDeps {
  vault: Vault;
  printer: WorksheetPrinter;
  dialogs: FileDialogs;
  now: () => Date;
}

export class SummaryExports {
  readonly #deps: SummaryExportsDeps;
  readonly #jobs = new Map<string, { model: SummaryModel; controller: AbortController }>();

  constructor(deps: SummaryExportsDeps) {
    this.#deps = deps;
  }

  async export(jobId: string, options: SummaryOptions, format: 'pdf' | 'markdown'): Promise<FileOutcome> {
    const { vault, printer, dialogs, now } = this.#deps;
    // A shared entry the partner marked "leave out of summaries" stays out whatever this export's options say:
    // only an entry's author may opt it in.
    const partners = vault.partners();
    const exportable = vault.journal().list().filter((e) => !e.keepPrivate || e.author === partners.me);
    const { role, lastSummary } = this.#context();
    const model = buildSummary(exportable, options, { madeOn: localDay(now()), attribution: partners.forTwo ? partners : undefined, role, previous: lastSummary });
    if (model.entryCount === 0) {
      throw new MendError('invalid-request', 'There is nothing to export in this selection. Choose other dates or exercises.');
    }
    const baseName = `Mend summary ${options.from} to ${options.to}`;
    if (format === 'markdown') {
      const path = await dialogs.chooseSavePath({ title: 'Save the summary as Markdown', defaultName: `${baseName}.md`, filters: [{ name: 'Markdown', extensions: ['md'] }] });
      if (!path) return { status: 'cancelled' };
      try {
        await writeFile(path, summaryMarkdown(model), { mode: 0o600 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOSPC') rethrowStorageError(err);
        throw new MendError('internal', 'Mend could not write the file there. Please choose another place; your summary is still here.');
      }
      this.#remember(model);
      return { status: 'saved', path };
    }
    const controller = new AbortController();
    this.#jobs.set(jobId, { model: forPrintView(model), controller });
    try {
      const outcome = await printer.print({
        route: `#/print/summary?job=${encodeURIComponent(jobId)}`,
        target: 'pdf',
        suggestedFileName: `${baseName}.pdf`,
        pageNumbers: true,
        signal: controller.signal,
      });
      if (outcome.status !== 'saved' || !outcome.path) return { status: 'cancelled' };
      this.#remember(model);
      return { status: 'saved', path: outcome.path };
    } catch (err) {
      if (controller.signal.aborted) return { status: 'cancelled' };
      throw err;
    } finally {
      this.#jobs.delete(jobId);
    }
  }

  /**
   * What the export screen needs to build the same model as main: the maker's role and the last summary.
   * The screen asks when it opens, so a print page starts standing by for the PDF it may export.
   */
  context(): SummaryContextInfo {
    this.#deps.printer.prepare?.();
    return this.#context();
  }

  #context(): SummaryContextInfo {
    const { vault } = this.#deps;
    return { role: vault.profile().get().role, lastSummary: readLastSummary(vault) };
  }

  /** Only the dates and when: what the next summary needs to mark what is new. */
  #remember(model: SummaryModel): void {
    rememberLastSummary(this.#deps.vault, { from: model.from, to: model.to, madeOn: model.madeOn, exportedAt: this.#deps.now().toISOString() });
  }

  /** The model of a summary being printed, for its print view. */
  job(jobId: string): SummaryModel {
    const job = this.#jobs.get(jobId);
    if (!job) throw new MendError('not-found', 'This summary is no longer being prepared.');
    return job.model;
  }

  cancel(jobId: string): void {
    this.#jobs.get(jobId)?.controller.abort();
  }
}
