// Run by memory.bench.ts in a fresh process with --expose-gc: unlocks the
// workbook in argv[2] and prints, as JSON, the heap it costs (and after one
// search, whose per-entry text cache main then keeps).
import { Vault } from '../../main/services/vault/vault.ts';
import { EntrySearch } from '../../main/services/search/entry-search.ts';
import { BENCH_PASSPHRASE } from './seed-workbook.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const settle = () => {
  gc();
  gc();
  return process.memoryUsage();
};

const dir = process.argv[2]!;
const vault = new Vault(dir);
const before = settle();
await vault.unlock(BENCH_PASSPHRASE);
const unlocked = settle();
const entries = vault.journal().list();
const rawBytes = entries.reduce((sum, e) => sum + Buffer.byteLength(JSON.stringify(e)), 0);
// Kept reachable until measured: main holds its search (and so the text cache) for the whole session.
const search = new EntrySearch();
// A query with no hits reads every entry, so the whole text cache is built.
await search.search(entries, 'unicorn zebra');
const searched = settle();
await search.search(entries, 'keep the cache reachable until here');
console.log(JSON.stringify({
  entries: entries.length,
  rawBytes,
  heapBefore: before.heapUsed,
  heapAfterUnlock: unlocked.heapUsed,
  heapAfterSearch: searched.heapUsed,
  rssAfterUnlock: unlocked.rss,
  externalAfterUnlock: unlocked.external,
}));
vault.lock();
