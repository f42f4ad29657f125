// Saving one edited entry, durably, at 100, 10k and 100k entries: the journal's
// own path (validate, seal, one SQLite upsert committed with synchronous=FULL).
// References from the same run: the same edit through electron-store's `conf`
// (one JSON file holding every entry, rewritten and fsync'd on every set), and a
// raw fsync'd write of the same record bytes (the floor any durable save pays).
import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Conf from 'conf';
import type { Entry } from '../../shared/domain/entry.ts';
import { encodeRecord } from '../../main/services/journal/record-codec.ts';
import { spaceKeyOf } from '../../main/services/journal/record-keys.ts';
import { median, percentile, round, round2, sizeLabel, targetOf } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';
import type { BenchWorkbook } from './seed-workbook.ts';

export const SAVE_TARGET_MS = 20;
export const SAVE_GROWTH_TARGET = 1.5;

export interface SaveOptions {
  /** Saves timed per size (through the journal, and for the raw floor), all sizes in the same rounds. */
  samples: number;
  /** electron-store sets are slow at 100k (seconds each): sampled until this many for the size, or until the time budget runs out (at least 3). */
  confSamples: (size: number) => number;
  confBudgetMs: number;
}

/** The user's edit: a sentence added to the entry's longest answer. */
function edited(entry: Entry, n: number): Entry['answers'] {
  const answers = { ...entry.answers };
  const [key] = Object.entries(answers)
    .filter(([, v]) => typeof v === 'string')
    .sort(([, a], [, b]) => (b as string).length - (a as string).length)[0]!;
  answers[key] = `${answers[key] as string} And one more thing (${n}).`;
  return answers;
}

/** Entries spread across the workbook, so the edits do not all hit one corner of it. */
function spread(entries: Entry[], count: number): Entry[] {
  return Array.from({ length: count }, (_, i) => entries[Math.floor((i * entries.length) / count) % entries.length]!);
}

async function sampleWithin(maxRuns: number, budgetMs: number, measure: () => number): Promise<number[]> {
  const started = performance.now();
  const times: number[] = [];
  while (times.length < maxRuns && (times.length < 3 || performance.now() - started < budgetMs)) times.push(measure());
  return times;
}

export interface SaveSizeResult {
  size: number;
  p95: number;
  confP95: number;
  row: BenchRow;
}

interface Sizing {
  wb: BenchWorkbook;
  entries: Entry[];
  targets: Entry[];
  times: number[];
  raw: number[];
  rawFd: number;
  rawPath: string;
}

/**
 * All sizes are sampled in the same rounds (one save at each size per round, the order
 * turning each round), so a noisy moment on the machine falls on every size alike and
 * the growth ratio compares like with like. electron-store follows, one size at a time.
 */
export async function benchSave(workbooks: BenchWorkbook[], options: SaveOptions): Promise<SaveSizeResult[]> {
  const key = spaceKeyOf(randomBytes(32));
  let n = 0;
  const sizings: Sizing[] = workbooks.map((wb) => {
    const entries = wb.vault.journal().list();
    const rawPath = join(wb.dir, 'raw-floor.bin');
    return { wb, entries, targets: spread(entries, options.samples), times: [], raw: [], rawPath, rawFd: openSync(rawPath, 'w') };
  });
  try {
    for (let round = 0; round < options.samples; round++) {
      for (let k = 0; k < sizings.length; k++) {
        const s = sizings[(round + k) % sizings.length]!;
        const entry = s.targets[round % s.targets.length]!;
        // 1. The journal, as entries:save runs it.
        const request = { id: entry.id, exerciseId: entry.exerciseId, day: entry.day, answers: edited(entry, n++) };
        let started = performance.now();
        const saved = s.wb.vault.journal().save(request);
        s.times.push(performance.now() - started);
        if (saved.answers === entry.answers) throw new Error('the save did not change the entry');
        // 2. The floor: the same sealed record's bytes, written and fsync'd.
        const row = encodeRecord(key, 'bench', saved, { hidden: false });
        const bytes = Buffer.concat([row.nonce, row.ciphertext]);
        started = performance.now();
        writeSync(s.rawFd, bytes, 0, bytes.length, 0);
        fsyncSync(s.rawFd);
        s.raw.push(performance.now() - started);
      }
      // Let timers and I/O callbacks run between rounds, as they would between a user's saves.
      await new Promise((done) => setImmediate(done));
    }
  } finally {
    for (const s of sizings) {
      closeSync(s.rawFd);
      rmSync(s.rawPath, { force: true });
    }
  }

  const results: SaveSizeResult[] = [];
  for (const s of sizings) {
    // 3. The same edit through electron-store's conf: one JSON file holding every entry.
    const confDir = join(s.wb.dir, 'conf');
    const conf = new Conf<Record<string, Entry>>({ cwd: confDir, projectName: 'mend-bench', configName: 'entries', accessPropertiesByDotNotation: false });
    const fillStarted = performance.now();
    conf.store = Object.fromEntries(s.entries.map((e) => [e.id, e]));
    const confFillMs = performance.now() - fillStarted;
    const confTimes = await sampleWithin(options.confSamples(s.wb.size), options.confBudgetMs, () => {
      const entry = s.targets[n % s.targets.length]!;
      const value = { ...entry, answers: edited(entry, n++), updatedAt: new Date().toISOString() };
      const started = performance.now();
      conf.set(entry.id, value);
      return performance.now() - started;
    });
    rmSync(confDir, { recursive: true, force: true });

    const p95 = percentile(s.times, 95);
    const confP95 = percentile(confTimes, 95);
    results.push({
      size: s.wb.size,
      p95,
      confP95,
      row: {
        name: `save p95 @${sizeLabel(s.wb.size)}`,
        value: round2(p95),
        unit: 'ms',
        ...targetOf(p95, SAVE_TARGET_MS),
        reference: { name: `electron-store (conf) set of the same edit, p95 of ${confTimes.length}`, value: round(confP95) },
        detail: {
          median: round2(median(s.times)),
          samples: s.times.length,
          rawFsyncWriteP95: round2(percentile(s.raw, 95)),
          rawFsyncWriteMedian: round2(median(s.raw)),
          confMedian: round(median(confTimes)),
          confOverMendP95: round(confP95 / p95),
          confFirstWriteMs: round(confFillMs),
        },
      },
    });
  }
  return results;
}

/** The growth check: p95 at the largest size over p95 at the smallest, beside electron-store's growth. */
export function saveGrowthRow(results: SaveSizeResult[]): BenchRow[] {
  const first = results[0];
  const last = results.at(-1);
  if (!first || !last || last === first) return [];
  const ratio = last.p95 / first.p95;
  return [
    {
      name: `save p95 growth @${sizeLabel(last.size)} ÷ @${sizeLabel(first.size)}`,
      value: round2(ratio),
      unit: 'x',
      ...targetOf(ratio, SAVE_GROWTH_TARGET),
      reference: { name: 'electron-store (conf) growth over the same sizes', value: round(last.confP95 / first.confP95) },
    },
  ];
}
