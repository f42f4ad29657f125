// The weekly check-in and the agreement across two computers (issue 16), built
// on the exchange's envelopes. A partner shares a check-in or an agreement as
// an entry (exchange.ts `share`); the other answers the check-in, and each
// confirms an agreement, from their own computer, with payloads of their own
// (together-payload.ts).
//
// Nothing here trusts a flag. Every part shown is read again from signed bytes
// and its Ed25519 signature verified: the partner's from what was taken in,
// this side's own by opening its own envelope (it is sealed to its author too).
// An agreement is "confirmed by both" only when a valid confirmation by each
// partner names this very version: its number and the SHA-256 of its signed
// payload. An edit makes a new version, so both must confirm again.
import { createHash } from 'node:crypto';
import { MendError } from '../../../shared/contract/result.ts';
import type { CheckInPart, SharedAgreement, SharedCheckIn, TogetherView } from '../../../shared/exchange/together-contract.ts';
import { TRUST_SHARED } from '../../../shared/progress/trust-sharing.ts';
import { openEnvelope, verifyEnvelope } from './envelope.ts';
import type { OpenedEnvelope } from './envelope.ts';
import type { ExchangeState, ExchangeStore, Incoming, Pairing } from './exchange-store.ts';
import { b64, PayloadSchema, unb64 } from './payload.ts';
import type { Payload } from './payload.ts';
import { agreeItem, answerItem } from './together-payload.ts';
import type { IdentityPublics, IdentitySeeds } from '../crypto/identity.ts';
import type { Vault } from '../vault/vault.ts';

export const CHECK_IN = 'weekly-check-in';
export const AGREEMENT = 'rebuilding-agreement';

/** What the view needs from the exchange: its store and state, this partner's keys, and the journal's own entries. */
export interface TogetherContext {
  store: ExchangeStore;
  state: ExchangeState;
  mySign: Buffer;
  myAgreeSeed: Buffer;
  myName: string;
  /** This partner's own entries of the two exercises (for "share" and to know which sent entries are which). */
  ownEntries: readonly { id: string; exerciseId: string; day: string }[];
}

type Signed = Pick<OpenedEnvelope, 'payload' | 'payloadBytes' | 'signature'>;
type Of<K extends Payload['kind']> = Extract<Payload, { kind: K }>;

const digestOf = (payloadBytes: Buffer) => b64(createHash('sha256').update(payloadBytes).digest());

/** One of this side's own envelopes, opened and its signature checked again; null if it is not (any longer) this side's. */
function ownSigned(ctx: TogetherContext, item: string): Signed | null {
  const out = ctx.store.outgoing(item);
  if (!out || out.pairing !== ctx.state.pairing?.id) return null;
  try {
    const opened = openEnvelope(Buffer.from(out.envelope, 'base64'), ctx.myAgreeSeed);
    return verifyEnvelope(opened, ctx.mySign) ? opened : null;
  } catch {
    return null;
  }
}

/** What the partner sent for this item, its signature verified again with their key; null otherwise. */
function partnerSigned(row: Incoming | null, pairing: Pairing): Signed | null {
  if (!row || row.author !== pairing.partner.sign) return null;
  const payloadBytes = unb64(row.payload);
  let parsed;
  try {
    parsed = PayloadSchema.safeParse(JSON.parse(payloadBytes.toString('utf8')));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  const signed = { payload: parsed.data, payloadBytes, signature: unb64(row.signature) };
  return verifyEnvelope(signed, unb64(pairing.partner.sign)) ? signed : null;
}

function kindOf<K extends Payload['kind']>(signed: Signed | null, kind: K, pairing: Pairing): (Signed & { payload: Of<K> }) | null {
  return signed && signed.payload.kind === kind && signed.payload.pairing === pairing.id ? (signed as Signed & { payload: Of<K> }) : null;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The first partner's part of a check-in entry; the trust number only if its author chose to share it. A
 * sending Mend leaves a kept number out and drops the choice itself (withSharedTrustOnly), so a number
 * with no choice beside it was shared; one still marked as kept is never shown.
 */
function partOfEntry(answers: Record<string, unknown>): CheckInPart {
  const keptToThemselves = answers.oneTrustShared !== undefined && text(answers.oneTrustShared) !== TRUST_SHARED;
  const trust = keptToThemselves ? '' : text(answers.oneTrust);
  return { trust: trust as CheckInPart['trust'], win: text(answers.oneWin), worry: text(answers.oneWorry), request: text(answers.oneRequest) };
}

/** A confirmation counts only for this pairing, this agreement, this version and these exact bytes. */
function confirms(signed: Signed | null, pairing: Pairing, agreement: string, version: number, digest: string): boolean {
  const agree = kindOf(signed, 'agree', pairing);
  return !!agree && agree.payload.item === agreeItem(agreement) && agree.payload.body.agreement === agreement && agree.payload.body.agreementVersion === version && agree.payload.body.digest === digest;
}

interface SharedEntry {
  entry: Signed & { payload: Of<'entry'> };
  mine: boolean;
}

/** Every check-in and agreement shared now, by either partner, each read from signed bytes. */
function sharedEntries(ctx: TogetherContext, pairing: Pairing): SharedEntry[] {
  const found: SharedEntry[] = [];
  for (const own of ctx.ownEntries) {
    const entry = kindOf(ownSigned(ctx, own.id), 'entry', pairing);
    if (entry) found.push({ entry, mine: true });
  }
  for (const row of ctx.store.allIncoming()) {
    if (row.kind !== 'entry') continue;
    const entry = kindOf(partnerSigned(row, pairing), 'entry', pairing);
    if (entry && (entry.payload.body.exerciseId === CHECK_IN || entry.payload.body.exerciseId === AGREEMENT)) found.push({ entry, mine: false });
  }
  return found.sort((a, b) => b.entry.payload.body.day.localeCompare(a.entry.payload.body.day) || a.entry.payload.item.localeCompare(b.entry.payload.item));
}

function checkInView(ctx: TogetherContext, pairing: Pairing, { entry, mine }: SharedEntry): SharedCheckIn {
  const id = entry.payload.item;
  // The answer is the other partner's: the partner's own item when this check-in is mine, and mine when it is theirs.
  const answerSigned = mine ? partnerSigned(ctx.store.incoming(answerItem(id)), pairing) : ownSigned(ctx, answerItem(id));
  const answer = kindOf(answerSigned, 'answer', pairing);
  const valid = answer && answer.payload.body.checkIn === id ? answer.payload.body : null;
  return {
    id,
    version: entry.payload.version,
    mine,
    authorName: mine ? ctx.myName : pairing.partnerName,
    day: entry.payload.body.day,
    part: partOfEntry(entry.payload.body.answers),
    answer: valid && { byName: mine ? pairing.partnerName : ctx.myName, part: valid.answers, current: valid.checkInVersion === entry.payload.version },
  };
}

function agreementView(ctx: TogetherContext, pairing: Pairing, { entry, mine }: SharedEntry): SharedAgreement {
  const id = entry.payload.item;
  const { version } = entry.payload;
  const digest = digestOf(entry.payloadBytes);
  const confirmedByMe = confirms(ownSigned(ctx, agreeItem(id)), pairing, id, version, digest);
  const confirmedByPartner = confirms(partnerSigned(ctx.store.incoming(agreeItem(id)), pairing), pairing, id, version, digest);
  const answers = entry.payload.body.answers;
  const rows = Array.isArray(answers.commitments) ? (answers.commitments as Record<string, unknown>[]) : [];
  return {
    id,
    version,
    digest,
    mine,
    authorName: mine ? ctx.myName : pairing.partnerName,
    day: entry.payload.body.day,
    commitments: rows.map((r) => ({ who: text(r.who), commitment: text(r.commitment) })).filter((r) => r.commitment.trim()),
    howWeCheck: text(answers.howWeCheck),
    whenWeReview: text(answers.whenWeReview),
    confirmedByMe,
    confirmedByPartner,
    confirmedByBoth: confirmedByMe && confirmedByPartner,
  };
}

/** The check-ins and agreements both partners see, or null until both have confirmed the safety phrase. */
export function togetherView(ctx: TogetherContext): TogetherView {
  const pairing = ctx.state.pairing;
  if (!pairing?.confirmedByMe || !pairing.confirmedByPartner) return null;
  const shared = sharedEntries(ctx, pairing);
  const sharedIds = new Set(shared.filter((s) => s.mine).map((s) => s.entry.payload.item));
  return {
    partnerName: pairing.partnerName,
    checkIns: shared.filter((s) => s.entry.payload.body.exerciseId === CHECK_IN).map((s) => checkInView(ctx, pairing, s)),
    agreements: shared.filter((s) => s.entry.payload.body.exerciseId === AGREEMENT).map((s) => agreementView(ctx, pairing, s)),
    unshared: ctx.ownEntries.filter((e) => !sharedIds.has(e.id)).map(({ id, exerciseId, day }) => ({ id, exerciseId, day })),
  };
}

type Part = Pick<Payload, 'kind' | 'item' | 'body'>;

/** The answer to the partner's check-in, as it is now (answering again sends a new version). */
export function answerPart(view: TogetherView, checkIn: string, answers: CheckInPart): Part {
  const target = view?.checkIns.find((c) => c.id === checkIn && !c.mine);
  if (!target) throw new MendError('not-found', 'This check-in is not shared with you (any longer).');
  return { kind: 'answer', item: answerItem(checkIn), body: { checkIn, checkInVersion: target.version, answers } };
}

/** A confirmation of exactly the version the partner read; refused if a newer one has arrived since. */
export function confirmPart(view: TogetherView, agreement: string, version: number, digest: string): Part {
  const target = view?.agreements.find((a) => a.id === agreement);
  if (!target) throw new MendError('not-found', 'This agreement is not shared between you (any longer).');
  if (target.version !== version || target.digest !== digest) throw new MendError('invalid-request', 'This agreement changed since you read it. Please read it again before you confirm.');
  if (target.confirmedByMe) throw new MendError('invalid-request', 'You have already confirmed this version.');
  return { kind: 'agree', item: agreeItem(agreement), body: { agreement, agreementVersion: version, digest } };
}

/** An answer or a confirmation names the item it belongs to: `answer:<check-in>`, `agree:<agreement>`. */
export function togetherItemFits(payload: Payload): boolean {
  if (payload.kind === 'answer') return payload.item === answerItem(payload.body.checkIn);
  if (payload.kind === 'agree') return payload.item === agreeItem(payload.body.agreement);
  return true;
}

/** The context for the unlocked partner: their own check-ins and agreements come from their journal. */
export function togetherContext(vault: Vault, store: ExchangeStore, seeds: IdentitySeeds, publics: IdentityPublics): TogetherContext {
  const { memberId } = vault.ownSealedSettings();
  const journal = vault.journal();
  const ownEntries = [CHECK_IN, AGREEMENT].flatMap((exerciseId) =>
    journal.entriesOf(exerciseId).filter((e) => e.author === undefined || e.author === memberId).map((e) => ({ id: e.id, exerciseId, day: e.day })),
  );
  return { store, state: store.state(), mySign: publics.sign, myAgreeSeed: seeds.agree, myName: 'You', ownEntries };
}
