// The envelope as the folder's host sees it: a fixed magic, random-looking
// bytes, and a size that shows only its step. And as the partner sees it: the
// payload exactly as the author signed it.
import { randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ENVELOPE_BYTES, openEnvelope, stepFor, verifyEnvelope } from '../../../main/services/exchange/envelope.ts';
import { publicsOf } from '../../../main/services/crypto/identity.ts';
import { cleanup, envelopesOf, pairedAndConfirmed, saveEntry } from './exchange-kit.ts';
import type { Partner } from './exchange-kit.ts';

let partners: Partner[] = [];
afterEach(() => {
  cleanup(...partners);
  partners = [];
});

describe('the envelope format', () => {
  it('pads to a power-of-two step from 1 KiB', () => {
    expect(stepFor(1)).toBe(1024);
    expect(stepFor(1024)).toBe(1024);
    expect(stepFor(1025)).toBe(2048);
    expect(stepFor(300_000)).toBe(512 * 1024);
  });

  it('shows nothing but its step: short and long entries of one step are the same size, and no marker is in the bytes', async () => {
    partners = await pairedAndConfirmed();
    const [a] = partners as [Partner, Partner];
    const marker = `MARKER-${randomUUID()}`;
    const short = saveEntry(a, marker);
    const long = saveEntry(a, `${marker} ${'x'.repeat(400)}`, '2026-03-02');
    a.exchange.share(short);
    a.exchange.share(long);
    const envelopes = envelopesOf(a);
    expect(envelopes).toHaveLength(3);
    const sizes = new Set(envelopes.map((e) => e.length));
    expect(sizes.size).toBe(1); // the confirmation, the short and the long entry: one step
    for (const bytes of envelopes) {
      for (const needle of [marker, 'next-right-thing', '2026-03-0', 'Alex', 'Blair', 'rightThing']) {
        expect(bytes.includes(Buffer.from(needle))).toBe(false);
        expect(bytes.includes(Buffer.from(needle, 'utf16le'))).toBe(false);
      }
    }
    const names = a.exchange.sendable().map((o) => o.fileName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[0-9a-f]{32}\.envelope$/);
    expect(envelopes.every((e) => e.length <= MAX_ENVELOPE_BYTES)).toBe(true);
  });

  it('opens for both recipients, the partner and the author, with the author’s verified signature', async () => {
    partners = await pairedAndConfirmed();
    const [a, b] = partners as [Partner, Partner];
    const id = saveEntry(a, 'we walked by the river');
    a.exchange.share(id);
    const bytes = envelopesOf(a)[0]!;
    const aKeys = a.vault.copyKeys().identity!;
    const bKeys = b.vault.copyKeys().identity!;
    for (const seeds of [aKeys, bKeys]) {
      const opened = openEnvelope(bytes, seeds.agree);
      expect(verifyEnvelope(opened, publicsOf(aKeys).sign)).toBe(true);
      expect(verifyEnvelope(opened, publicsOf(bKeys).sign)).toBe(false);
    }
    const entryEnvelope = Buffer.from(a.exchange.sendable().find((o) => o.item === id)!.envelope, 'base64');
    const opened = openEnvelope(entryEnvelope, bKeys.agree);
    // No device name, user name or path, even inside: the payload's schema is strict and carries none.
    // (The keys are random base64, where a short host name could turn up by chance: they are left out of the scan.)
    const { author: _author, pairing: _pairing, ...rest } = opened.payload;
    for (const needle of [hostname(), userInfo().username, a.dir, b.dir]) expect(JSON.stringify(rest)).not.toContain(needle);
    expect(Object.keys(opened.payload).sort()).toEqual(['author', 'body', 'item', 'kind', 'pairing', 'sentAt', 'v', 'version']);
    expect(opened.payload).toMatchObject({ v: 1, kind: 'entry', item: id, version: 1, body: { exerciseId: 'next-right-thing', answers: { rightThing: 'we walked by the river' } } });
  });
});
