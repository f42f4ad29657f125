// Unlock, to the home screen's data ready, at 10k and 100k entries, through the
// real services and IPC router as the app runs them: the unlock request, then
// profile:get and entries:overview (what home shows, worked out in main), then
// the overview serialized as Electron's IPC does (V8's serializer in main, its
// deserializer in the renderer). The KDF (scrypt) is slow by design, so the
// target is on everything after it, timed directly through device:unlock (the
// same unlock with a kept key, no KDF); the passphrase path (vault:unlock) and
// the KDF alone are timed beside it. The first unlock of a day also makes the
// daily backup: timed apart. While it runs the event loop is watched: a long
// hold is a frozen main process in Electron.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { deserialize, serialize } from 'node:v8';
import { createAppServices } from '../../main/services/app-services.ts';
import type { EntriesOverview } from '../../shared/contract/channels.ts';
import { localDay } from '../../shared/domain/dates.ts';
import { deriveKey } from '../../main/services/crypto/kdf.ts';
import type { KdfParams } from '../../main/services/crypto/kdf.ts';
import { testPorts } from '../support/test-ports.ts';
import { LOOP_BLOCK_TARGET_MS, median, round, sizeLabel, targetOf, watchEventLoop } from './bench-kit.ts';
import type { BenchRow } from './bench-kit.ts';
import { BENCH_PASSPHRASE } from './seed-workbook.ts';
import type { BenchWorkbook } from './seed-workbook.ts';

/** Everything after the KDF, by size (the targets; sizes between take the larger one's). */
export function unlockTarget(size: number): number | undefined {
  if (size >= 100_000) return 1500;
  if (size >= 10_000) return 300;
  return undefined;
}
export const KDF_RANGE_MS = [250, 1000] as const;

const APP_ORIGIN = 'mend://app';
const SENDER = { id: 1, url: `${APP_ORIGIN}/index.html`, isMainFrame: true };

interface Timing {
  total: number;
  unlockCall: number;
  home: number;
  serialize: number;
  deserialize: number;
  blocked: number;
}

/** The KDF settings of the workbook's first slot (also used by rotation.bench.ts). */
export function kdfOf(dir: string): KdfParams {
  const db = new DatabaseSync(join(dir, 'workbook.mend'), { readOnly: true });
  try {
    return (JSON.parse((db.prepare('SELECT body FROM header WHERE id = 1').get() as { body: string }).body) as { members: { kdf: KdfParams }[] }).members[0]!.kdf;
  } finally {
    db.close();
  }
}

function unwrap<T>(result: { ok: boolean; value?: unknown; error?: unknown }): T {
  if (!result.ok) throw new Error(`bench request failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export interface UnlockOptions {
  /** Ordinary unlocks timed (the day's backup already made), by passphrase and by this device's key. */
  runs: number;
  /** Unlocks timed with the daily backup due (the first unlock of a day). */
  backupRuns: number;
}

type Way = 'passphrase' | 'device';

export async function benchUnlock(wb: BenchWorkbook, options: UnlockOptions): Promise<BenchRow[]> {
  wb.vault.lock();
  const services = createAppServices({ dataDir: wb.dir, appOrigin: APP_ORIGIN, ...testPorts() });
  const backupsDir = join(wb.dir, 'backups');
  const kdf = kdfOf(wb.dir);

  /**
   * From the unlock request to the home screen's data in the renderer. By passphrase
   * (vault:unlock, the KDF included), or by this device's key (device:unlock): the very
   * same unlock without the KDF, so it times "everything after the KDF" directly.
   */
  const unlockOnce = async (way: Way): Promise<Timing> => {
    services.vault.lock();
    const { result, maxBlockedMs } = await watchEventLoop(async () => {
      const started = performance.now();
      if (way === 'passphrase') unwrap(await services.route('vault:unlock', { passphrase: BENCH_PASSPHRASE }, SENDER));
      else unwrap(await services.route('device:unlock', {}, SENDER));
      const unlocked = performance.now();
      unwrap(await services.route('profile:get', {}, SENDER));
      const overview = unwrap<EntriesOverview>(await services.route('entries:overview', { today: localDay(new Date()) }, SENDER));
      const listed = performance.now();
      const bytes = serialize(overview);
      const serialized = performance.now();
      const received = deserialize(bytes) as EntriesOverview;
      const done = performance.now();
      const counted = received.exercises.reduce((sum, d) => sum + d.count, 0);
      if (counted !== wb.size) throw new Error(`expected ${wb.size} entries counted after unlock, got ${counted}`);
      return { total: done - started, unlockCall: unlocked - started, home: listed - unlocked, serialize: serialized - listed, deserialize: done - serialized };
    });
    return { ...result, blocked: maxBlockedMs };
  };

  /**
   * A first unlock of the day starts the day's backup two seconds after it answers, in the
   * background (a copy and a check of every record: seconds at 100k). Waited for here, so that
   * it does not fall on the next measure; the export bench times that copy and its check.
   */
  const dailyBackupMade = async () => {
    for (const started = performance.now(); performance.now() - started < 120_000; ) {
      await new Promise((done) => setTimeout(done, 100));
      const files = existsSync(backupsDir) ? readdirSync(backupsDir) : [];
      if (files.some((f) => f.startsWith('backup-')) && !files.some((f) => f.startsWith('.'))) return;
    }
    throw new Error('the daily backup was not made within two minutes');
  };

  try {
    // The first unlock makes the day's backup (none exists yet) and lets this device remember the key.
    const warmUp = await unlockOnce('passphrase');
    await dailyBackupMade();
    unwrap(await services.route('device:remember', { passphrase: BENCH_PASSPHRASE }, SENDER));
    const kdfTimes: number[] = [];
    const kdfBlocked: number[] = [];
    const byPassphrase: Timing[] = [];
    const byDevice: Timing[] = [];
    const firstOfDay: Timing[] = [];
    for (let i = 0; i < options.runs; i++) {
      // The KDF alone, and how long it holds the loop (it runs on libuv's pool, so it should not).
      const { result, maxBlockedMs } = await watchEventLoop(async () => {
        const started = performance.now();
        (await deriveKey(BENCH_PASSPHRASE, kdf)).fill(0);
        return performance.now() - started;
      });
      kdfTimes.push(result);
      kdfBlocked.push(maxBlockedMs);
      byPassphrase.push(await unlockOnce('passphrase'));
      byDevice.push(await unlockOnce('device'));
    }
    for (let i = 0; i < options.backupRuns; i++) {
      services.vault.lock();
      rmSync(backupsDir, { recursive: true, force: true });
      firstOfDay.push(await unlockOnce('device'));
      await dailyBackupMade();
    }
    services.vault.lock();

    const kdfMs = median(kdfTimes);
    const m = (ts: Timing[], key: keyof Timing) => median(ts.map((t) => t[key]));
    const label = sizeLabel(wb.size);
    const target = unlockTarget(wb.size);
    const kdfRef = { name: `the KDF alone (scrypt N=2^${Math.log2(kdf.N)}, r=${kdf.r}), median`, value: round(kdfMs) };
    const after = m(byDevice, 'total');
    const firstAfter = m(firstOfDay, 'total');
    const held = m(byPassphrase, 'blocked');
    return [
      {
        name: `unlock after KDF, to home data ready @${label}`,
        value: round(after),
        unit: 'ms',
        ...targetOf(after, target),
        reference: kdfRef,
        detail: {
          runs: byDevice.length,
          unlockCall: round(m(byDevice, 'unlockCall')),
          'profile+entries:overview': round(m(byDevice, 'home')),
          ipcSerializeInMain: round(m(byDevice, 'serialize')),
          ipcDeserializeInRenderer: round(m(byDevice, 'deserialize')),
          byPassphraseTotal: round(m(byPassphrase, 'total')),
          byPassphraseMinusKdf: round(m(byPassphrase, 'total') - kdfMs),
        },
      },
      {
        name: `unlock after KDF, first of the day (daily backup) @${label}`,
        value: round(firstAfter),
        unit: 'ms',
        ...targetOf(firstAfter, target),
        reference: kdfRef,
        detail: { runs: firstOfDay.length, 'unlockCall (with backup)': round(m(firstOfDay, 'unlockCall')), warmUpByPassphraseTotal: round(warmUp.total) },
      },
      {
        name: `unlock KDF alone @${label}`,
        value: round(kdfMs),
        unit: 'ms',
        target: KDF_RANGE_MS[1],
        pass: kdfMs >= KDF_RANGE_MS[0] && kdfMs <= KDF_RANGE_MS[1],
        detail: { designedMin: KDF_RANGE_MS[0], runs: kdfTimes.length },
      },
      {
        name: `event loop held longest during unlock @${label}`,
        value: round(held),
        unit: 'ms',
        ...targetOf(held, LOOP_BLOCK_TARGET_MS),
        reference: { name: 'held during the KDF alone (max)', value: round(Math.max(...kdfBlocked)) },
        detail: {
          worst: round(Math.max(...byPassphrase.map((t) => t.blocked))),
          firstOfDayMedian: round(m(firstOfDay, 'blocked')),
          firstOfDayWorst: round(Math.max(...firstOfDay.map((t) => t.blocked), warmUp.blocked)),
        },
      },
    ];
  } finally {
    services.vault.lock();
    services.rememberedKey.forget();
    rmSync(backupsDir, { recursive: true, force: true });
  }
}
