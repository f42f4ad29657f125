// The exports, at 10k and 100k entries, through the router as the app runs
// them, watching how long main's event loop is held:
// - an encrypted copy (backups:exportFile: a consistent copy made with SQLite's
//   online backup, every record of the copy decrypted to prove it whole, then
//   the copy written where the user chose). The daily backup and a restore's
//   check go through the same copy and check. Reference: VACUUM INTO, which the
//   copy used to be made with: one statement that holds the loop throughout.
// - the readable export as Markdown (data:exportReadable), made and written a
//   slice at a time. Reference: the same text made in one go (readableMarkdown).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createAppServices } from '../../main/services/app-services.ts';
import { readableMarkdown } from '../../shared/export/readable-export.ts';
import { testPorts } from '../support/test-ports.ts';
import { LOOP_BLOCK_TARGET_MS, median, round, sample, sizeLabel, targetOf, watchEventLoop } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';
import { BENCH_PASSPHRASE } from './seed-workbook.ts';
import type { BenchWorkbook } from './seed-workbook.ts';

const SENDER = { id: 1, url: 'mend://app/index.html', isMainFrame: true };

function withDatabase(path: string, fn: (db: DatabaseSync) => void): void {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    fn(db);
  } finally {
    db.close();
  }
}

export async function benchExports(wb: BenchWorkbook, runs: number): Promise<BenchRow[]> {
  wb.vault.lock();
  const ports = testPorts();
  const services = createAppServices({ dataDir: wb.dir, appOrigin: 'mend://app', ...ports });
  const out = mkdtempSync(join(tmpdir(), 'mend-bench-export-'));
  try {
    await services.vault.unlock(BENCH_PASSPHRASE);
    const held: number[] = [];
    let n = 0;
    const times = await sample(runs, async () => {
      ports.dialogs.nextSavePath = join(out, `copy-${n++}.mend`);
      const { result, maxBlockedMs } = await watchEventLoop(async () => {
        const started = performance.now();
        const answer = await services.route('backups:exportFile', {}, SENDER);
        if (!answer.ok) throw new Error(`export failed: ${answer.error.code}`);
        return performance.now() - started;
      });
      held.push(maxBlockedMs);
      return result;
    });
    // The same watch over an idle wait as long as an export: what the machine's load alone makes of "held"
    // (on two busy cores a thread waits for a CPU), the floor under the figures above.
    const idleMs = Math.min(10_000, Math.max(250, median(times)));
    const { maxBlockedMs: idleHeld } = await watchEventLoop(() => new Promise((done) => setTimeout(done, idleMs)));
    const vacuum = await sample(runs, () => {
      const started = performance.now();
      withDatabase(wb.vault.path, (db) => db.prepare('VACUUM INTO ?').run(join(out, `vacuum-${n++}.mend`)));
      return performance.now() - started;
    });
    const readableHeld: number[] = [];
    const readable = await sample(runs, async () => {
      ports.dialogs.nextSavePath = join(out, `entries-${n++}.md`);
      const { result, maxBlockedMs } = await watchEventLoop(async () => {
        const started = performance.now();
        const answer = await services.route('data:exportReadable', { format: 'markdown' }, SENDER);
        if (!answer.ok) throw new Error(`readable export failed: ${answer.error.code}`);
        return performance.now() - started;
      });
      readableHeld.push(maxBlockedMs);
      rmSync(ports.dialogs.nextSavePath, { force: true });
      return result;
    });
    const entries = services.vault.journal().list();
    const readableInOneGo = await sample(1, () => {
      const started = performance.now();
      readableMarkdown(entries, new Date());
      return performance.now() - started;
    });
    const label = sizeLabel(wb.size);
    const heldMax = Math.max(...held);
    return [
      {
        name: `export an encrypted copy (median) @${label}`,
        value: round(median(times)),
        unit: 'ms',
        reference: { name: 'VACUUM INTO alone (median), the copy as it was made before', value: round(median(vacuum)) },
        detail: { runs, worst: round(Math.max(...times)) },
      },
      {
        name: `event loop held longest during export of a copy @${label}`,
        value: round(heldMax),
        unit: 'ms',
        ...targetOf(heldMax, LOOP_BLOCK_TARGET_MS),
        reference: { name: 'VACUUM INTO alone (max), which held the loop throughout', value: round(Math.max(...vacuum)) },
        detail: { heldMedian: round(median(held)), heldWhileIdle: round(idleHeld) },
      },
      {
        name: `readable export, Markdown (median) @${label}`,
        value: round(median(readable)),
        unit: 'ms',
        reference: { name: 'the same text made in one go, which would hold the loop throughout', value: round(readableInOneGo[0]!) },
        detail: { runs },
      },
      {
        name: `event loop held longest during the readable export @${label}`,
        value: round(Math.max(...readableHeld)),
        unit: 'ms',
        ...targetOf(Math.max(...readableHeld), LOOP_BLOCK_TARGET_MS),
        detail: { heldMedian: round(median(readableHeld)) },
      },
    ];
  } finally {
    services.vault.lock();
    rmSync(out, { recursive: true, force: true });
    rmSync(join(wb.dir, 'backups'), { recursive: true, force: true });
  }
}
