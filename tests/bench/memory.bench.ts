// Main-process heap after unlock, at 10k and 100k entries: each size in a
// fresh Node process (memory.child.ts, with --expose-gc), heapUsed after the
// unlock minus before it, garbage collected both times. Reference: the raw
// size of the decrypted data (the entries as JSON).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { round, sizeLabel, targetOf } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';
import type { BenchWorkbook } from './seed-workbook.ts';

const CHILD = resolve(import.meta.dirname, 'memory.child.ts');
const MB = 2 ** 20;

export function memoryTarget(size: number): number | undefined {
  if (size >= 100_000) return 600;
  if (size >= 10_000) return 150;
  return undefined;
}

interface ChildReport {
  entries: number;
  rawBytes: number;
  heapBefore: number;
  heapAfterUnlock: number;
  heapAfterSearch: number;
  rssAfterUnlock: number;
  externalAfterUnlock: number;
}

export function benchMemory(wb: BenchWorkbook): BenchRow[] {
  wb.vault.lock();
  const child = spawnSync(process.execPath, ['--expose-gc', CHILD, wb.dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`memory child failed (${child.status}): ${child.stderr}`);
  const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildReport;
  if (r.entries !== wb.size) throw new Error(`memory child unlocked ${r.entries} entries, expected ${wb.size}`);
  const heap = (r.heapAfterUnlock - r.heapBefore) / MB;
  return [
    {
      name: `main heap after unlock @${sizeLabel(wb.size)}`,
      value: round(heap),
      unit: 'MB',
      ...targetOf(heap, memoryTarget(wb.size)),
      reference: { name: 'raw size of the decrypted entries (JSON)', value: round(r.rawBytes / MB) },
      detail: {
        heapUsedTotal: round(r.heapAfterUnlock / MB),
        afterFirstSearch: round((r.heapAfterSearch - r.heapBefore) / MB),
        rss: round(r.rssAfterUnlock / MB),
        heapOverRaw: round((r.heapAfterUnlock - r.heapBefore) / r.rawBytes),
      },
    },
  ];
}
