// Search across all entries at 10k and 100k, as the app runs it (in main, over
// the decrypted entries in the journal's order, a slice at a time, with the
// per-entry text cache warm after the first search), and how long it holds
// the event loop at most. Reference: a plain scan of the same decrypted texts.
import { EntrySearch } from '../../main/services/search/entry-search.ts';
import { LOOP_BLOCK_TARGET_MS, median, percentile, round, sample, sizeLabel, targetOf, watchEventLoop } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';
import type { BenchWorkbook } from './seed-workbook.ts';

const QUERIES = ['calmer evening', 'listened', 'still hurts', 'called when', 'unicorn', 'week', 'answering the'];

export async function benchSearch(wb: BenchWorkbook, runs: number): Promise<BenchRow[]> {
  const { vault, size } = wb;
  const entries = vault.journal().list();
  const search = new EntrySearch();
  // The first search of a session builds the text cache: timed once, as the event loop feels it.
  const first = await watchEventLoop(async () => {
    const started = performance.now();
    await search.search(vault.journal().newestFirst(), 'warm the cache');
    return performance.now() - started;
  });
  let q = 0;
  const held: number[] = [];
  const times = await sample(runs, async () => {
    const { result, maxBlockedMs } = await watchEventLoop(async () => {
      const started = performance.now();
      await search.search(vault.journal().newestFirst(), QUERIES[q++ % QUERIES.length]!);
      return performance.now() - started;
    });
    held.push(maxBlockedMs);
    return result;
  });
  const plain = await sample(runs, () => {
    const started = performance.now();
    const word = QUERIES[q++ % QUERIES.length]!.split(' ')[0]!;
    entries.filter((e) => Object.values(e.answers).some((v) => typeof v === 'string' && v.toLowerCase().includes(word)));
    return performance.now() - started;
  });
  const heldMax = Math.max(first.maxBlockedMs, ...held);
  return [
    {
      name: `search p95 @${sizeLabel(size)}`,
      value: round(percentile(times, 95)),
      unit: 'ms',
      ...(size >= 10_000 && size < 100_000 ? { target: 100, pass: percentile(times, 95) <= 100 } : {}),
      reference: { name: 'plain scan of the decrypted texts (p95)', value: round(percentile(plain, 95)) },
      detail: { median: round(median(times)), runs, firstSearchMs: round(first.result) },
    },
    {
      name: `event loop held longest during search @${sizeLabel(size)}`,
      value: round(heldMax),
      unit: 'ms',
      ...targetOf(heldMax, LOOP_BLOCK_TARGET_MS),
      detail: { heldMedian: round(median(held)), firstSearchHeld: round(first.maxBlockedMs) },
    },
  ];
}
