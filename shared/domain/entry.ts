// A journal entry: one person's answers to one exercise, for one day or one draft.
// This is exactly what is encrypted as a record's content; nothing of it is stored in the clear.
import { z } from '../zod.ts';
import { isValidDay } from './dates.ts';
import { EXERCISE_IDS } from '../exercises/catalog.ts';
import { LIST_MAX_ITEMS, SIGNATURE_NAME_MAX, TEXT_LIMITS } from '../exercises/answer-schema.ts';

export const EntryId = z.uuid({ error: 'An entry id must be a UUID.' });
export const ExerciseIdSchema = z.enum(EXERCISE_IDS, { error: 'Unknown exercise.' });
export const Day = z.string().refine(isValidDay, { error: 'A day must be a real date written YYYY-MM-DD.' });
/** Who can read an entry: its author only, or both partners (a workbook for two). */
export const Visibility = z.enum(['private', 'shared'], { error: 'Choose who can read this entry.' });
export type Visibility = z.infer<typeof Visibility>;
/** A partner's id in the workbook's header (a uuid, or "owner" in a workbook made before workbooks for two). */
export const MemberId = z.string().regex(/^(owner|[0-9a-f-]{36})$/, { error: 'Unknown partner.' });
/** A partner's confirmation of their part of a together session, stamped by main, never typed. */
export const Signature = z.strictObject({ memberId: MemberId, name: z.string().max(80), at: z.iso.datetime() });
export type Signature = z.infer<typeof Signature>;

/** Field ids are short identifiers, which also keeps keys like __proto__ out of answers. */
const FieldId = z.string().regex(/^[a-z][A-Za-z0-9]{0,63}$/, { error: 'Unknown answer field.' });
const Text = z.string().max(TEXT_LIMITS['long-text']);
/** The outer shape only; each exercise's own schema (answer-schema.ts) checks its fields exactly. */
const AnswerValueSchema = z.union([
  Text,
  z.array(z.record(FieldId, Text)).max(LIST_MAX_ITEMS),
  z.strictObject({ name: z.string().max(SIGNATURE_NAME_MAX), date: z.string().max(10) }),
]);
const AnswersSchema = z.record(FieldId, AnswerValueSchema);

export const EntrySchema = z.strictObject({
  id: EntryId,
  exerciseId: ExerciseIdSchema,
  /** The day the entry is about (daily exercises) or the day it was begun. */
  day: Day,
  answers: AnswersSchema,
  visibility: Visibility,
  /** Who wrote it; entries from before a workbook had two partners are its first partner's. */
  author: MemberId.optional(),
  /** In a together session: each part's partner, in the order of the exercise's together parts. */
  signedBy: z.array(Signature).max(2).optional(),
  /** Marked by its writer to stay out of counselor summaries unless they opt in at export. */
  keepPrivate: z.boolean().optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Entry = z.infer<typeof EntrySchema>;

/** What the renderer sends to save: a new entry (no id) or a new version of one. */
export const SaveEntryRequest = z.strictObject({
  id: EntryId.optional(),
  exerciseId: ExerciseIdSchema,
  day: Day,
  answers: AnswersSchema,
  /** For a new entry only: who can read it (only me by default). Later changes go through entries:setVisibility. */
  visibility: Visibility.optional(),
});
export type SaveEntryRequest = z.infer<typeof SaveEntryRequest>;
