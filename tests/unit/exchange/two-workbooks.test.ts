// Two workbooks (real services, two data folders), each with its own replica of
// the shared folder, and a simulated sync tool between the replicas (sim-sync.ts:
// delays, half-written files, the tool's temporary files, duplicates, deletions,
// any order, a clock an hour off). Everything shared arrives once, in its newest
// version; nothing private leaves: no marker written, shared or private, is in
// any file of either replica.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FolderTransport } from '../../../main/services/exchange/folder-transport.ts';
import { makeTempDir, removeDir } from '../main/helpers.ts';
import { cleanup, newPartner, pair, saveEntry } from './exchange-kit.ts';
import type { Partner } from './exchange-kit.ts';
import { filesUnder, SimulatedSync } from './sim-sync.ts';

const partners: Partner[] = [];
const dirs: string[] = [];
afterAll(() => {
  cleanup(...partners);
  for (const d of dirs) removeDir(d);
});

describe('two workbooks through a shared folder kept by a sync tool', () => {
  it.each([1, 2, 3])('everything shared arrives once, nothing private leaves (seed %i)', async (seed) => {
    const hourAhead = () => new Date(Date.now() + 3600_000);
    const a = await newPartner();
    const b = await newPartner(hourAhead);
    partners.push(a, b);
    const root = makeTempDir();
    dirs.push(root);
    const replicas: [string, string] = [join(root, 'alex-side'), join(root, 'blair-side')];
    for (const r of replicas) mkdirSync(r);
    const sync = new SimulatedSync(replicas, seed);
    const ta = new FolderTransport(a.exchange);
    const tb = new FolderTransport(b.exchange);

    pair(a, b);
    a.exchange.setFolder(replicas[0]);
    b.exchange.setFolder(replicas[1]);
    expect(a.exchange.status().pairing!.phrase).toEqual(b.exchange.status().pairing!.phrase);
    a.exchange.confirmPhrase();
    b.exchange.confirmPhrase();

    const markers: string[] = [];
    const mark = (what: string) => {
      const m = `MARKER-${what}-${randomUUID()}`;
      markers.push(m);
      return m;
    };
    const refusals: string[] = [];
    let taken = 0;
    const round = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        for (const t of [ta, tb]) {
          const report = await t.sync();
          taken += report.taken;
          refusals.push(...report.refused.map((r) => r.reason));
          sync.step();
        }
      }
    };
    await round(2);

    const alexShared = [1, 2, 3, 4, 5].map((i) => saveEntry(a, mark(`alex-shared-${i}`), `2026-03-0${i}`));
    for (let i = 0; i < 3; i += 1) saveEntry(a, mark(`alex-private-${i}`), '2026-04-01');
    const blairShared = [1, 2].map((i) => saveEntry(b, mark(`blair-shared-${i}`), `2026-05-0${i}`));
    saveEntry(b, mark('blair-private'), '2026-05-09');
    for (const id of alexShared) a.exchange.share(id);
    for (const id of blairShared) b.exchange.share(id);
    await round(1);

    // An edit (a new version) and a withdrawal (a tombstone), while the first versions are still on their way.
    const edited = alexShared[0]!;
    const editedText = mark('alex-edited');
    a.vault.journal().save({ id: edited, exerciseId: 'next-right-thing', day: '2026-03-01', answers: { rightThing: editedText } });
    a.exchange.share(edited);
    const withdrawn = alexShared[1]!;
    a.exchange.withdraw(withdrawn);
    await round(3);

    // The tool deletes everything Alex wrote; Alex's Mend writes its envelopes again.
    const alexFiles = filesUnder(replicas[0]).filter((f) => f.endsWith('.envelope')).map((f) => relative(replicas[0], f));
    for (const rel of alexFiles) sync.deleteEverywhere(rel);
    for (const rel of alexFiles) sync.forgetDeletion(rel);
    await round(12);

    const got = b.exchange.received();
    expect(got.map((r) => r.id).sort()).toEqual(alexShared.filter((id) => id !== withdrawn).sort());
    expect(new Set(got.map((r) => r.id)).size).toBe(got.length);
    expect(got.find((r) => r.id === edited)).toMatchObject({ version: 2, answers: { rightThing: editedText }, from: 'Alex' });
    expect(a.exchange.received().map((r) => r.id).sort()).toEqual([...blairShared].sort());
    expect(a.exchange.received().every((r) => r.from === 'Blair')).toBe(true);

    // Nothing in either replica in the clear: no marker, shared or private, in any encoding.
    const files = [...filesUnder(replicas[0]), ...filesUnder(replicas[1])];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const m of markers) {
        expect(bytes.includes(Buffer.from(m, 'utf8')), `${m} in ${file}`).toBe(false);
        expect(bytes.includes(Buffer.from(m, 'utf16le')), `${m} in ${file}`).toBe(false);
      }
    }
    // What Blair holds of Alex's is only what Alex shared.
    const blairSees = JSON.stringify(got);
    for (const m of markers.filter((x) => x.includes('private'))) expect(blairSees).not.toContain(m);
    // The tool did its worst: half-written files were met and tried again, nothing else was refused.
    expect(refusals).toContain('truncated');
    expect(new Set(refusals.filter((r) => r !== 'truncated' && r !== 'not-confirmed'))).toEqual(new Set());
    expect(taken).toBeGreaterThanOrEqual(2 + 5 + 2);
    ta.stop();
    tb.stop();
  }, 120_000);
});
