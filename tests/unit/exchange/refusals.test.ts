// Every envelope that must not be taken in is refused with its own clear reason,
// and nothing of it is stored: the receiver's sealed settings are byte for
// byte what they were. The tests run in order on one set of workbooks (making
// a workbook costs an scrypt); the unpairing ones come last.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ENVELOPE_BYTES, openEnvelope, sealEnvelope } from '../../../main/services/exchange/envelope.ts';
import { ExchangeStore } from '../../../main/services/exchange/exchange-store.ts';
import { b64 } from '../../../main/services/exchange/payload.ts';
import type { Payload } from '../../../main/services/exchange/payload.ts';
import { publicsOf } from '../../../main/services/crypto/identity.ts';
import { cleanup, deliver, envelopesOf, newPartner, pair, pairedAndConfirmed, refusedWith, saveEntry, storedSettings } from './exchange-kit.ts';
import type { Partner } from './exchange-kit.ts';

let a: Partner, b: Partner, c: Partner, d: Partner;

beforeAll(async () => {
  [a, b] = await pairedAndConfirmed();
  c = await newPartner();
  d = await newPartner();
  pair(c, d, { a: 'Casey', b: 'Dana' });
  c.exchange.confirmPhrase(); // Dana has not confirmed
}, 60_000);
afterAll(() => cleanup(a, b, c, d));

const seedsOf = (p: Partner) => p.vault.copyKeys().identity!;
const envelopeOfItem = (p: Partner, item: string) => Buffer.from(p.exchange.sendable().find((o) => o.item === item)!.envelope, 'base64');
const pairingIdAt = (p: Partner, bytes: Buffer) => openEnvelope(bytes, seedsOf(p).agree).payload.pairing;

/** Hands `bytes` to `to` and expects that refusal, with nothing stored. */
function expectRefused(to: Partner, bytes: Buffer, reason: string): void {
  const before = storedSettings(to);
  const receivedBefore = to.exchange.received();
  const outcome = to.exchange.receive(bytes);
  expect(refusedWith(outcome)).toBe(reason);
  if ('refused' in outcome) expect(outcome.refused.message.length).toBeGreaterThan(20);
  expect(storedSettings(to)).toBe(before);
  expect(to.exchange.received()).toEqual(receivedBefore);
}

function entryPayload(author: Buffer, pairing: string, item: string, version: number, answers: Record<string, unknown> = { rightThing: 'hello' }): Payload {
  return {
    v: 1,
    kind: 'entry',
    item,
    version,
    pairing,
    author: b64(author),
    sentAt: new Date().toISOString(),
    body: { exerciseId: 'next-right-thing', day: '2026-03-01', answers, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() },
  };
}

describe('refused envelopes', () => {
  it('takes a shared entry in once; the same envelope again is a duplicate', () => {
    const id = saveEntry(a, 'first words');
    a.exchange.share(id);
    const bytes = envelopeOfItem(a, id);
    expect(refusedWith(b.exchange.receive(bytes))).toBe('taken');
    expect(b.exchange.received().map((r) => r.answers.rightThing)).toEqual(['first words']);
    expectRefused(b, bytes, 'duplicate');
  });

  it('refuses an older version that arrives after a newer one (reorder, replay)', () => {
    const id = saveEntry(a, 'version one');
    a.exchange.share(id);
    const v1 = envelopeOfItem(a, id);
    a.vault.journal().save({ id, exerciseId: 'next-right-thing', day: '2026-03-01', answers: { rightThing: 'version two' } });
    a.exchange.share(id);
    const v2 = envelopeOfItem(a, id);
    expect(refusedWith(b.exchange.receive(v2))).toBe('taken');
    expectRefused(b, v1, 'outdated');
    expect(b.exchange.received().find((r) => r.id === id)).toMatchObject({ version: 2, answers: { rightThing: 'version two' } });
  });

  it('refuses a truncated and an oversized envelope before opening it', () => {
    const bytes = envelopesOf(a)[0]!;
    expectRefused(b, bytes.subarray(0, bytes.length - 1), 'truncated');
    expectRefused(b, bytes.subarray(0, 100), 'truncated');
    expectRefused(b, Buffer.concat([bytes, Buffer.alloc(bytes.length)]), 'truncated');
    expectRefused(b, Buffer.alloc(MAX_ENVELOPE_BYTES + 1), 'oversized');
  });

  it('refuses a tampered body, and a changed key stanza as not for us', () => {
    const bytes = Buffer.from(envelopesOf(a)[0]!);
    const body = Buffer.from(bytes);
    body.writeUInt8(body.readUInt8(bytes.length - 40) ^ 1, bytes.length - 40);
    expectRefused(b, body, 'tampered');
    const stanzas = Buffer.from(bytes);
    for (const at of [9 + 40, 9 + 80 + 40]) stanzas.writeUInt8(stanzas.readUInt8(at) ^ 1, at);
    expectRefused(b, stanzas, 'not-for-us');
    const garbage = Buffer.concat([bytes.subarray(0, 9), randomBytes(bytes.length - 9)]);
    expectRefused(b, garbage, 'not-for-us');
  });

  it('refuses a forgery: claims Alex as author but is signed by someone else', () => {
    const pairing = pairingIdAt(b, envelopesOf(a)[0]!);
    const alex = publicsOf(seedsOf(a));
    const forged = sealEnvelope(entryPayload(alex.sign, pairing, crypto.randomUUID(), 1), seedsOf(c).sign, [publicsOf(seedsOf(b)).agree, alex.agree]);
    expectRefused(b, forged, 'forged');
  });

  it('refuses an envelope signed by a key Blair is not paired with', () => {
    const pairing = pairingIdAt(b, envelopesOf(a)[0]!);
    const casey = publicsOf(seedsOf(c));
    const stranger = sealEnvelope(entryPayload(casey.sign, pairing, crypto.randomUUID(), 1), seedsOf(c).sign, [publicsOf(seedsOf(b)).agree, casey.agree]);
    expectRefused(b, stranger, 'unknown-author');
  });

  it('refuses Alex’s own envelope handed back to Alex', () => {
    expectRefused(a, envelopesOf(a)[0]!, 'own');
  });

  it('refuses a file from the wrong couple (sealed for Casey and Dana) as not for us', () => {
    expectRefused(b, envelopesOf(c)[0]!, 'not-for-us');
  });

  it('refuses Alex’s genuine signature under another pairing id (an earlier pairing)', () => {
    const alexSeeds = seedsOf(a);
    const alex = publicsOf(alexSeeds);
    const other = sealEnvelope(entryPayload(alex.sign, b64(randomBytes(32)), crypto.randomUUID(), 1), alexSeeds.sign, [publicsOf(seedsOf(b)).agree, alex.agree]);
    expectRefused(b, other, 'wrong-couple');
  });

  it('refuses a signed entry whose answers do not fit its exercise', () => {
    const pairing = pairingIdAt(b, envelopesOf(a)[0]!);
    const alexSeeds = seedsOf(a);
    const alex = publicsOf(alexSeeds);
    const bad = sealEnvelope(entryPayload(alex.sign, pairing, crypto.randomUUID(), 1, { notAField: 'x' }), alexSeeds.sign, [publicsOf(seedsOf(b)).agree, alex.agree]);
    expectRefused(b, bad, 'malformed');
  });

  it('refuses entries until both have confirmed the phrase', () => {
    const id = saveEntry(c, 'too early');
    c.exchange.share(id);
    expect(c.exchange.sendable().map((o) => o.kind)).toEqual(['confirm']); // held, and said so:
    expect(c.exchange.status().held).toBe(1);
    const { settings, privateKey, memberId } = c.vault.ownSealedSettings();
    const held = new ExchangeStore(settings, privateKey, memberId).outgoing(id)!;
    expectRefused(d, Buffer.from(held.envelope, 'base64'), 'not-confirmed');
  });

  it('while Blair pauses receiving, refuses new entries (they wait); after resuming takes them in', () => {
    b.exchange.setPaused(true);
    const id = saveEntry(a, 'while paused');
    a.exchange.share(id);
    expectRefused(b, envelopeOfItem(a, id), 'paused');
    b.exchange.setPaused(false);
    expect(refusedWith(b.exchange.receive(envelopeOfItem(a, id)))).toBe('taken');
  });

  it('after Blair unpairs, refuses what Alex sent before and after, and keeps what was received', () => {
    const before = saveEntry(a, 'sent before unpairing');
    a.exchange.share(before);
    const sentBefore = envelopeOfItem(a, before);
    const kept = b.exchange.received();
    expect(kept.length).toBeGreaterThan(0);
    b.exchange.unpair();
    expect(b.exchange.sendable()).toEqual([]);
    expectRefused(b, sentBefore, 'unpaired');
    const after = saveEntry(a, 'sent after unpairing');
    a.exchange.share(after);
    expectRefused(b, envelopeOfItem(a, after), 'unpaired');
    expect(b.exchange.received().map((r) => [r.id, r.version, r.from, r.fromCurrentPartner])).toEqual(kept.map((r) => [r.id, r.version, 'Alex', false]));
    for (const outcome of deliver(a, b)) expect(['unpaired']).toContain(refusedWith(outcome));
  });
});
