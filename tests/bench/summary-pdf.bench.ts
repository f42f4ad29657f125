// The counselor summary PDF of about 20 pages (200 entries over a season),
// produced through the same Chromium print path the tests use: from the
// export request to the file on disk. Reference: the print call alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { addDays, localDay, weekStart } from '../../shared/domain/dates.ts';
import { chromiumLaunchOptions } from '../browser/harness/chromium.ts';
import { startMendHarness } from '../browser/harness/mend-harness.ts';
import { pdfPageCount } from '../browser/harness/pdf.ts';
import { median, percentile, round, sample } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';

/** Short, realistic entries (about 0.1 to 0.5 KB) across the exercises a summary draws on, so 200 make a document of about 20 pages as the measure asks; the page count is reported with the figure. */
function seed(save: (exerciseId: string, day: string, answers: Record<string, unknown>) => void, count: number, today: string) {
  const sentence = 'I kept my word today, and I noticed how much calmer the evening was because of it. ';
  for (let i = 0; i < count; i++) {
    const day = addDays(today, -(i % 84));
    const long = sentence.repeat(1 + (i % 2));
    switch (i % 5) {
      case 0: save('same-question-again', day, { theQuestion: 'Are you still in touch with that person?', theAnswer: long.slice(0, 600) }); break;
      case 1: save('promises-kept', day, { whatISaid: 'Home by seven on Thursday', kept: i % 3 ? 'kept' : 'not-kept', whatILearned: long.slice(0, 400) }); break;
      case 2: save('weekly-check-in', weekStart(day), { oneName: 'Sam', oneTrust: String(i % 11), twoName: 'Alex', twoTrust: String((i + 3) % 11), oneWin: long.slice(0, 200) }); break;
      case 3: save('owning-it', day, { whatIDid: long, whatItCost: long.slice(0, 250), whatIChanged: long.slice(0, 200) }); break;
      default: save('small-steps', day, { whatHappened: long.slice(0, 300), whyItMatters: long.slice(0, 300) });
    }
  }
}

export async function benchSummaryPdf({ entries, runs }: { entries: number; runs: number }): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mend-bench-summary-'));
  const browser = await chromium.launch(chromiumLaunchOptions());
  const mend = await startMendHarness({ browser, dataDir: join(dir, 'data'), printDir: join(dir, 'printed') });
  try {
    await mend.services.vault.create('benchmark passphrase');
    const today = localDay(new Date());
    const journal = mend.services.vault.journal();
    seed((exerciseId, day, answers) => journal.save({ exerciseId, day, answers } as never), entries, today);
    const options = { from: addDays(today, -90), to: today, exerciseIds: ['promises-kept', 'small-steps', 'owning-it', 'same-question-again', 'weekly-check-in'], includePrivate: false, names: 'S. and A.', nextSession: 'Fridays.' };
    const page = await mend.openPage();
    const totals = await sample(runs, async () => {
      const started = performance.now();
      const result = await page.evaluate((o) => window.mend.summary.export({ jobId: crypto.randomUUID(), options: o, format: 'pdf' }), options);
      if (!result.ok || result.value.status !== 'saved') throw new Error(`export failed: ${JSON.stringify(result)}`);
      return performance.now() - started;
    });
    const printCalls = mend.printer.printed.map((p) => p.printMs);
    const pages = pdfPageCount(mend.printer.printed.at(-1)!.path);
    return [
      {
        name: `summary PDF (${pages} pages) @${entries} entries`,
        value: round(median(totals)),
        unit: 'ms',
        target: 2000,
        pass: median(totals) <= 2000,
        reference: { name: 'the print call alone (median)', value: round(median(printCalls)) },
        detail: { p95: round(percentile(totals, 95)), pages },
      },
    ];
  } finally {
    await mend.close();
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
