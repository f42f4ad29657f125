// The author's side of "only what the author chooses travels" (issue 16): which
// of an entry's ways to the partner's computer is open, and the send decisions.
//   - Most entries travel by the switch ("Send to …'s computer", off by
//     default); once on, each saved edit travels as a new version
//     (exchange-lifecycle.ts asks `followsEdits`).
//   - A letter (forgiving myself, owning it) never travels by the switch, and
//     its edits never follow on their own: only a deliberate send, after a last
//     look at exactly the saved version that will go (`lookedAt` must still be
//     its saved time, or nothing is sent).
//   - Switching off, or deleting, sends a signed tombstone (either kind).
// Nothing is offered until both partners have confirmed the safety phrase.
import { MendError } from '../../../shared/contract/result.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { findExercise } from '../../../shared/exercises/catalog.ts';
import type { EntrySharing, ShareRoute } from '../../../shared/exchange/sharing-contract.ts';
import type { Vault } from '../vault/vault.ts';
import type { Exchange } from './exchange.ts';

export const routeOf = (exerciseId: string): ShareRoute => (findExercise(exerciseId)?.kind === 'letter' ? 'letter' : 'switch');

/** After a save: whether the new version goes too (only for an entry switched on; a letter waits for its next deliberate send). */
export const followsEdits = (exchange: Exchange, entry: Pick<Entry, 'id' | 'exerciseId'>): boolean => routeOf(entry.exerciseId) === 'switch' && exchange.isShared(entry.id);

const NOT_OFFERED = 'Sharing with your partner’s computer starts once you have both confirmed the safety phrase (Settings, “Mend on two computers”).';

export class Sharing {
  readonly #exchange: Exchange;
  readonly #vault: Vault;

  constructor(exchange: Exchange, vault: Vault) {
    this.#exchange = exchange;
    this.#vault = vault;
  }

  /** The unlocked partner's own entry, or a clear refusal. */
  #ownEntry(entryId: string): Entry {
    const entry = this.#vault.journal().get(entryId);
    const { memberId } = this.#vault.ownSealedSettings();
    if (entry.author !== undefined && entry.author !== memberId) throw new MendError('invalid-request', 'Only the partner who wrote an entry can send it.');
    return entry;
  }

  of(entryId: string): EntrySharing {
    const entry = this.#ownEntry(entryId);
    const pairing = this.#exchange.status().pairing;
    const route = routeOf(entry.exerciseId);
    const sent = this.#exchange.sentEntry(entry.id);
    return {
      offered: Boolean(pairing?.confirmedByMe && pairing.confirmedByPartner),
      partnerName: pairing?.partnerName ?? null,
      route,
      shared: sent !== null,
      sentUpdatedAt: route === 'letter' ? (sent?.updatedAt ?? null) : null,
      heldByPartner: pairing?.partnerAskedNoContact ?? false,
    };
  }

  #requireOffered(entryId: string): Entry {
    const entry = this.#ownEntry(entryId);
    if (!this.of(entryId).offered) throw new MendError('invalid-request', NOT_OFFERED);
    return entry;
  }

  /** The switch: on sends the entry as it is now (and its edits after); off withdraws it (a signed tombstone). */
  setSwitch(entryId: string, on: boolean): EntrySharing {
    if (on) {
      const entry = this.#requireOffered(entryId);
      if (routeOf(entry.exerciseId) === 'letter') throw new MendError('invalid-request', 'A letter is sent only with “Send to my partner…”, after a last look at what will be sent.');
      this.#exchange.share(entry.id);
    } else {
      this.#ownEntry(entryId);
      // Off when it is not shared changes nothing (no tombstone for what never went).
      if (this.#exchange.isShared(entryId)) this.#exchange.withdraw(entryId);
    }
    return this.of(entryId);
  }

  /** The deliberate send of a letter, exactly as it was shown in the last look. */
  sendLetter(entryId: string, lookedAt: string): EntrySharing {
    const entry = this.#requireOffered(entryId);
    if (routeOf(entry.exerciseId) !== 'letter') throw new MendError('invalid-request', 'Only a letter is sent this way; other entries have their switch.');
    if (entry.updatedAt !== lookedAt) throw new MendError('invalid-request', 'The letter changed after your last look. Nothing was sent: please look at it again.');
    this.#exchange.share(entry.id);
    return this.of(entryId);
  }
}
