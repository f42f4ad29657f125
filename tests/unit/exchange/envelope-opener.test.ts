// Opening many envelopes in a helper thread (envelope-opener.ts) changes only
// where the work is done: the same envelopes are taken in, the same ones
// refused for the same reasons, a forged signature is still caught on main,
// and a helper that cannot start leaves the opening to main.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openInHelper } from '../../../main/services/exchange/envelope-opener.ts';
import { openEnvelope, sealEnvelope } from '../../../main/services/exchange/envelope.ts';
import { b64 } from '../../../main/services/exchange/payload.ts';
import { publicsOf } from '../../../main/services/crypto/identity.ts';
import { envelopesOf, pairAndStrangerForFile, refusedWith, saveEntry } from './exchange-kit.ts';
import type { Partner } from './exchange-kit.ts';

const BUILT_WORKER = resolve(import.meta.dirname, '../../../out/main/envelope-worker.js');
let a: Partner, b: Partner, mallory: Partner;
pairAndStrangerForFile((made) => ({ a, b, mallory } = made));

describe('opening envelopes in a helper thread', () => {
  it('opens what main would open, checks signatures against the partner’s key, and refuses what main refuses', async () => {
    for (let i = 0; i < 20; i += 1) a.exchange.share(saveEntry(a, `words ${i}`));
    const files = envelopesOf(a);
    const tampered = Buffer.from(files[1]!);
    tampered[tampered.length - 20]! ^= 1;
    // Claims to be Alex, signed by someone else.
    const real = openEnvelope(files[2]!, a.vault.copyKeys().identity!.agree).payload;
    const forged = sealEnvelope({ ...real, version: 9 }, mallory.vault.copyKeys().identity!.sign, [publicsOf(b.vault.copyKeys().identity!).agree, publicsOf(a.vault.copyKeys().identity!).agree]);
    const opened = (await b.exchange.openMany([...files, tampered, forged, Buffer.alloc(10)]))!;
    expect(opened).toHaveLength(files.length + 3);
    const alex = b64(publicsOf(a.vault.copyKeys().identity!).sign);
    expect(opened.slice(0, files.length).every((o) => 'opened' in o && o.signedBy === alex)).toBe(true);
    expect(opened.slice(files.length).map((o) => ('refused' in o ? o.refused : o.signedBy))).toEqual(['tampered', null, 'truncated']);

    const outcomes = b.exchange.receiveBatch((take) => opened.map((o) => refusedWith(take(o))));
    expect(outcomes.filter((o) => o === 'taken')).toHaveLength(files.length - 1); // all but Alex's confirmation, held already
    expect(outcomes.slice(files.length)).toEqual(['tampered', 'forged', 'truncated']);
    expect(b.exchange.received()).toHaveLength(20);
  }, 60_000);

  // npm test builds before the unit tests; run alone without a build, this one is skipped.
  it.skipIf(!existsSync(BUILT_WORKER))('the built helper (out/main/envelope-worker.js, what the app ships) opens them alike', async () => {
    const files = envelopesOf(a).slice(0, 3);
    const seeds = b.vault.copyKeys().identity!;
    const task = { agreeSeed: seeds.agree, partnerSign: b64(publicsOf(a.vault.copyKeys().identity!).sign) };
    const built = (await openInHelper(files, task, pathToFileURL(BUILT_WORKER)))!;
    expect(built.map((o) => ('opened' in o ? [o.opened.payload.item, o.signedBy] : o.refused))).toEqual(
      files.map((f) => [openEnvelope(f, seeds.agree).payload.item, task.partnerSign]),
    );
  });

  it('answers null when no helper can run, so main opens the envelopes itself', async () => {
    const files = envelopesOf(a).slice(0, 2);
    expect(await openInHelper(files, { agreeSeed: Buffer.alloc(32), partnerSign: 'x' }, new URL('./no-such-worker.ts', import.meta.url))).toBeNull();
  });
});
