// Pairing (invitation, phrase, both confirmations, safety first, unpair), the
// receiver's pace (pause, no contact: held and said plainly) and the file to
// send (opening it twice changes nothing; another couple's file is refused).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newIdentity, publicsOf } from '../../../main/services/crypto/identity.ts';
import { openFromPartner, saveForPartner } from '../../../main/services/exchange/bundle-transport.ts';
import { invitationText, newInvitation, pairingId, parseInvitation, safetyPhrase } from '../../../main/services/exchange/pairing.ts';
import { PHRASE_WORDS } from '../../../main/services/exchange/phrase-words.ts';
import { expectMendError } from '../main/helpers.ts';
import { cleanup, deliver, newPartner, pair, pairedAndConfirmed, refusedWith, saveEntry, storedSettings } from './exchange-kit.ts';
import type { Partner } from './exchange-kit.ts';

let partners: Partner[] = [];
afterEach(() => {
  cleanup(...partners);
  partners = [];
});

describe('invitations and the safety phrase', () => {
  it('reads back what it wrote, and tells a cut or changed paste apart from something else', () => {
    const inv = newInvitation(publicsOf(newIdentity()));
    const text = invitationText(inv);
    expect(text.length).toBeLessThan(130);
    const back = parseInvitation(`  ${text}\n`);
    expect(back.publics.sign.equals(inv.publics.sign) && back.publics.agree.equals(inv.publics.agree) && back.nonce.equals(inv.nonce)).toBe(true);
    expect(() => parseInvitation(text.slice(0, -3))).toThrow(/incomplete or was changed/);
    const changed = text.slice(0, 20) + (text[20] === 'A' ? 'B' : 'A') + text.slice(21);
    expect(() => parseInvitation(changed)).toThrow(/incomplete or was changed/);
    expect(() => parseInvitation('hello')).toThrow(/not a Mend invitation/);
  });

  it('gives the same eight words whichever side computes it, and other words for other keys', () => {
    const [x, y, z] = [newIdentity(), newIdentity(), newIdentity()].map(publicsOf) as [ReturnType<typeof publicsOf>, ReturnType<typeof publicsOf>, ReturnType<typeof publicsOf>];
    expect(safetyPhrase(x, y)).toEqual(safetyPhrase(y, x));
    expect(safetyPhrase(x, y)).toHaveLength(8);
    expect(safetyPhrase(x, y).every((w) => PHRASE_WORDS.includes(w))).toBe(true);
    expect(safetyPhrase(x, z)).not.toEqual(safetyPhrase(x, y));
    expect(new Set(PHRASE_WORDS).size).toBe(256);
    const [ix, iy] = [newInvitation(x), newInvitation(y)];
    expect(pairingId(ix, iy).equals(pairingId(iy, ix))).toBe(true);
    expect(pairingId(ix, newInvitation(y)).equals(pairingId(ix, iy))).toBe(false);
  });
});

describe('pairing', () => {
  it('is offered only after the safety question, answered on this computer', async () => {
    const a = await newPartner();
    partners = [a];
    a.exchange.answerSafety(false);
    await expectMendError(() => a.exchange.makeInvitation(), 'invalid-request');
    a.exchange.answerSafety(true);
    expect(a.exchange.makeInvitation()).toMatch(/^mend-invite-1\./);
  });

  it('shows the same phrase on both sides; sends and takes in nothing but the confirmation until both confirmed', async () => {
    const a = await newPartner();
    const b = await newPartner();
    partners = [a, b];
    pair(a, b);
    expect(a.exchange.status().pairing!.phrase).toEqual(b.exchange.status().pairing!.phrase);
    const id = saveEntry(a, 'early');
    a.exchange.share(id);
    expect(a.exchange.sendable()).toEqual([]); // Alex has not confirmed: not even a confirmation goes
    a.exchange.confirmPhrase();
    expect(a.exchange.sendable().map((o) => o.kind)).toEqual(['confirm']);
    expect(a.exchange.status().held).toBe(1);
    expect(deliver(a, b).map(refusedWith)).toEqual(['taken']);
    expect(b.exchange.status().pairing).toMatchObject({ confirmedByMe: false, confirmedByPartner: true });
    b.exchange.confirmPhrase();
    deliver(b, a);
    expect(a.exchange.status().pairing).toMatchObject({ confirmedByMe: true, confirmedByPartner: true });
    expect(deliver(a, b).map(refusedWith).sort()).toEqual(['duplicate', 'taken']);
    expect(b.exchange.received().map((r) => r.answers.rightThing)).toEqual(['early']);
  });

  it('refuses one’s own invitation, and a second pairing before unpairing', async () => {
    const [a, b] = await pairedAndConfirmed();
    partners = [a, b];
    await expectMendError(() => a.exchange.openInvitation(a.exchange.status().invitation!, 'me'), 'invalid-request');
    const c = await newPartner();
    partners.push(c);
    await expectMendError(() => a.exchange.openInvitation(c.exchange.makeInvitation(), 'Casey'), 'invalid-request');
  });

  it('“it isn’t safe for us” unpairs on that side, tells the other nothing, and keeps what was received', async () => {
    const [a, b] = await pairedAndConfirmed();
    partners = [a, b];
    const id = saveEntry(a, 'kept');
    a.exchange.share(id);
    deliver(a, b);
    b.exchange.answerSafety(false);
    expect(b.exchange.status()).toMatchObject({ safety: 'not-safe', pairing: null, invitation: null });
    expect(b.exchange.sendable()).toEqual([]);
    expect(b.exchange.received().map((r) => r.answers.rightThing)).toEqual(['kept']);
    expect(a.exchange.status().pairing!.confirmedByPartner).toBe(true); // nothing was sent to say so
  });
});

describe('the receiver sets the pace', () => {
  it('a request for no contact holds what the other would send, says so, and lets it go when lifted', async () => {
    const [a, b] = await pairedAndConfirmed();
    partners = [a, b];
    b.exchange.setNoContact(true);
    deliver(b, a);
    expect(a.exchange.status().pairing!.partnerAskedNoContact).toBe(true);
    const id = saveEntry(a, 'held back');
    a.exchange.share(id);
    expect(a.exchange.status().held).toBe(1);
    expect(a.exchange.sendable().some((o) => o.item === id)).toBe(false);
    b.exchange.setNoContact(false);
    deliver(b, a);
    expect(a.exchange.status()).toMatchObject({ held: 0, pairing: { partnerAskedNoContact: false } });
    deliver(a, b);
    expect(b.exchange.received().map((r) => r.answers.rightThing)).toEqual(['held back']);
  });

  it('an older pace message arriving late does not undo a newer one', async () => {
    const [a, b] = await pairedAndConfirmed();
    partners = [a, b];
    b.exchange.setNoContact(true);
    const first = b.exchange.sendable().find((o) => o.kind === 'pace')!;
    b.exchange.setNoContact(false);
    b.exchange.setNoContact(true);
    deliver(b, a);
    expect(refusedWith(a.exchange.receive(Buffer.from(first.envelope, 'base64')))).toBe('outdated');
    expect(a.exchange.status().pairing!.partnerAskedNoContact).toBe(true);
  });

  it('a tombstone hides the item; an older version after it is refused', async () => {
    const [a, b] = await pairedAndConfirmed();
    partners = [a, b];
    const id = saveEntry(a, 'to be withdrawn');
    a.exchange.share(id);
    const v1 = Buffer.from(a.exchange.sendable().find((o) => o.item === id)!.envelope, 'base64');
    deliver(a, b);
    a.exchange.withdraw(id);
    deliver(a, b);
    expect(b.exchange.received()).toEqual([]);
    expect(refusedWith(b.exchange.receive(v1))).toBe('outdated');
  });
});

describe('the file to send', () => {
  it('opening the same file twice changes nothing; a file of another couple is refused with a reason', async () => {
    const [a, b] = await pairedAndConfirmed();
    const [c, d] = await pairedAndConfirmed();
    partners = [a, b, c, d];
    for (const text of ['one', 'two']) a.exchange.share(saveEntry(a, text));
    const file = join(a.dir, 'for my partner.mendx');
    expect(saveForPartner(a.exchange, file)).toBe(3);
    expect(openFromPartner(b.exchange, file)).toMatchObject({ envelopes: 3, taken: 2, duplicates: 1 });
    const after = storedSettings(b);
    expect(openFromPartner(b.exchange, file)).toMatchObject({ taken: 0, duplicates: 3 });
    expect(storedSettings(b)).toBe(after);
    expect(b.exchange.received()).toHaveLength(2);

    const other = join(c.dir, 'theirs.mendx');
    saveForPartner(c.exchange, other);
    const err = await expectMendError(() => openFromPartner(b.exchange, other), 'damaged-file');
    expect(err.message).toMatch(/not sealed for you/);
    writeFileSync(other, 'not a bundle');
    await expectMendError(() => openFromPartner(b.exchange, other), 'damaged-file');
    expect(storedSettings(b)).toBe(after);
  });
});
