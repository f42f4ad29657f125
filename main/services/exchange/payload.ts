// What an envelope carries, once opened: one signed payload (docs/EXCHANGE.md).
// Every field is checked here, so nothing the other computer wrote reaches the
// workbook unchecked. An entry's answers are checked again against its exercise
// (receive.ts) before they are kept.
import { z } from '../../../shared/zod.ts';
import { Day, EntryId, ExerciseIdSchema } from '../../../shared/domain/entry.ts';
import { AgreeBody, AgreeItem, AnswerBody, AnswerItem } from './together-payload.ts';

export const FORMAT_VERSION = 1;
const Key32 = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'A key is 32 bytes, base64url.' });

const EntryBody = z.strictObject({
  exerciseId: ExerciseIdSchema,
  day: Day,
  answers: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const common = {
  v: z.literal(FORMAT_VERSION),
  /** The pairing (pairing.ts): both partners' keys and both invitations' nonces, hashed. */
  pairing: Key32,
  /** The author's Ed25519 public key, raw, base64url. */
  author: Key32,
  /** A new version of an item replaces the one before; an older or equal one is refused. */
  version: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
  /** The author's clock, shown only; never used to order anything (clocks disagree). */
  sentAt: z.iso.datetime(),
};

export const PayloadSchema = z.discriminatedUnion('kind', [
  /** "I compared the phrase and confirmed": until each side holds the other's, nothing else is sent or taken in. */
  z.strictObject({ ...common, kind: z.literal('confirm'), item: z.literal('pairing'), body: z.strictObject({}) }),
  /** The receiver sets the pace: "please, no contact for now" or "contact is fine again". */
  z.strictObject({ ...common, kind: z.literal('pace'), item: z.literal('pace'), body: z.strictObject({ noContact: z.boolean() }) }),
  /** A shared entry, as its author last saved it. */
  z.strictObject({ ...common, kind: z.literal('entry'), item: EntryId, body: EntryBody }),
  /** The author deleted or stopped sharing an entry. */
  z.strictObject({ ...common, kind: z.literal('tombstone'), item: EntryId, body: z.strictObject({}) }),
  /** An answer to the partner's shared weekly check-in (together-payload.ts). */
  z.strictObject({ ...common, kind: z.literal('answer'), item: AnswerItem, body: AnswerBody }),
  /** A confirmation of one exact version of a shared agreement (together-payload.ts). */
  z.strictObject({ ...common, kind: z.literal('agree'), item: AgreeItem, body: AgreeBody }),
]);
export type Payload = z.infer<typeof PayloadSchema>;
export type PayloadKind = Payload['kind'];
export type EntryPayloadBody = z.infer<typeof EntryBody>;

export const b64 = (bytes: Buffer) => bytes.toString('base64url');
export const unb64 = (text: string) => Buffer.from(text, 'base64url');
