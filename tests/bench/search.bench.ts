// Search across all entries at 10k and 100k, as the app runs it (in main, over
// the decrypted entries, with the per-entry text cache warm after the first
// search). Reference: a plain scan of the same decrypted texts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntrySearch } from '../../main/services/search/entry-search.ts';
import { median, percentile, round, sample } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';
import { seedWorkbook } from './seed-workbook.ts';

const QUERIES = ['calmer evening', 'listened', 'still hurts', 'called when', 'unicorn', 'week', 'answering the'];

export async function benchSearch(sizes: number[], runs: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'mend-bench-search-'));
    const vault = await seedWorkbook(dir, size);
    try {
      const entries = vault.journal().list();
      const search = new EntrySearch();
      search.search(entries, 'warm the cache');
      let q = 0;
      const times = await sample(runs, () => {
        const started = performance.now();
        search.search(vault.journal().list(), QUERIES[q++ % QUERIES.length]!);
        return performance.now() - started;
      });
      const plain = await sample(runs, () => {
        const started = performance.now();
        const word = QUERIES[q++ % QUERIES.length]!.split(' ')[0]!;
        entries.filter((e) => Object.values(e.answers).some((v) => typeof v === 'string' && v.toLowerCase().includes(word)));
        return performance.now() - started;
      });
      rows.push({
        name: `search p95 @${size}`,
        value: round(percentile(times, 95)),
        unit: 'ms',
        ...(size >= 10_000 && size < 100_000 ? { target: 100, pass: percentile(times, 95) <= 100 } : {}),
        reference: { name: 'plain scan of the decrypted texts (p95)', value: round(percentile(plain, 95)) },
        detail: { median: round(median(times)) },
      });
    } finally {
      vault.lock();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
