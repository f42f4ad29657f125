// The send decisions through the channels as the app builds them (the
// lifecycle that follows saves and deletes): nothing offered before both
// confirmed the phrase; a letter's edit does not follow it,
// the switch cannot send a letter, an entry never switched on is in no envelope
// of the shared folder (each opened with the author's own key and scanned for
// the entry's marker and id); a tombstone shows as withdrawn; what was taken
// in is in the receiver's own workbook when the folder is gone.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wipeSeeds } from '../../../main/services/crypto/identity.ts';
import { openEnvelope } from '../../../main/services/exchange/envelope.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { EntrySharing, FromPartner } from '../../../shared/exchange/sharing-contract.ts';
import { makeTempDir, removeDir } from '../main/helpers.ts';
import { app, pairThroughChannels } from './channel-app.ts';
import type { App } from './channel-app.ts';
import { filesUnder } from './sim-sync.ts';

let alex: App, blair: App, folder: string;

/** Every payload in the folder, opened with Alex's own key, as text. */
function payloadsInFolder(): string[] {
  const keys = alex.services.vault.copyKeys();
  try {
    return filesUnder(folder).map((f) => openEnvelope(readFileSync(f), keys.identity!.agree).payloadBytes.toString('utf8'));
  } finally {
    keys.privateKey.fill(0);
    keys.sharedKey?.fill(0);
    if (keys.identity) wipeSeeds(keys.identity);
  }
}
const crossOver = async () => {
  for (const a of [alex, blair, alex]) await a.call('exchange:sync');
};

beforeAll(async () => {
  [alex, blair] = [await app(), await app()];
  folder = join(makeTempDir(), 'shared');
  mkdirSync(folder);
}, 60_000);
afterAll(async () => {
  for (const a of [alex, blair]) {
    await a.call('vault:lock');
    removeDir(a.dir);
  }
  removeDir(join(folder, '..'));
});

describe('sharing channels', () => {
  it('offer nothing until both have confirmed the phrase', async () => {
    const entry = await alex.call<Entry>('entries:save', { exerciseId: 'next-right-thing', day: '2026-02-01', answers: { rightThing: 'early' } });
    expect(await alex.call('exchange:entrySharing', { entryId: entry.id })).toEqual({ offered: false, partnerName: null, route: 'switch', shared: false, sentUpdatedAt: null, heldByPartner: false });
    await expect(alex.call('exchange:share', { entryId: entry.id, shared: true })).rejects.toThrow(/both confirmed the safety phrase/);
    expect((await pairThroughChannels(alex, blair, folder)).pairing).toMatchObject({ confirmedByMe: true, confirmedByPartner: true });
    expect(await alex.call('exchange:entrySharing', { entryId: entry.id })).toMatchObject({ offered: true, partnerName: 'Blair', shared: false });
  });

  it('only the switched-on entry and the letter sent after the look leave; edits of the letter wait', async () => {
    const kept = `MARKER-kept-${randomUUID()}`;
    const shown = `MARKER-shown-${randomUUID()}`;
    const letterEdit = `MARKER-letter-edit-${randomUUID()}`;
    const privateEntry = await alex.call<Entry>('entries:save', { exerciseId: 'next-right-thing', day: '2026-03-01', answers: { rightThing: kept } });
    const shared = await alex.call<Entry>('entries:save', { exerciseId: 'next-right-thing', day: '2026-03-02', answers: { rightThing: 'shared' } });
    await alex.call('exchange:share', { entryId: shared.id, shared: true });
    await alex.call('entries:save', { id: privateEntry.id, exerciseId: 'next-right-thing', day: '2026-03-01', answers: { rightThing: `${kept} again` } });
    // A trust number kept to oneself stays, though its entry goes.
    const needs = await alex.call<Entry>('entries:save', { exerciseId: 'what-i-need-to-feel-safe', day: '2026-03-02', answers: { whatINeed: 'time', trustToday: '3', trustTodayShared: 'private' } });
    await alex.call('exchange:share', { entryId: needs.id, shared: true });

    const letter = await alex.call<Entry>('entries:save', { exerciseId: 'owning-it', day: '2026-03-03', answers: { whatIDid: shown } });
    await expect(alex.call('exchange:share', { entryId: letter.id, shared: true })).rejects.toThrow(/invalid-request: A letter is sent only/);
    expect(await alex.call<EntrySharing>('exchange:entrySharing', { entryId: letter.id })).toMatchObject({ offered: true, route: 'letter', shared: false, partnerName: 'Blair' });
    await expect(alex.call('exchange:sendLetter', { entryId: letter.id, lookedAt: '2020-01-01T00:00:00.000Z' })).rejects.toThrow(/changed after your last look/);
    await expect(alex.call('exchange:sendLetter', { entryId: shared.id, lookedAt: shared.updatedAt })).rejects.toThrow(/Only a letter/);
    const sent = await alex.call<EntrySharing>('exchange:sendLetter', { entryId: letter.id, lookedAt: letter.updatedAt });
    expect(sent).toMatchObject({ shared: true, sentUpdatedAt: letter.updatedAt });
    await alex.call('entries:save', { id: letter.id, exerciseId: 'owning-it', day: '2026-03-03', answers: { whatIDid: letterEdit } });
    await crossOver();

    const payloads = payloadsInFolder();
    expect(payloads.filter((p) => p.includes(kept) || p.includes(privateEntry.id) || p.includes(letterEdit))).toEqual([]);
    expect(payloads.filter((p) => p.includes(shown))).toHaveLength(1);
    expect(payloads.filter((p) => p.includes('trustToday'))).toEqual([]);
    expect(payloads.filter((p) => p.includes(needs.id))).toHaveLength(1);
    const letters = await blair.call<FromPartner>('exchange:fromPartner', { exerciseId: 'owning-it' });
    expect(letters.items).toEqual([expect.objectContaining({ id: letter.id, from: 'Alex', answers: { whatIDid: shown } })]);
    const entries = await blair.call<FromPartner>('exchange:fromPartner', { exerciseId: 'next-right-thing' });
    expect(entries.items.map((i) => i.id)).toEqual([shared.id]);
  });

  it('deleting a shared entry shows it withdrawn in the partner’s exercise', async () => {
    const entry = await alex.call<Entry>('entries:save', { exerciseId: 'what-i-have-noticed', day: '2026-03-04', answers: {} });
    await alex.call('exchange:share', { entryId: entry.id, shared: true });
    await crossOver();
    expect((await blair.call<FromPartner>('exchange:fromPartner', { exerciseId: 'what-i-have-noticed' })).items).toHaveLength(1);
    await alex.call('entries:delete', { id: entry.id });
    await crossOver();
    expect(await blair.call<FromPartner>('exchange:fromPartner', { exerciseId: 'what-i-have-noticed' })).toEqual({
      items: [],
      withdrawn: [{ id: entry.id, day: '2026-03-04', from: 'Alex', withdrawnAt: expect.any(String) }],
    });
  });

  it('keeps what was received in the receiver’s own workbook, with the folder gone', async () => {
    removeDir(folder);
    await blair.call('vault:lock');
    await blair.call('vault:unlock', { passphrase: `channels passphrase ${blair.dir}` });
    expect((await blair.call<FromPartner>('exchange:fromPartner', { exerciseId: 'owning-it' })).items).toHaveLength(1);
    expect((await blair.call<FromPartner>('exchange:fromPartner', { exerciseId: 'what-i-have-noticed' })).withdrawn).toHaveLength(1);
  });
});
