// Signatures on shared records. The shared key is both partners', so sealing
// under it says only "one of us wrote this"; who did is said by an Ed25519
// signature (crypto/identity.ts) inside the sealed record:
//
// - the author's, over the vault id, the record id and the entry exactly as
//   stored (its JSON, which includes its version, `updatedAt`);
// - each together-confirmation's (a `signedBy` entry), by the partner who
//   confirmed, over the vault id, the record id, their own stamp (member, time)
//   and what they confirmed (exercise, day, answers), so the confirmation stays
//   valid through a change that leaves those words alone (keepOrDropSignatures
//   drops the confirmations on any change to them).
//
// A record whose signatures do not all verify is tampered: it is reported and
// shown as nobody's words. A signature is missing-but-accepted only from a
// partner who has no identity yet (a slot from before format 3, until that
// partner's first unlock signs what is theirs: vault/identity-upgrade.ts).
import { createHash } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { Entry, Signature } from '../../../shared/domain/entry.ts';
import { canonical } from '../../../shared/together/sign-together.ts';
import { signWith, verifyWith } from '../crypto/identity.ts';

/** What a shared record carries beside its entry: base64 signatures. */
export interface Proof {
  author?: string;
  /** By member id: their confirmation of the words they signed together. */
  confirmations?: Record<string, string>;
}

/** Who may be believed, as the unlocked partner knows it (see vault/identity-check.ts). */
export interface Verifiers {
  /** Entries with no author are the first partner's. */
  firstMemberId: string;
  /** Each partner's Ed25519 public key, by member id. */
  publics: Record<string, KeyObject>;
  /** Partners with no identity yet, whose records (from before format 3) carry no signatures. */
  legacy: readonly string[];
}

export interface RecordSigner {
  memberId: string;
  key: KeyObject;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

const authorMessage = (vaultId: string, id: string, json: string) => Buffer.from(`mend/record-sig/v1|${vaultId}|${id}|${digest(json)}`, 'utf8');

const confirmationMessage = (vaultId: string, entry: Pick<Entry, 'id' | 'exerciseId' | 'day' | 'answers'>, stamp: Signature) =>
  Buffer.from(
    `mend/confirm-sig/v1|${vaultId}|${entry.id}|${stamp.memberId}|${stamp.at}|${digest(canonical({ exerciseId: entry.exerciseId, day: entry.day, answers: entry.answers }))}`,
    'utf8',
  );

const sig = (key: KeyObject, message: Buffer) => signWith(key, message).toString('base64');

/** A partner's confirmation of their stamp on this entry. */
export function confirm(vaultId: string, entry: Entry, stamp: Signature, signer: RecordSigner): string {
  if (stamp.memberId !== signer.memberId) throw new Error('a confirmation is signed by the partner it names');
  return sig(signer.key, confirmationMessage(vaultId, entry, stamp));
}

/**
 * The stored JSON of a shared entry: the entry, then its proof. `author` signs it now, or is the
 * author's signature kept from the same entry as stored before (a row re-signed at an upgrade
 * gains the unlocked partner's confirmation beside the other's authorship), or is absent for an
 * author with no identity yet. `confirmations` are the signatures of its `signedBy` stamps (made
 * now, or kept from before when the confirmed words did not change).
 */
export function signedJson(vaultId: string, entry: Entry, author: RecordSigner | string | undefined, confirmations: Record<string, string> | undefined): string {
  const json = JSON.stringify(entry);
  const authorSig = typeof author === 'string' || author === undefined ? author : sig(author.key, authorMessage(vaultId, entry.id, json));
  const proof: Proof = { ...(authorSig !== undefined ? { author: authorSig } : {}), ...(confirmations ? { confirmations } : {}) };
  return `${json.slice(0, -1)},"proof":${JSON.stringify(proof)}}`;
}

const isProof = (value: unknown): value is Proof =>
  typeof value === 'object' &&
  value !== null &&
  ((value as Proof).author === undefined || typeof (value as Proof).author === 'string') &&
  ((value as Proof).confirmations === undefined || (typeof (value as Proof).confirmations === 'object' && (value as Proof).confirmations !== null));

/** A signature that is there, by a key we know, and (unless these exact bytes were verified before) verifies. */
function verifies(key: KeyObject | undefined, message: () => Buffer, signature: unknown, alreadyVerified: boolean): boolean {
  return key !== undefined && typeof signature === 'string' && (alreadyVerified || verifyWith(key, message(), Buffer.from(signature, 'base64')));
}

/**
 * Checks a shared record as it was parsed (the entry and its `proof` field).
 * Answers the proof (what a later rewrite keeps of it) and the entry without it, or null when the record is tampered.
 * `alreadyVerified`: these exact bytes were verified by this partner before (journal/verified-records.ts),
 * so the signatures are not checked again; the proof is still taken apart the same way.
 */
export function verifySharedRecord(vaultId: string, value: Entry & { proof?: unknown }, verifiers: Verifiers, alreadyVerified = false): { proof: Proof; entry: Entry } | null {
  // The entry without its proof, as a new object: deleting the field would leave every entry in slow dictionary mode.
  const { proof: stored, ...entry } = value;
  // Re-serialised exactly as it was written: JSON.stringify of what JSON.parse gave (field ids never look like numbers).
  return verifyParts(vaultId, entry, stored, () => JSON.stringify(entry), verifiers, alreadyVerified);
}

const PROOF_FIELD = ',"proof":';

/**
 * A shared record's text taken apart where signedJson joined it: the entry's JSON as it was signed (so it is parsed
 * once and never written out again to be checked) and its proof's. Null when it has no proof at the end.
 * The proof is the last field, and no `,"proof":` can stand after it: inside a string a quote is escaped.
 */
export function splitSigned(text: string): { entryJson: string; proofJson: string } | null {
  const end = text.trimEnd(); // the padding (record-codec.ts)
  const at = end.lastIndexOf(PROOF_FIELD);
  if (at < 0 || !end.endsWith('}')) return null;
  return { entryJson: `${end.slice(0, at)}}`, proofJson: end.slice(at + PROOF_FIELD.length, -1) };
}

/**
 * As verifySharedRecord, for a record taken apart by splitSigned: the author's signature is checked over
 * `entryJson` as it stands in the record, so only the very bytes its author signed pass (a record whose entry
 * is written any other way fails here, and the caller may check it the slower way).
 */
export function verifySignedParts(vaultId: string, entry: Entry, proof: unknown, entryJson: string, verifiers: Verifiers, alreadyVerified: boolean): { proof: Proof; entry: Entry } | null {
  return verifyParts(vaultId, entry, proof, () => entryJson, verifiers, alreadyVerified);
}

function verifyParts(vaultId: string, entry: Entry, stored: unknown, json: () => string, verifiers: Verifiers, alreadyVerified: boolean): { proof: Proof; entry: Entry } | null {
  const proof: Proof = stored === undefined ? {} : isProof(stored) ? stored : { author: '' };
  const author = entry.author ?? verifiers.firstMemberId;
  const legacy = (memberId: string) => verifiers.legacy.includes(memberId);
  if (proof.author !== undefined || !legacy(author)) {
    if (!verifies(verifiers.publics[author], () => authorMessage(vaultId, entry.id, json()), proof.author, alreadyVerified)) return null;
  }
  for (const stamp of entry.signedBy ?? []) {
    const signature = proof.confirmations?.[stamp.memberId];
    if (signature === undefined && legacy(stamp.memberId)) continue;
    if (!verifies(verifiers.publics[stamp.memberId], () => confirmationMessage(vaultId, entry, stamp), signature, alreadyVerified)) return null;
  }
  return { proof, entry };
}

/** What this partner still has to sign on a record written before their identity: its author signature, or their confirmation. */
export function missingSignatureOf(entry: Entry, proof: Proof, memberId: string, firstMemberId: string): boolean {
  const authorMissing = (entry.author ?? firstMemberId) === memberId && proof.author === undefined;
  const confirmationMissing = (entry.signedBy ?? []).some((s) => s.memberId === memberId) && proof.confirmations?.[memberId] === undefined;
  return authorMissing || confirmationMissing;
}
