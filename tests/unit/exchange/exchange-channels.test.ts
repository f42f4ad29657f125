// The exchange's IPC channels through the router as the app builds it: two
// apps (two data folders) sharing one folder, paired, sharing an entry, the
// file to send, the pace and unpairing; requests validated, senders checked.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SenderInfo } from '../../../main/services/ipc/sender-policy.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExchangeStatus } from '../../../shared/exchange/exchange-contract.ts';
import { makeTempDir, removeDir } from '../main/helpers.ts';
import { app, TRUSTED } from './channel-app.ts';
import type { App } from './channel-app.ts';

const STRANGER: SenderInfo = { id: 2, url: 'https://example.com/', isMainFrame: true };

let alex: App, blair: App, shared: string;

beforeAll(async () => {
  [alex, blair] = [await app(), await app()];
  shared = join(makeTempDir(), 'shared');
  mkdirSync(shared);
}, 60_000);
afterAll(async () => {
  for (const a of [alex, blair]) {
    await a.call('vault:lock');
    removeDir(a.dir);
  }
  removeDir(join(shared, '..'));
});

describe('exchange channels', () => {
  it('refuse a stranger sender and malformed requests', async () => {
    const stranger = await alex.services.route('exchange:status', {}, STRANGER);
    expect(stranger).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    const bad = await alex.services.route('exchange:openInvitation', { text: 'x'.repeat(401), partnerName: 'B' }, TRUSTED);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const early = await alex.services.route('exchange:invite', {}, TRUSTED);
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid-request' } }); // the safety question first
  });

  it('pair, share through the folder, pause, the file to send, unpair', async () => {
    for (const a of [alex, blair]) await a.call('exchange:answerSafety', { safe: true });
    const invite = await alex.call<ExchangeStatus>('exchange:invite');
    await blair.call('exchange:openInvitation', { text: invite.invitation, partnerName: 'Alex' });
    const blairStatus = await blair.call<ExchangeStatus>('exchange:status');
    const alexStatus = await alex.call<ExchangeStatus>('exchange:openInvitation', { text: blairStatus.invitation, partnerName: 'Blair' });
    expect(alexStatus.pairing!.phrase).toEqual(blairStatus.pairing!.phrase);
    for (const a of [alex, blair]) {
      a.dialogs.nextFolder = shared;
      expect((await a.call<ExchangeStatus>('exchange:chooseFolder')).pairing!.folder).toBe(shared);
      await a.call('exchange:confirm');
    }
    for (const a of [alex, blair, alex]) await a.call('exchange:sync');
    expect((await alex.call<ExchangeStatus>('exchange:status')).pairing).toMatchObject({ confirmedByMe: true, confirmedByPartner: true });

    const entry = await alex.call<Entry>('entries:save', { exerciseId: 'next-right-thing', day: '2026-03-01', answers: { rightThing: 'by the river' } });
    await alex.call('exchange:share', { entryId: entry.id, shared: true });
    await alex.call('exchange:sync');
    await blair.call('exchange:sync');
    expect(await blair.call('exchange:received')).toEqual([expect.objectContaining({ id: entry.id, from: 'Alex', answers: { rightThing: 'by the river' } })]);

    // Saving a shared entry sends its new version; deleting it sends a tombstone.
    await alex.call('entries:save', { id: entry.id, exerciseId: 'next-right-thing', day: '2026-03-01', answers: { rightThing: 'by the river, again' } });
    await alex.call('exchange:sync');
    await blair.call('exchange:sync');
    expect(await blair.call('exchange:received')).toEqual([expect.objectContaining({ id: entry.id, version: 2, answers: { rightThing: 'by the river, again' } })]);
    const gone = await alex.call<Entry>('entries:save', { exerciseId: 'next-right-thing', day: '2026-02-01', answers: { rightThing: 'soon deleted' } });
    await alex.call('exchange:share', { entryId: gone.id, shared: true });
    await alex.call('entries:delete', { id: gone.id });
    await alex.call('exchange:sync');
    await blair.call('exchange:sync');
    expect((await blair.call<{ id: string }[]>('exchange:received')).map((r) => r.id)).toEqual([entry.id]);

    await blair.call('exchange:setPace', { paused: true });
    const later = await alex.call<Entry>('entries:save', { exerciseId: 'next-right-thing', day: '2026-03-02', answers: { rightThing: 'later' } });
    await alex.call('exchange:share', { entryId: later.id, shared: true });
    await alex.call('exchange:sync');
    await blair.call('exchange:sync');
    expect(await blair.call<unknown[]>('exchange:received')).toHaveLength(1);
    await blair.call('exchange:setPace', { paused: false });
    await blair.call('exchange:sync');
    expect(await blair.call<unknown[]>('exchange:received')).toHaveLength(2);

    const file = join(alex.dir, 'for blair.mendx');
    alex.dialogs.nextSavePath = file;
    expect(await alex.call('exchange:saveForPartner')).toEqual({ status: 'saved', path: file });
    blair.dialogs.nextOpenPath = file;
    expect(await blair.call('exchange:openFromPartner')).toMatchObject({ taken: 0, duplicates: 4 });

    await blair.call('exchange:unpair');
    expect(await blair.call('exchange:status')).toMatchObject({ pairing: null });
    expect(await blair.call<unknown[]>('exchange:received')).toHaveLength(2);
  });
});
