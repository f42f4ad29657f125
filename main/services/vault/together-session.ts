// A together session: both partners, at this computer, have each typed their own
// passphrase on the same screen, one after the other. While it lasts, a check-in
// or the agreement can be saved with both names and signed by each (see
// shared/together/sign-together.ts). It ends on lock, or when either ends it.
import type { Signer } from '../../../shared/together/sign-together.ts';

export class TogetherSession {
  /** Partners who confirmed, in the order they did. */
  #confirmed: string[] = [];

  confirm(memberId: string): void {
    if (!this.#confirmed.includes(memberId)) this.#confirmed.push(memberId);
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
  }
}
