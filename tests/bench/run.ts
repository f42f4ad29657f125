// `npm run bench`: every benchmark on generated data, a table on screen, and
// bench-results.json (see tests/bench/bench-kit.ts). `--small` divides sizes by
// 100 and runs each once: it only proves the benchmarks still work (npm test).
import { report } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';
import { benchSearch } from './search.bench.ts';
import { benchSummaryPdf } from './summary-pdf.bench.ts';

const small = process.argv.includes('--small');
const rows: BenchRow[] = [];
rows.push(...(await benchSearch(small ? [100, 1000] : [10_000, 100_000], small ? 3 : 30)));
rows.push(...(await benchSummaryPdf(small ? { entries: 20, runs: 1 } : { entries: 200, runs: 7 })));
report(rows, small ? 'test-results/bench-small.json' : 'bench-results.json');
