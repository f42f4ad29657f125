// Revocation, as a property (issue 14): random sequences of passphrase changes,
// backups, restores, exports and imports, and adding the second partner, by
// either partner, through the real services. After every step:
//  - no file in the data folder (workbook, backups, leftovers) opens with any
//    passphrase retired so far, whoever it belonged to;
//  - no key retired so far (a private key or a shared key held before a
//    change) decrypts any row, anywhere in the data folder, written after its
//    retirement.
// Imports include copies saved outside the folder before a change and opened
// with the passphrase of that time: the attack of issue 14, point 1.
// A few runs in `npm test`; MEND_FAULTS=long runs many more and longer ones.
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../main/services/backups/import-workbook.ts';
import { MendError } from '../../../shared/contract/result.ts';
import { makeTempDir, removeDir } from '../main/helpers.ts';
import { openBook, owning } from '../main/two-partners-kit.ts';
import { filesOpeningWith, sealedUnder } from './revocation-kit.ts';

const LONG = process.env.MEND_FAULTS === 'long';
const RUNS = LONG ? 25 : 3;
const MAX_STEPS = LONG ? 10 : 5;
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

type Who = 'A' | 'B';
type Step =
  | { kind: 'change'; who: Who }
  | { kind: 'backup'; who: Who }
  | { kind: 'restore'; who: Who; pick: number }
  | { kind: 'export'; who: Who }
  | { kind: 'import'; who: Who; pick: number }
  | { kind: 'addPartner' };

const who = fc.constantFrom<Who>('A', 'B');
const pick = fc.nat({ max: 9 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('change' as const), who }),
  fc.record({ kind: fc.constant('backup' as const), who }),
  fc.record({ kind: fc.constant('restore' as const), who, pick }),
  fc.record({ kind: fc.constant('export' as const), who }),
  fc.record({ kind: fc.constant('import' as const), who, pick }),
  fc.constant({ kind: 'addPartner' as const }),
);

/** Refusals the services may rightly answer (a copy from before the second partner, say): the step then changes nothing. */
async function refusedOrDone(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (err) {
    if (!(err instanceof MendError) || err.code !== 'invalid-request') throw err;
  }
}

async function runSequence(steps: Step[]): Promise<void> {
  const dir = makeTempDir();
  const outside = makeTempDir();
  dirs.push(dir, outside);
  const book = openBook(dir);
  const { vault, backups } = book.services;
  let fresh = 0;
  const newPassphrase = (w: Who) => `${w} passphrase number ${fresh++}`;
  const pass: Record<Who, string | null> = { A: newPassphrase('A'), B: null };
  const retired: string[] = [];
  const retiredKeys: { key: Buffer; at: number }[] = [];
  const written: { text: string; at: number }[] = [];
  const exported: string[][] = [];
  let clock = 0;
  await vault.create(pass.A!);
  vault.lock();
  for (const [n, s] of steps.entries()) {
    // B acts only once B exists; until then A does.
    const actor: Who = s.kind !== 'addPartner' && s.who === 'B' && pass.B ? 'B' : 'A';
    await vault.unlock(pass[actor]!);
    const forTwo = pass.B !== null;
    switch (s.kind) {
      case 'change': {
        const keys = vault.copyKeys();
        const next = newPassphrase(actor);
        await vault.changePassphrase(pass[actor]!, next);
        retired.push(pass[actor]!);
        clock += 1;
        retiredKeys.push({ key: keys.privateKey, at: clock }, ...(keys.sharedKey ? [{ key: keys.sharedKey, at: clock }] : []));
        pass[actor] = next;
        break;
      }
      case 'backup':
        await backups.create();
        break;
      case 'restore': {
        const list = backups.list();
        if (list.length > 0) await refusedOrDone(() => backups.restore(list[s.pick % list.length]!.name));
        break;
      }
      case 'export': {
        const file = join(outside, `copy-${n}.mend`);
        await backups.exportTo(file);
        exported.push([file, pass[actor]!]);
        break;
      }
      case 'import': {
        if (exported.length === 0) break;
        const [file, passphrase] = exported[s.pick % exported.length]!;
        await refusedOrDone(() => importWorkbook(file!, passphrase!, vault, backups));
        break;
      }
      case 'addPartner':
        if (forTwo) break;
        pass.B = newPassphrase('B');
        await vault.addPartner({ currentPassphrase: pass.A!, partnerPassphrase: pass.B, myName: 'Sam', partnerName: 'Alex', partnerRole: 'H' });
        break;
    }
    // Something written after each step, so every retired key has rows it must not open.
    const shared = pass.B !== null && n % 2 === 0;
    const text = `written after step ${n};`;
    vault.journal().save({ ...owning(text), ...(shared ? { visibility: 'shared' as const } : {}) });
    written.push({ text, at: clock });
    vault.lock();
    for (const old of retired) expect(await filesOpeningWith(dir, old), `after ${JSON.stringify(steps.slice(0, n + 1))}: files opening with ${old}`).toEqual([]);
    for (const { key, at } of retiredKeys) {
      const since = written.filter((w) => w.at >= at).map((w) => w.text);
      expect(sealedUnder(dir, key, (plain) => since.some((t) => plain.includes(t))), `after ${JSON.stringify(steps.slice(0, n + 1))}: rows a retired key opens`).toEqual([]);
    }
  }
  removeDir(dir);
  removeDir(outside);
}

describe('revocation', () => {
  it(`holds over ${RUNS} random sequences of up to ${MAX_STEPS} steps, by either partner`, async () => {
    await fc.assert(
      // Only sequences that change a passphrase somewhere: without a retired passphrase there is nothing to check.
      fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: MAX_STEPS }).filter((steps) => steps.some((x) => x.kind === 'change')), (steps) => runSequence(steps)),
      // The first run is the attack of issue 14, point 1, with a copy saved outside the folder.
      {
        numRuns: RUNS,
        examples: [[[{ kind: 'backup', who: 'A' }, { kind: 'addPartner' }, { kind: 'export', who: 'B' }, { kind: 'change', who: 'B' }, { kind: 'import', who: 'A', pick: 0 }]]],
        endOnFailure: true,
      },
    );
  }, LONG ? 3_600_000 : 600_000);
});
