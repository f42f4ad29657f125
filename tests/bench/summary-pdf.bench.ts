// The counselor summary of 30 days of a realistic 10k-entry workbook (about
// 170 entries of those days: daily commitments, repeated questions, promises
// and small steps as digest rows, letters in full), through the same Chromium
// print path the tests use: from the export request to the file on disk.
// Reference, in the same run: the print call alone (page.pdf()). Targets: at
// most 2 s, and at most twice the print call. The page count is reported.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { addDays } from '../../shared/domain/dates.ts';
import { chromiumLaunchOptions } from '../browser/harness/chromium.ts';
import { startMendHarness } from '../browser/harness/mend-harness.ts';
import { pdfPageCount } from '../browser/harness/pdf.ts';
import { median, percentile, round, round2, sample } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';
import { BENCH_PASSPHRASE, seedWorkbook } from './seed-workbook.ts';

/** The day seedWorkbook counts back from. */
const SEED_TODAY = '2026-11-21';
const DAYS = 30;

export async function benchSummaryPdf({ entries, runs }: { entries: number; runs: number }): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mend-bench-summary-'));
  const dataDir = join(dir, 'data');
  const seeded = await seedWorkbook(dataDir, entries, SEED_TODAY);
  seeded.lock();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const mend = await startMendHarness({ browser, dataDir, printDir: join(dir, 'printed') });
  try {
    await mend.services.vault.unlock(BENCH_PASSPHRASE);
    const from = addDays(SEED_TODAY, -(DAYS - 1));
    const inDays = mend.services.vault.journal().list().filter((e) => e.day >= from && e.day <= SEED_TODAY).length;
    const options = {
      from,
      to: SEED_TODAY,
      exerciseIds: ['next-right-thing', 'promises-kept', 'small-steps', 'owning-it', 'same-question-again'],
      includePrivate: false,
      names: 'S. and A.',
      nextSession: 'Fridays, and how to answer the same question when we are both tired.',
    };
    const page = await mend.openPage();
    // The export screen asks for its context when it opens, which starts a print page standing by.
    await page.evaluate(() => window.mend.summary.context({}));
    const totals = await sample(runs, async () => {
      const started = performance.now();
      const result = await page.evaluate((o) => window.mend.summary.export({ jobId: crypto.randomUUID(), options: o, format: 'pdf' }), options);
      if (!result.ok || result.value.status !== 'saved') throw new Error(`export failed: ${JSON.stringify(result)}`);
      return performance.now() - started;
    });
    const printCalls = mend.printer.printed.map((p) => p.printMs);
    const pages = pdfPageCount(mend.printer.printed.at(-1)!.path);
    // To look at the pages (pdftoppm -png) or compare two checkouts' output.
    if (process.env.MEND_BENCH_KEEP_PDF) copyFileSync(mend.printer.printed.at(-1)!.path, process.env.MEND_BENCH_KEEP_PDF);
    const total = median(totals);
    const print = median(printCalls);
    return [
      {
        name: `summary PDF of ${DAYS} days (${inDays} entries, ${pages} pages) @${entries} entries`,
        value: round(total),
        unit: 'ms',
        target: 2000,
        pass: total <= 2000 && total <= 2 * print,
        reference: { name: 'the print call alone (median)', value: round(print) },
        detail: { p95: round(percentile(totals, 95)), pages, entriesInDays: inDays, ratioToPrintCall: round2(total / print) },
      },
    ];
  } finally {
    await mend.close();
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
