// What travels of one entry to the partner's computer (issue 16, "only what the
// author chooses travels"), as said across IPC. Distinct from an entry's
// visibility in a workbook for two on one computer ("Only me" / "Me and …"):
// this is about sending a copy to the other computer. Pure, for the contract
// and the renderer; the service is main/services/exchange/sharing.ts.
import { z } from '../zod.ts';
import { EntryId, ExerciseIdSchema } from '../domain/entry.ts';
import { ReceivedItemSchema } from './exchange-contract.ts';

/** How an entry may travel: most by the switch (and then every edit follows); a letter only by a deliberate send after a last look. */
export const ShareRoute = z.enum(['switch', 'letter']);
export type ShareRoute = z.infer<typeof ShareRoute>;

export const EntrySharingSchema = z.strictObject({
  /** Paired, and both partners confirmed the phrase: only then is anything offered. */
  offered: z.boolean(),
  partnerName: z.string().nullable(),
  route: ShareRoute,
  /** Sent and not withdrawn since. */
  shared: z.boolean(),
  /** For a sent letter: the saved time of the version sent, so the screen can say it changed since. */
  sentUpdatedAt: z.iso.datetime().nullable(),
  /** The partner asked for no contact: what is shared waits on this computer. */
  heldByPartner: z.boolean(),
});
export type EntrySharing = z.infer<typeof EntrySharingSchema>;

export const WithdrawnItemSchema = z.strictObject({
  id: z.string(),
  day: z.string(),
  from: z.string(),
  /** The author's clock when they withdrew it: shown only. */
  withdrawnAt: z.string(),
});
export type WithdrawnItem = z.infer<typeof WithdrawnItemSchema>;

export const FromPartnerSchema = z.strictObject({
  items: z.array(ReceivedItemSchema),
  withdrawn: z.array(WithdrawnItemSchema),
});
export type FromPartner = z.infer<typeof FromPartnerSchema>;

export const sharingRequests = {
  entrySharing: z.strictObject({ entryId: EntryId }),
  /** `lookedAt`: the saved time of the version shown in the last look; a letter changed since is not sent. */
  sendLetter: z.strictObject({ entryId: EntryId, lookedAt: z.iso.datetime() }),
  fromPartner: z.strictObject({ exerciseId: ExerciseIdSchema }),
};
