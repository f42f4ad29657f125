// Random damage to a backup file: restoring it either refuses with a clear
// MendError (damaged, or not this workbook's) or, when the damage missed every
// record, restores exactly the backed-up entries. Never a raw error, never
// wrong data, and the workbook is untouched by a refused restore.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BackupStore } from '../../../main/services/backups/backup-store.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import { MendError } from '../../../shared/contract/result.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { makeTempDir, removeDir } from '../main/helpers.ts';

const LONG = process.env.MEND_FAULTS === 'long';
const FLIPS = LONG ? 1000 : 100;
const TRUNCATIONS = LONG ? 200 : 30;
const SEED = Number(process.env.MEND_FAULTS_SEED ?? Date.now() % 2 ** 31);

function prng(seed: number) {
  let s = seed >>> 0 || 1;
  return (below: number) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % below;
  };
}

let dir: string;
let vault: Vault;
let backups: BackupStore;
let original: Buffer;
let backupPath: string;
let before: Map<string, Entry>;
let afterEdits: Map<string, Entry>;

beforeAll(async () => {
  dir = makeTempDir();
  vault = new Vault(dir);
  backups = new BackupStore({ vault, dir: join(dir, 'backups'), keep: 1000 });
  await vault.create('backup tamper passphrase');
  for (let i = 0; i < 30; i++) vault.journal().save({ exerciseId: 'owning-it', day: '2026-11-01', answers: { whatIDid: `letter ${i} `.repeat(1 + (i % 40)) } });
  before = new Map(vault.journal().list().map((e) => [e.id, e]));
  const made = await backups.create();
  backupPath = join(dir, 'backups', made.name);
  original = readFileSync(backupPath);
  // The workbook moves on after the backup, so a restore that happened would be visible.
  vault.journal().save({ exerciseId: 'owning-it', day: '2026-11-02', answers: { whatIDid: 'written after the backup' } });
  afterEdits = new Map(vault.journal().list().map((e) => [e.id, e]));
});
afterAll(() => {
  vault.lock();
  removeDir(dir);
});

async function restoreDamaged(bytes: Buffer): Promise<string> {
  writeFileSync(backupPath, bytes);
  const workbookBefore = new Map(vault.journal().list().map((e) => [e.id, e]));
  try {
    await backups.restore(backupPath.split('/').pop()!);
  } catch (err) {
    if (!(err instanceof MendError)) return `RAW ${(err as Error).message}`;
    expect(['damaged-file', 'not-found']).toContain(err.code);
    // Refused: the workbook is exactly as it was.
    expect(new Map(vault.journal().list().map((e) => [e.id, e]))).toEqual(workbookBefore);
    return 'refused';
  }
  // Restored: exactly the backed-up entries, nothing else and nothing altered.
  expect(new Map(vault.journal().list().map((e) => [e.id, e]))).toEqual(before);
  return 'restored';
}

describe(`random damage to a backup (seed ${SEED})`, () => {
  const next = prng(SEED);

  it(`${FLIPS} single-byte flips and ${TRUNCATIONS} truncations: refused cleanly or restored exactly`, async () => {
    const outcomes = new Map<string, number>();
    const count = (o: string) => outcomes.set(o, (outcomes.get(o) ?? 0) + 1);
    for (let i = 0; i < FLIPS + TRUNCATIONS; i++) {
      const bytes = i < FLIPS ? Buffer.from(original) : original.subarray(0, next(original.length));
      if (i < FLIPS) {
        const at = next(bytes.length);
        bytes[at] = bytes[at]! ^ (1 + next(255));
      }
      const outcome = await restoreDamaged(bytes);
      count(outcome);
      if (outcome === 'restored') {
        // Put the later workbook back through the normal path: restore the safety backup made just now.
        const latest = backups.list().find((b) => !backupPath.endsWith(b.name))!;
        await backups.restore(latest.name);
        expect(new Map(vault.journal().list().map((e) => [e.id, e]))).toEqual(afterEdits);
      }
    }
    console.log(`backup tamper (seed ${SEED}): ${[...outcomes].map(([o, n]) => `${n} ${o}`).join(', ')}`);
    expect([...outcomes.keys()].filter((o) => o.startsWith('RAW')), 'a raw error escaped a restore').toEqual([]);
  }, LONG ? 1_800_000 : 300_000);
});
