// The weekly check-in and the agreement across two computers (issue 16), as
// they cross IPC: what each partner shared, the other's answer, and who has
// confirmed which agreement. Every "confirmed" here is the outcome of an
// Ed25519 signature verified in main, never a flag either side could set.
import { z } from '../zod.ts';
import { EntryId } from '../domain/entry.ts';
import { SCALE_VALUES, TEXT_LIMITS } from '../exercises/answer-schema.ts';

const Short = z.string().max(TEXT_LIMITS['short-text'], { error: `Please keep each answer under ${TEXT_LIMITS['short-text']} characters.` });

/** One partner's part of a weekly check-in: trust ('' unless its author chose to share it), a win, a worry, a request. */
export const CheckInPartSchema = z.strictObject({ trust: z.enum(['', ...SCALE_VALUES]), win: Short, worry: Short, request: Short });
export type CheckInPart = z.infer<typeof CheckInPartSchema>;

export const SharedCheckInSchema = z.strictObject({
  id: EntryId,
  version: z.int(),
  /** Whose check-in it is: this computer's partner, or the other. */
  mine: z.boolean(),
  authorName: z.string(),
  day: z.string(),
  part: CheckInPartSchema,
  answer: z
    .strictObject({
      byName: z.string(),
      part: CheckInPartSchema,
      /** False when the check-in was changed after this answer was written. */
      current: z.boolean(),
    })
    .nullable(),
});
export type SharedCheckIn = z.infer<typeof SharedCheckInSchema>;

export const SharedAgreementSchema = z.strictObject({
  id: EntryId,
  version: z.int(),
  /** SHA-256 of the version's signed payload, base64url: what a confirmation names. */
  digest: z.string(),
  mine: z.boolean(),
  authorName: z.string(),
  day: z.string(),
  commitments: z.array(z.strictObject({ who: z.string(), commitment: z.string() })),
  howWeCheck: z.string(),
  whenWeReview: z.string(),
  confirmedByMe: z.boolean(),
  confirmedByPartner: z.boolean(),
  /** Only when both partners' valid signatures over this very version are held. */
  confirmedByBoth: z.boolean(),
});
export type SharedAgreement = z.infer<typeof SharedAgreementSchema>;

export const TogetherViewSchema = z
  .strictObject({
    partnerName: z.string(),
    checkIns: z.array(SharedCheckInSchema),
    agreements: z.array(SharedAgreementSchema),
    /** This partner's own check-ins and agreements not shared yet, to share from here. */
    unshared: z.array(z.strictObject({ id: EntryId, exerciseId: z.string(), day: z.string() })),
  })
  .nullable();
export type TogetherView = z.infer<typeof TogetherViewSchema>;

export const togetherRequests = {
  answerCheckIn: z.strictObject({ checkIn: EntryId, answers: CheckInPartSchema }),
  confirmAgreement: z.strictObject({ agreement: EntryId, version: z.int().min(1), digest: z.string().regex(/^[A-Za-z0-9_-]{43}$/) }),
};
