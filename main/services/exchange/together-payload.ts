// The two payload kinds of the check-in and the agreement across two computers
// (docs/EXCHANGE.md, format 1, kinds added in its revision 2): an answer to the
// partner's shared weekly check-in, and a confirmation of one exact version of
// a shared agreement. Each is the author's own item (item ids `answer:<id>` and
// `agree:<id>`), so it never collides with the entry it refers to, and each is
// signed like every payload: the envelope's Ed25519 signature is the answer's
// and the confirmation's signature.
import { z } from '../../../shared/zod.ts';
import { EntryId } from '../../../shared/domain/entry.ts';
import { CheckInPartSchema } from '../../../shared/exchange/together-contract.ts';

const Version = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
const ItemOf = (prefix: 'answer' | 'agree') => z.string().regex(new RegExp(`^${prefix}:[0-9a-f-]{36}$`));

/** "My answer to your check-in": the check-in it answers, and the version that was read. */
export const AnswerBody = z.strictObject({ checkIn: EntryId, checkInVersion: Version, answers: CheckInPartSchema });
/** "I confirm this agreement": exactly one version, named by its number and the SHA-256 of its signed payload. */
export const AgreeBody = z.strictObject({ agreement: EntryId, agreementVersion: Version, digest: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
export const AnswerItem = ItemOf('answer');
export const AgreeItem = ItemOf('agree');

export const answerItem = (checkIn: string) => `answer:${checkIn}`;
export const agreeItem = (agreement: string) => `agree:${agreement}`;
