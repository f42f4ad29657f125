// What the journal signs its shared records with (record-proof.ts): the
// unlocked partner's signing key, and in a together session the other
// partner's too (vault/together-session.ts), and the confirmations already on
// records, kept so that a rewrite which leaves the confirmed words alone keeps
// them. Only records with confirmations (or from before signatures) are
// remembered: the author's signature is made again on every write.
import { MendError } from '../../../shared/contract/result.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { confirm, missingSignatureOf } from './record-proof.ts';
import type { Proof, RecordSigner } from './record-proof.ts';
import type { RecordSigning } from './record-codec.ts';

export class SharedSigning {
  readonly #vaultId: string;
  readonly #proofs = new Map<string, Proof>();
  #mine: RecordSigner | undefined;
  /** Partners with no identity yet: what they write is accepted unsigned (record-proof.ts). */
  #legacy: readonly string[];

  constructor(vaultId: string, mine: RecordSigner | undefined, legacy: readonly string[]) {
    this.#vaultId = vaultId;
    this.#mine = mine;
    this.#legacy = legacy;
  }

  /** The proofs read at unlock that a rewrite will need. */
  keep(id: string, proof: Proof): void {
    this.#proofs.set(id, proof);
  }

  /** After the unlocked partner's first unlock in format 3 gave them an identity. */
  useSigner(mine: RecordSigner): void {
    this.#mine = mine;
    this.#legacy = this.#legacy.filter((id) => id !== mine.memberId);
  }

  /**
   * The signatures for writing `entry` to the shared space, or undefined while the unlocked
   * partner has no identity yet (their records are then accepted unsigned: record-proof.ts).
   * `present` are the partners of a together session, who can sign as themselves.
   */
  signingOf(entry: Entry, present: Readonly<Record<string, RecordSigner>> = {}): RecordSigning | undefined {
    if (!this.#mine) return undefined;
    const signerOf = (memberId: string) => (memberId === this.#mine!.memberId ? this.#mine : present[memberId]);
    const authorId = entry.author ?? '';
    const author = signerOf(authorId);
    if (!author && !this.#legacy.includes(authorId)) throw new MendError('invalid-request', 'Only the partner who wrote this entry can change it.');
    const before = this.#proofs.get(entry.id)?.confirmations;
    const confirmations: Record<string, string> = {};
    for (const stamp of entry.signedBy ?? []) {
      const signer = signerOf(stamp.memberId);
      // Kept stamps keep their signature (keepOrDropSignatures keeps a stamp only with the words it confirmed).
      const signature = signer && present[stamp.memberId] ? confirm(this.#vaultId, entry, stamp, signer) : before?.[stamp.memberId];
      if (signature) confirmations[stamp.memberId] = signature;
    }
    return { author, ...(entry.signedBy ? { confirmations } : {}) };
  }

  /** Remembers what was just written for `entry` (or forgets it, for a row that left the shared space). */
  wrote(entry: Entry, signing: RecordSigning | undefined): void {
    // The author's signature is made again on every write; only the confirmations are worth keeping.
    if (signing?.confirmations) this.#proofs.set(entry.id, { author: '', confirmations: signing.confirmations });
    else this.#proofs.delete(entry.id);
  }

  /**
   * The shared entries the unlocked partner has yet to sign (written before they had an identity),
   * each with the signatures to write it with: theirs added, the other partner's kept.
   */
  unsigned(entries: Iterable<Entry>, firstMemberId: string, mine: RecordSigner): { entry: Entry; signing: RecordSigning }[] {
    const out: { entry: Entry; signing: RecordSigning }[] = [];
    for (const entry of entries) {
      const proof = this.#proofs.get(entry.id);
      if (entry.visibility !== 'shared' || !proof || !missingSignatureOf(entry, proof, mine.memberId, firstMemberId)) continue;
      const author = (entry.author ?? firstMemberId) === mine.memberId ? mine : proof.author;
      const confirmations = { ...proof.confirmations };
      if (entry.signedBy?.some((s) => s.memberId === mine.memberId)) {
        confirmations[mine.memberId] = confirm(this.#vaultId, entry, entry.signedBy.find((s) => s.memberId === mine.memberId)!, mine);
      }
      out.push({ entry, signing: { author, ...(entry.signedBy ? { confirmations } : {}) } });
    }
    return out;
  }
}
