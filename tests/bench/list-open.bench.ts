// Listing an exercise's entries and opening one, at 10k and 100k entries, as
// entries:list and entries:get run them in main over the unlocked journal:
// the whole list, and the first page the exercise screens ask for (100).
// Beside each, for information: what the answer costs to cross to the
// renderer (V8's serializer and deserializer, as Electron's IPC uses).
import { deserialize, serialize } from 'node:v8';
import { median, percentile, round, round2, sample, sizeLabel, targetOf } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';
import type { BenchWorkbook } from './seed-workbook.ts';

export const LIST_OPEN_TARGET_MS = 30;
/** The page the exercise screens ask for (renderer/src/exercise/use-entries.ts). */
const PAGE = 100;

function ipcCost(value: unknown): number {
  const started = performance.now();
  deserialize(serialize(value));
  return performance.now() - started;
}

export async function benchListOpen(wb: BenchWorkbook, samples: number): Promise<BenchRow[]> {
  const journal = wb.vault.journal();
  const all = journal.list();
  const exerciseIds = [...new Set(all.map((e) => e.exerciseId))].sort();
  const label = sizeLabel(wb.size);

  let n = 0;
  const listIpc: number[] = [];
  const sizes: number[] = [];
  const listTimes = await sample(samples, () => {
    const exerciseId = exerciseIds[n++ % exerciseIds.length]!;
    const started = performance.now();
    const list = journal.list(exerciseId);
    const ms = performance.now() - started;
    listIpc.push(ipcCost(list));
    sizes.push(list.length);
    return ms;
  });

  const pageIpc: number[] = [];
  const pageTimes = await sample(samples, () => {
    const exerciseId = exerciseIds[n++ % exerciseIds.length]!;
    const started = performance.now();
    const page = journal.page(exerciseId, PAGE);
    const ms = performance.now() - started;
    pageIpc.push(ipcCost(page));
    return ms;
  });

  const openIpc: number[] = [];
  const openTimes = await sample(samples, () => {
    const id = all[Math.floor(((n++ * 7919) % all.length))]!.id;
    const started = performance.now();
    const entry = journal.get(id);
    const ms = performance.now() - started;
    openIpc.push(ipcCost(entry));
    return ms;
  });

  const listP95 = percentile(listTimes, 95);
  const pageP95 = percentile(pageTimes, 95);
  const openP95 = percentile(openTimes, 95);
  return [
    {
      name: `list an exercise's entries p95 @${label}`,
      value: round2(listP95),
      unit: 'ms',
      ...targetOf(listP95, LIST_OPEN_TARGET_MS),
      detail: { median: round2(median(listTimes)), entriesPerList: Math.round(median(sizes)), ipcCloneP95: round(percentile(listIpc, 95)), ipcCloneMedian: round(median(listIpc)) },
    },
    {
      name: `list a page (${PAGE}) of an exercise's entries p95 @${label}`,
      value: round2(pageP95),
      unit: 'ms',
      ...targetOf(pageP95, LIST_OPEN_TARGET_MS),
      detail: { median: round2(median(pageTimes)), ipcCloneP95: round(percentile(pageIpc, 95)), ipcCloneMedian: round(median(pageIpc)) },
    },
    {
      name: `open an entry p95 @${label}`,
      value: round2(openP95),
      unit: 'ms',
      ...targetOf(openP95, LIST_OPEN_TARGET_MS),
      detail: { median: round2(median(openTimes)), ipcCloneP95: round2(percentile(openIpc, 95)) },
    },
  ];
}
