// What the exchange between two computers (issue 16) says across IPC: its
// status and the answers of its channels. Pure, for the contract and the
// renderer; the service is main/services/exchange/.
import { z } from '../zod.ts';
import { EntryId } from '../domain/entry.ts';

export const INVITATION_TEXT_MAX = 400;

export const ExchangeStatusSchema = z.strictObject({
  safety: z.enum(['safe', 'not-safe']).nullable(),
  invitation: z.string().nullable(),
  pairing: z
    .strictObject({
      partnerName: z.string(),
      phrase: z.array(z.string()),
      confirmedByMe: z.boolean(),
      confirmedByPartner: z.boolean(),
      folder: z.string().nullable(),
      partnerAskedNoContact: z.boolean(),
    })
    .nullable(),
  paused: z.boolean(),
  noContact: z.boolean(),
  held: z.int().min(0),
});
export type ExchangeStatus = z.infer<typeof ExchangeStatusSchema>;

export const ReceivedItemSchema = z.strictObject({
  id: z.string(),
  version: z.int(),
  exerciseId: z.string(),
  day: z.string(),
  answers: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
  sentAt: z.string(),
  from: z.string(),
  fromCurrentPartner: z.boolean(),
});

export const FolderReportSchema = z.strictObject({
  written: z.int(),
  taken: z.int(),
  refused: z.array(z.strictObject({ file: z.string(), reason: z.string() })),
});

export const BundleReportSchema = z.strictObject({
  envelopes: z.int(),
  taken: z.int(),
  duplicates: z.int(),
  refused: z.array(z.string()),
});

export const exchangeRequests = {
  answerSafety: z.strictObject({ safe: z.boolean() }),
  openInvitation: z.strictObject({
    text: z.string().max(INVITATION_TEXT_MAX, { error: 'That is longer than any Mend invitation.' }),
    partnerName: z.string().trim().min(1, { error: 'Please type your partner’s name.' }).max(80, { error: 'Please use a shorter name.' }),
  }),
  setPace: z.strictObject({ paused: z.boolean().optional(), noContact: z.boolean().optional() }),
  share: z.strictObject({ entryId: EntryId, shared: z.boolean() }),
};
