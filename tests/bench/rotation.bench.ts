// A passphrase change (a key rotation, main/services/vault/key-rotation.ts) at
// 10k and 100k entries, through the real services: two KDF runs (the current
// passphrase checked, the new one derived), every row sealed again a slice at a
// time, the workbook's backup sealed again, the slot sealed without the
// retiring keys. The event loop is watched while it runs: its longest hold is
// what the window would feel in Electron. Beside it, in the same run: an unlock
// of the same workbook by passphrase (every row decrypted once), and the KDF alone.
import { createAppServices } from '../../main/services/app-services.ts';
import { deriveKey } from '../../main/services/crypto/kdf.ts';
import { testPorts } from '../support/test-ports.ts';
import { LOOP_BLOCK_TARGET_MS, round, sizeLabel, watchEventLoop } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';
import { BENCH_PASSPHRASE } from './seed-workbook.ts';
import type { BenchWorkbook } from './seed-workbook.ts';
import { kdfOf } from './unlock.bench.ts';

/** Run last on a workbook: it leaves it under another passphrase. */
export async function benchRotation(wb: BenchWorkbook): Promise<BenchRow[]> {
  wb.vault.lock();
  const { vault, backups } = createAppServices({ dataDir: wb.dir, appOrigin: 'mend://app', ...testPorts() });
  const label = sizeLabel(wb.size);
  let t = performance.now();
  // The loop's longest hold during an unlock, in the same run: on a loaded machine the scheduler alone holds it too.
  const unlocked = await watchEventLoop(() => vault.unlock(BENCH_PASSPHRASE));
  const unlockMs = performance.now() - t;
  await backups.create();
  t = performance.now();
  (await deriveKey(BENCH_PASSPHRASE, kdfOf(wb.dir))).fill(0);
  const kdfMs = performance.now() - t;
  t = performance.now();
  const { maxBlockedMs } = await watchEventLoop(() => vault.changePassphrase(BENCH_PASSPHRASE, 'the benchmark’s new passphrase'));
  const changeMs = performance.now() - t;
  vault.lock();
  return [
    {
      name: `passphrase change (rows and one backup sealed again) @${label}`,
      value: round(changeMs),
      unit: 'ms',
      reference: { name: 'unlock by passphrase of the same workbook', value: round(unlockMs) },
      detail: { kdfMs: round(kdfMs), entries: wb.size },
    },
    {
      name: `event loop held longest during a passphrase change @${label}`,
      value: round(maxBlockedMs),
      unit: 'ms',
      target: LOOP_BLOCK_TARGET_MS,
      pass: maxBlockedMs <= LOOP_BLOCK_TARGET_MS,
      reference: { name: 'during an unlock of the same workbook', value: round(unlocked.maxBlockedMs) },
    },
  ];
}
