// The exchange between two computers (issue 16): pairing, what this partner
// sends, what is taken in, the pace. Transports (folder-transport.ts, bundle.ts)
// move envelopes; this decides what is written and what is believed. Its state
// is sealed in the unlocked partner's own workbook (exchange-store.ts), so it
// is there when the folder is gone, and nothing of it is held in memory but a
// few file names while locked.
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { MendError } from '../../../shared/contract/result.ts';
import type { ExchangeStatus } from '../../../shared/exchange/exchange-contract.ts';
import { publicsOf, wipeSeeds } from '../crypto/identity.ts';
import type { IdentityPublics, IdentitySeeds } from '../crypto/identity.ts';
import { withSharedTrustOnly } from '../../../shared/progress/trust-sharing.ts';
import type { Vault } from '../vault/vault.ts';
import { openEnvelope, sealEnvelope } from './envelope.ts';
import { ExchangeStore } from './exchange-store.ts';
import { FOLDER_GONE } from './folder-transport.ts';
import type { ExchangeState, Outgoing, Pairing } from './exchange-store.ts';
import { invitationText, InvitationError, pairingId, parseInvitation, safetyPhrase } from './pairing.ts';
import type { Invitation } from './pairing.ts';
import { b64, unb64 } from './payload.ts';
import type { EntryPayloadBody, Payload } from './payload.ts';
import { takeIn } from './receive.ts';
import type { TakenIn } from './receive.ts';
import { EnvelopeRefusal } from './refusal.ts';
import { receivedItems } from './received.ts';
import type { ReceivedItem } from './received.ts';
import { openInHelper, SOURCE_ENVELOPE_WORKER } from './envelope-opener.ts';
import type { OpenedInHelper } from './envelope-opener.ts';
import { answerPart, confirmPart, togetherContext, togetherView } from './together-exchange.ts';
import type { CheckInPart, TogetherView } from '../../../shared/exchange/together-contract.ts';

export type { ExchangeStatus };

export type Outcome = { taken: TakenIn } | { refused: EnvelopeRefusal };

/** Entries and tombstones wait for both confirmations and for the partner's pace; a confirmation and one's own pace always go. */
export function maySend(kind: Outgoing['kind'], state: ExchangeState): boolean {
  const pairing = state.pairing;
  if (!pairing?.confirmedByMe) return false;
  if (kind === 'confirm' || kind === 'pace') return true;
  return pairing.confirmedByPartner && !pairing.partnerAskedNoContact;
}

export class Exchange {
  readonly #vault: Vault;
  readonly #now: () => Date;
  readonly #envelopeWorker: URL;

  constructor(vault: Vault, options: { now?: () => Date; envelopeWorker?: URL } = {}) {
    this.#vault = vault;
    this.#now = options.now ?? (() => new Date());
    this.#envelopeWorker = options.envelopeWorker ?? SOURCE_ENVELOPE_WORKER;
  }

  #store(): ExchangeStore {
    const { settings, privateKey, memberId } = this.#vault.ownSealedSettings();
    return new ExchangeStore(settings, privateKey, memberId);
  }

  /** The unlocked partner's identity seeds, wiped after `use`. */
  #withIdentity<T>(use: (seeds: IdentitySeeds, publics: IdentityPublics) => T): T {
    const keys = this.#vault.copyKeys();
    try {
      if (!keys.identity) throw new MendError('invalid-request', 'Please unlock with your passphrase once before pairing, so Mend can make your keys.');
      return use(keys.identity, publicsOf(keys.identity));
    } finally {
      keys.privateKey.fill(0);
      keys.sharedKey?.fill(0);
      wipeSeeds(keys.identity);
    }
  }

  status(): ExchangeStatus {
    const store = this.#store();
    const state = store.state();
    const p = state.pairing;
    const invitation = state.invitationNonce
      ? this.#withIdentity((_, publics) => invitationText({ publics, nonce: unb64(state.invitationNonce!) }))
      : null;
    return {
      safety: state.safety,
      invitation,
      pairing: p && {
        partnerName: p.partnerName,
        phrase: p.phrase,
        confirmedByMe: p.confirmedByMe,
        confirmedByPartner: p.confirmedByPartner,
        folder: p.folder,
        partnerAskedNoContact: p.partnerAskedNoContact,
      },
      paused: state.paused,
      noContact: state.noContact,
      held: store.allOutgoing().filter((o) => !maySend(o.kind, state)).length,
    };
  }

  /** The safety question, answered on this computer only. "It isn't safe for us" turns pairing off here and tells the other side nothing. */
  answerSafety(safe: boolean): ExchangeStatus {
    const store = this.#store();
    store.transaction(() => {
      const state = store.state();
      state.safety = safe ? 'safe' : 'not-safe';
      if (!safe) this.#unpairIn(store, state);
      store.saveState(state);
    });
    return this.status();
  }

  #requireSafe(state: ExchangeState): void {
    if (state.safety !== 'safe') throw new MendError('invalid-request', 'Pairing is offered after the safety question, answered on this computer.');
  }

  /** This side's invitation: its public keys and a fresh nonce (the same one until a pairing is made or ended). */
  makeInvitation(): string {
    const store = this.#store();
    store.transaction(() => {
      const state = store.state();
      this.#requireSafe(state);
      if (!state.invitationNonce) state.invitationNonce = b64(randomBytes(16));
      store.saveState(state);
    });
    return this.status().invitation!;
  }

  /** Opens the partner's invitation and makes the pairing with this side's own: both then show the same phrase. Nothing travels yet. */
  openInvitation(text: string, partnerName: string): ExchangeStatus {
    let theirs: Invitation;
    try {
      theirs = parseInvitation(text);
    } catch (err) {
      if (err instanceof InvitationError) throw new MendError('invalid-request', err.message);
      throw err;
    }
    const name = partnerName.trim().slice(0, 80) || 'Your partner';
    this.makeInvitation();
    const store = this.#store();
    this.#withIdentity((_, publics) =>
      store.transaction(() => {
        const state = store.state();
        if (state.pairing) throw new MendError('invalid-request', 'You are already paired. Unpair first to pair with someone else.');
        if (theirs.publics.sign.equals(publics.sign)) throw new MendError('invalid-request', 'This is your own invitation. Open the one your partner made.');
        const mine: Invitation = { publics, nonce: unb64(state.invitationNonce!) };
        state.pairing = {
          id: b64(pairingId(mine, theirs)),
          partner: { sign: b64(theirs.publics.sign), agree: b64(theirs.publics.agree) },
          partnerName: name,
          phrase: safetyPhrase(publics, theirs.publics),
          confirmedByMe: false,
          confirmedByPartner: false,
          partnerAskedNoContact: false,
          partnerPaceVersion: 0,
          folder: null,
        };
        state.former = state.former.filter((f) => f.sign !== b64(theirs.publics.sign));
        store.saveState(state);
      }),
    );
    return this.status();
  }

  /** "We compared the phrase and it is the same": from now on this side sends (its confirmation first) and takes in. */
  confirmPhrase(): ExchangeStatus {
    this.#compose((state) => {
      const pairing = this.#requirePairing(state);
      pairing.confirmedByMe = true;
      return { kind: 'confirm', item: 'pairing', body: {} };
    });
    return this.status();
  }

  /** Stops sending and taking in; deletes nothing received. The other side is not told. */
  unpair(): ExchangeStatus {
    const store = this.#store();
    store.transaction(() => {
      const state = store.state();
      this.#unpairIn(store, state);
      store.saveState(state);
    });
    return this.status();
  }

  #unpairIn(store: ExchangeStore, state: ExchangeState): void {
    if (state.pairing) state.former.push({ ...state.pairing.partner, name: state.pairing.partnerName });
    state.pairing = null;
    state.invitationNonce = null;
    state.noContact = false;
    state.versions = {};
    store.dropAllOutgoing();
  }

  /** The shared folder (a path main got from a folder dialog), or null to stop using one. */
  setFolder(folder: string | null): ExchangeStatus {
    if (folder !== null && !statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new MendError('not-found', FOLDER_GONE);
    this.#update((state) => {
      this.#requirePairing(state).folder = folder;
    });
    return this.status();
  }

  /** Pause receiving: nothing new is taken in (it waits in the folder) until resumed. The partner is not told. */
  setPaused(paused: boolean): ExchangeStatus {
    this.#update((state) => {
      state.paused = paused;
    });
    return this.status();
  }

  /** Ask the partner for no contact, or lift the request: their Mend then holds what it would send, and says so. */
  setNoContact(noContact: boolean): ExchangeStatus {
    this.#compose((state) => {
      this.#requirePairing(state);
      state.noContact = noContact;
      return { kind: 'pace', item: 'pace', body: { noContact } };
    });
    return this.status();
  }

  /** Sends the entry as it is now (a new version each time it changes). Only the unlocked partner's own entries. */
  share(entryId: string): void {
    const entry = this.#vault.journal().get(entryId);
    const { memberId } = this.#vault.ownSealedSettings();
    if (entry.author !== undefined && entry.author !== memberId) throw new MendError('invalid-request', 'Only the partner who wrote an entry can send it.');
    this.#compose((state) => {
      this.#requirePairing(state);
      // A trust number its author kept to themselves does not travel with the entry (nor the choice itself).
      const { exerciseId, day, answers, createdAt, updatedAt } = withSharedTrustOnly(entry);
      return { kind: 'entry', item: entry.id, body: { exerciseId, day, answers, createdAt, updatedAt } };
    });
  }

  /** Whether this entry is shared with the partner now (sent, and not withdrawn since). */
  isShared(entryId: string): boolean {
    return this.#store().outgoing(entryId)?.kind === 'entry';
  }

  /** The entry as last sent (its newest envelope, opened with this side's own key: the author is a recipient), or null if not shared now. */
  sentEntry(entryId: string): EntryPayloadBody | null {
    const out = this.#store().outgoing(entryId);
    if (out?.kind !== 'entry') return null;
    const { payload } = this.#withIdentity((seeds) => openEnvelope(Buffer.from(out.envelope, 'base64'), seeds.agree));
    return payload.kind === 'entry' ? payload.body : null;
  }

  /** The entry was deleted or is no longer shared: a signed tombstone replaces it on the other side. */
  withdraw(entryId: string): void {
    this.#compose((state) => {
      this.#requirePairing(state);
      if (!state.versions[entryId]) throw new MendError('not-found', 'This entry was never sent.');
      return { kind: 'tombstone', item: entryId, body: {} };
    });
  }

  #requirePairing(state: ExchangeState): Pairing {
    if (!state.pairing) throw new MendError('invalid-request', 'You are not paired with anyone on another computer.');
    return state.pairing;
  }

  #update(change: (state: ExchangeState) => void): void {
    const store = this.#store();
    store.transaction(() => {
      const state = store.state();
      change(state);
      store.saveState(state);
    });
  }

  /** One new version of an item, sealed now and kept as the item's newest envelope (it replaces any older one not yet sent). */
  #compose(make: (state: ExchangeState) => Pick<Payload, 'kind' | 'item' | 'body'>): void {
    const store = this.#store();
    this.#withIdentity((seeds, publics) =>
      store.transaction(() => {
        const state = store.state();
        const part = make(state);
        const pairing = state.pairing!;
        const version = (state.versions[part.item] ?? 0) + 1;
        const payload = { ...part, v: 1, pairing: pairing.id, author: b64(publics.sign), version, sentAt: this.#now().toISOString() } as Payload;
        const envelope = sealEnvelope(payload, seeds.sign, [unb64(pairing.partner.agree), publics.agree]);
        state.versions[part.item] = version;
        store.putOutgoing({
          item: part.item,
          kind: part.kind,
          version,
          pairing: pairing.id,
          fileName: `${randomBytes(16).toString('hex')}.envelope`,
          envelope: envelope.toString('base64'),
        });
        store.saveState(state);
      }),
    );
  }

  /** What may travel now, for a transport: the newest envelope of each item, unless held. */
  sendable(): Outgoing[] {
    const store = this.#store();
    const state = store.state();
    return store.allOutgoing().filter((o) => o.pairing === state.pairing?.id && maySend(o.kind, state));
  }

  /** This side's and the partner's signing keys and the pairing id, for the folder's layout. */
  folderPlan(): { folder: string; pairing: Buffer; mine: Buffer; partner: Buffer } | null {
    const pairing = this.#store().state().pairing;
    if (!pairing?.folder) return null;
    return this.#withIdentity((_, publics) => ({ folder: pairing.folder!, pairing: unb64(pairing.id), mine: publics.sign, partner: unb64(pairing.partner.sign) }));
  }

  /** Opens one envelope and takes it in, or says why not; nothing is stored for a refusal. */
  receive(bytes: Buffer): Outcome {
    return this.receiveBatch((take) => take(bytes));
  }

  /**
   * Takes in several envelopes with one unwrapping of the keys and one transaction (one flush to disk),
   * each in a savepoint of its own, so a refusal stores nothing and leaves the others be. An envelope
   * comes as its bytes, or already opened by the helper thread (openMany).
   */
  receiveBatch<T>(work: (take: (input: Buffer | OpenedInHelper) => Outcome) => T): T {
    const store = this.#store();
    return this.#withIdentity((seeds, publics) =>
      store.transactionNotFlushed(() =>
        work((input) => {
          try {
            if (Buffer.isBuffer(input)) return { taken: takeIn(openEnvelope(input, seeds.agree), store, publics.sign, this.#now()) };
            if ('refused' in input) return { refused: new EnvelopeRefusal(input.refused) };
            return { taken: takeIn(input.opened, store, publics.sign, this.#now(), input.signedBy) };
          } catch (err) {
            if (err instanceof EnvelopeRefusal) return { refused: err };
            throw err;
          }
        }),
      ),
    );
  }

  /** Opens many envelopes in a helper thread (envelope-opener.ts); null if it could not, or if not paired. */
  openMany(files: readonly Buffer[]): Promise<OpenedInHelper[] | null> {
    const pairing = this.#store().state().pairing;
    if (!pairing) return Promise.resolve(null);
    return this.#withIdentity((seeds) => openInHelper(files, { agreeSeed: seeds.agree, partnerSign: pairing.partner.sign }, this.#envelopeWorker));
  }

  /** The check-ins and agreements shared between the two computers, each read from signed bytes (together-exchange.ts). */
  together(): TogetherView {
    const store = this.#store();
    return this.#withIdentity((seeds, publics) => togetherView(togetherContext(this.#vault, store, seeds, publics)));
  }

  /** This partner's answer to the other's shared check-in, sent as a new version each time. */
  answerCheckIn(checkIn: string, answers: CheckInPart): TogetherView {
    const part = answerPart(this.together(), checkIn, answers);
    this.#compose(() => part);
    return this.together();
  }

  /** This partner's confirmation of exactly the version of the agreement they read. */
  confirmAgreement(agreement: string, version: number, digest: string): TogetherView {
    const part = confirmPart(this.together(), agreement, version, digest);
    this.#compose(() => part);
    return this.together();
  }

  /** What the partner (or an earlier partner) shared, each verified again against their key, newest first. */
  received(): ReceivedItem[] {
    const store = this.#store();
    return receivedItems(store.allIncoming(), store.state());
  }
}
