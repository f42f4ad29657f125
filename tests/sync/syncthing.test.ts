// The exchange through a real sync engine: two workbooks, each watching its
// own replica of a folder that two Syncthing instances keep in step over
// loopback. An entry shared on one appears on the other, once; nothing in
// either replica is readable.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FolderTransport } from '../../main/services/exchange/folder-transport.ts';
import { makeTempDir, removeDir } from '../unit/main/helpers.ts';
import { cleanup, newPartner, pair, saveEntry } from '../unit/exchange/exchange-kit.ts';
import type { Partner } from '../unit/exchange/exchange-kit.ts';
import { filesUnder } from '../unit/exchange/sim-sync.ts';
import { startSyncthingPair } from './syncthing-kit.ts';
import type { SyncthingPair } from './syncthing-kit.ts';

let root: string;
let engines: SyncthingPair;
let a: Partner, b: Partner;
const transports: FolderTransport[] = [];

beforeAll(async () => {
  root = makeTempDir();
  engines = await startSyncthingPair(root);
  a = await newPartner();
  b = await newPartner();
});
afterAll(async () => {
  for (const t of transports) t.stop();
  await engines?.stop();
  cleanup(a, b);
  removeDir(root);
});

async function until(condition: () => boolean, what: string, ms = 240_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('two Syncthing instances on 127.0.0.1', () => {
  it('carry the pairing’s confirmations and a shared entry from one workbook to the other', async () => {
    pair(a, b);
    a.exchange.setFolder(engines.replicas[0]);
    b.exchange.setFolder(engines.replicas[1]);
    a.exchange.confirmPhrase();
    b.exchange.confirmPhrase();
    const [ta, tb] = [new FolderTransport(a.exchange), new FolderTransport(b.exchange)];
    transports.push(ta, tb);
    // Each side watches its own replica (fs.watch), as Mend does while unlocked; the poll is a backstop.
    ta.watch(() => {}, 2_000);
    tb.watch(() => {}, 2_000);
    await until(() => !!a.exchange.status().pairing?.confirmedByPartner && !!b.exchange.status().pairing?.confirmedByPartner, 'both confirmations');

    const marker = `MARKER-${randomUUID()}`;
    const id = saveEntry(a, marker);
    a.exchange.share(id);
    await ta.sync();
    await until(() => b.exchange.received().some((r) => r.id === id), 'the entry on the other computer');
    expect(b.exchange.received()).toEqual([expect.objectContaining({ id, from: 'Alex', answers: expect.objectContaining({ rightThing: marker }) })]);
    for (const file of [...filesUnder(engines.replicas[0]), ...filesUnder(engines.replicas[1])]) {
      expect(readFileSync(file).includes(Buffer.from(marker))).toBe(false);
    }
  });
});
