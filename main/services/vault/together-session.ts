// A together session: both partners, at this computer, have each typed their own
// passphrase on the same screen, one after the other. While it lasts, a check-in
// or the agreement can be saved with both names and signed by each (see
// shared/together/sign-together.ts). It ends on lock, or when either ends it.
import type { KeyObject } from 'node:crypto';
import type { Signer } from '../../../shared/together/sign-together.ts';
import type { RecordSigner } from '../journal/record-proof.ts';

export class TogetherSession {
  /** Partners who confirmed, in the order they did. */
  #confirmed: string[] = [];
  /** Their signing keys (journal/record-proof.ts), dropped when the session ends. */
  #signing = new Map<string, KeyObject>();

  confirm(memberId: string, signing?: KeyObject): void {
    if (!this.#confirmed.includes(memberId)) this.#confirmed.push(memberId);
    if (signing) this.#signing.set(memberId, signing);
  }

  /** The partners of an active session who can sign as themselves. */
  present(): Record<string, RecordSigner> {
    if (!this.active) return {};
    return Object.fromEntries([...this.#signing].map(([memberId, key]) => [memberId, { memberId, key }]));
  }

  get confirmed(): readonly string[] {
    return this.#confirmed;
  }

  get active(): boolean {
    return this.#confirmed.length === 2;
  }

  /** Both partners with their names, in the order they confirmed; none before both have. */
  signers(names: Record<string, string>): readonly [Signer, Signer] | undefined {
    if (!this.active) return undefined;
    const [a, b] = this.#confirmed as [string, string];
    return [
      { memberId: a, name: names[a] ?? 'First partner' },
      { memberId: b, name: names[b] ?? 'Second partner' },
    ];
  }

  end(): void {
    this.#confirmed = [];
    this.#signing.clear();
  }
}
