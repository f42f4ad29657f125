// The weekly check-in and the agreement across two computers: a check-in
// shared by one is shown to the other under its author's name and answered
// from there; an agreement is "confirmed by both" only when both partners'
// valid signatures name the very same version. A confirmation of an older
// version does not count, a forged one is refused, a replayed one changes
// nothing. The tests share one pair of workbooks (making one costs an scrypt),
// each on check-ins and agreements of its own.
import { describe, expect, it } from 'vitest';
import { openEnvelope, sealEnvelope } from '../../../main/services/exchange/envelope.ts';
import { ExchangeStore } from '../../../main/services/exchange/exchange-store.ts';
import { b64 } from '../../../main/services/exchange/payload.ts';
import type { Payload } from '../../../main/services/exchange/payload.ts';
import { publicsOf } from '../../../main/services/crypto/identity.ts';
import { deliver, pairAndStrangerForFile, refusedWith, storedSettings } from './exchange-kit.ts';
import type { Partner } from './exchange-kit.ts';

let a: Partner, b: Partner, mallory: Partner;
pairAndStrangerForFile((made) => ({ a, b, mallory } = made));

const CHECK_IN = { oneName: 'A', oneTrust: '6', oneTrustShared: 'shared', oneWin: 'we walked', oneWorry: 'money', oneRequest: 'call on Sunday' };
const saveCheckIn = (p: Partner, answers: Record<string, string> = CHECK_IN) =>
  p.vault.journal().save({ exerciseId: 'weekly-check-in', day: '2026-03-02', answers }).id;
const agreementAnswers = (commitment: string) => ({ commitments: [{ who: 'i-will', commitment }], howWeCheck: 'Sunday talk', whenWeReview: 'in a month' });
const saveAgreement = (p: Partner, commitment: string, id?: string) =>
  p.vault.journal().save({ ...(id ? { id } : {}), exerciseId: 'rebuilding-agreement', day: '2026-03-02', answers: agreementAnswers(commitment) }).id;
const ANSWER = { trust: '4' as const, win: 'your letter', worry: 'the holidays', request: 'a walk' };

const envelopeOf = (p: Partner, item: string) => Buffer.from(p.exchange.sendable().find((o) => o.item === item)!.envelope, 'base64');
const checkInOf = (p: Partner, id: string) => p.exchange.together()!.checkIns.find((x) => x.id === id)!;
const agreementOf = (p: Partner, id: string) => p.exchange.together()!.agreements.find((x) => x.id === id)!;
const confirmHere = (p: Partner, id: string) => {
  const { version, digest } = agreementOf(p, id);
  return p.exchange.confirmAgreement(id, version, digest);
};

describe('a weekly check-in across two computers', () => {
  it('is shown to the partner under its author’s name, answered from there, and the answer is shown to its author', async () => {
    const id = saveCheckIn(a);
    a.exchange.share(id);
    deliver(a, b);
    const seen = b.exchange.together()!.checkIns.filter((c) => c.id === id);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ id, mine: false, authorName: 'Alex', part: { trust: '6', win: 'we walked', worry: 'money', request: 'call on Sunday' }, answer: null });

    b.exchange.answerCheckIn(id, ANSWER);
    expect(checkInOf(b, id).answer).toEqual({ byName: 'You', part: ANSWER, current: true });
    expect(checkInOf(a, id).answer).toBeNull();
    expect(deliver(b, a)).toContainEqual({ taken: 'answer' });
    expect(checkInOf(a, id)).toMatchObject({ id, mine: true, authorName: 'You', answer: { byName: 'Blair', part: ANSWER, current: true } });
  }, 60_000);

  it('shows a trust number only if its author chose to share it, and only the partner’s own check-ins can be answered', async () => {
    const id = saveCheckIn(a, { ...CHECK_IN, oneTrustShared: 'private' });
    a.exchange.share(id);
    deliver(a, b);
    expect(checkInOf(b, id).part.trust).toBe('');
    expect(() => a.exchange.answerCheckIn(id, ANSWER)).toThrow(/not shared with you/);
  }, 60_000);
});

describe('an agreement confirmed from each computer', () => {
  it('is confirmed by both only when each has confirmed the same version; an edit needs both again', async () => {
    const id = saveAgreement(a, 'I will tell you if they call');
    a.exchange.share(id);
    deliver(a, b);
    expect(agreementOf(b, id)).toMatchObject({ mine: false, authorName: 'Alex', confirmedByMe: false, confirmedByPartner: false, confirmedByBoth: false });

    confirmHere(b, id);
    deliver(b, a);
    expect(agreementOf(a, id)).toMatchObject({ confirmedByMe: false, confirmedByPartner: true, confirmedByBoth: false });
    confirmHere(a, id);
    deliver(a, b);
    expect(agreementOf(a, id).confirmedByBoth).toBe(true);
    expect(agreementOf(b, id).confirmedByBoth).toBe(true);

    // A edits the agreement: a new version, which neither confirmation names.
    saveAgreement(a, 'I will tell you the same day', id);
    a.exchange.share(id);
    deliver(a, b);
    for (const p of [a, b]) expect(agreementOf(p, id)).toMatchObject({ version: 2, confirmedByMe: false, confirmedByPartner: false, confirmedByBoth: false });
    confirmHere(a, id);
    deliver(a, b);
    expect(agreementOf(b, id)).toMatchObject({ confirmedByPartner: true, confirmedByBoth: false });
  }, 60_000);

  it('refuses to confirm a version other than the one the partner read', async () => {
    const id = saveAgreement(a, 'I will tell you if they call');
    a.exchange.share(id);
    deliver(a, b);
    const read = agreementOf(b, id);
    saveAgreement(a, 'changed after B read it', id);
    a.exchange.share(id);
    deliver(a, b);
    expect(() => b.exchange.confirmAgreement(id, read.version, read.digest)).toThrow(/changed since you read it/);
  }, 60_000);

  it('does not count a confirmation of an older version, nor a replay of one', async () => {
    const id = saveAgreement(a, 'first words');
    a.exchange.share(id);
    deliver(a, b);
    confirmHere(b, id);
    const oldConfirmation = envelopeOf(b, `agree:${id}`);
    // A edits before B's confirmation of version 1 arrives: it arrives, and names version 1 only.
    saveAgreement(a, 'second words', id);
    a.exchange.share(id);
    expect(a.exchange.receive(oldConfirmation)).toEqual({ taken: 'agree' });
    confirmHere(a, id);
    expect(agreementOf(a, id)).toMatchObject({ version: 2, confirmedByMe: true, confirmedByPartner: false, confirmedByBoth: false });
    // B confirms version 2; the old confirmation replayed afterwards is refused and changes nothing.
    deliver(a, b);
    confirmHere(b, id);
    deliver(b, a);
    expect(agreementOf(a, id).confirmedByBoth).toBe(true);
    const before = storedSettings(a);
    expect(refusedWith(a.exchange.receive(oldConfirmation))).toBe('outdated');
    expect(storedSettings(a)).toBe(before);
    expect(agreementOf(a, id).confirmedByBoth).toBe(true);
  }, 60_000);

  it('refuses a forged confirmation, and one re-sealed by someone else', async () => {
    const id = saveAgreement(a, 'words');
    a.exchange.share(id);
    deliver(a, b);
    const { version, digest } = agreementOf(b, id);
    const aKeys = a.vault.copyKeys().identity!;
    const bKeys = b.vault.copyKeys().identity!;
    const mKeys = mallory.vault.copyKeys().identity!;
    const realOne = openEnvelope(envelopeOf(a, id), aKeys.agree).payload;
    const forged: Payload = {
      v: 1,
      kind: 'agree',
      item: `agree:${id}`,
      version: 1,
      pairing: realOne.pairing,
      author: b64(publicsOf(bKeys).sign), // claims to be Blair…
      sentAt: new Date().toISOString(),
      body: { agreement: id, agreementVersion: version, digest },
    };
    const recipients = [publicsOf(aKeys).agree, publicsOf(mKeys).agree];
    const before = storedSettings(a);
    // …signed with someone else's key: refused as forged, nothing stored, not confirmed.
    expect(refusedWith(a.exchange.receive(sealEnvelope(forged, mKeys.sign, recipients)))).toBe('forged');
    // Signed with the stranger's own key, as its author: refused as from someone A is not paired with.
    expect(refusedWith(a.exchange.receive(sealEnvelope({ ...forged, author: b64(publicsOf(mKeys).sign) }, mKeys.sign, recipients)))).toBe('unknown-author');
    expect(storedSettings(a)).toBe(before);
    expect(agreementOf(a, id).confirmedByPartner).toBe(false);
  }, 60_000);

  it('counts nothing whose stored signature no longer verifies (a confirmation changed in the workbook)', async () => {
    const id = saveAgreement(a, 'words');
    a.exchange.share(id);
    deliver(a, b);
    confirmHere(b, id);
    deliver(b, a);
    confirmHere(a, id);
    expect(agreementOf(a, id).confirmedByBoth).toBe(true);
    // Someone with A's unlocked workbook swaps B's stored confirmation's signature for another: it no longer counts.
    const { settings, privateKey, memberId } = a.vault.ownSealedSettings();
    const store = new ExchangeStore(settings, privateKey, memberId);
    const row = store.incoming(`agree:${id}`)!;
    const sig = Buffer.from(row.signature, 'base64url');
    sig[0]! ^= 1;
    store.putIncoming({ ...row, signature: b64(sig) });
    expect(agreementOf(a, id)).toMatchObject({ confirmedByPartner: false, confirmedByBoth: false });
  }, 60_000);
});
