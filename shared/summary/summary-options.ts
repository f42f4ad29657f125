// What the user chooses for a counselor summary: a date range, the exercises,
// whether entries they marked private may go in (off by default), optional
// names or initials for the cover, and what they would like to talk about next.
import { z } from '../zod.ts';
import { Day, ExerciseIdSchema } from '../domain/entry.ts';

export const SUMMARY_NAMES_MAX = 100;
export const SUMMARY_NOTE_MAX = 5000;

export const SummaryOptions = z
  .strictObject({
    from: Day,
    to: Day,
    exerciseIds: z.array(ExerciseIdSchema).min(1, { error: 'Choose at least one exercise to include.' }).max(50),
    includePrivate: z.boolean(),
    names: z.string().max(SUMMARY_NAMES_MAX, { error: `Names can be at most ${SUMMARY_NAMES_MAX} characters.` }),
    nextSession: z.string().max(SUMMARY_NOTE_MAX, { error: `This note can be at most ${SUMMARY_NOTE_MAX.toLocaleString('en')} characters.` }),
  })
  .refine((o) => o.from <= o.to, { path: ['to'], error: 'The end date is before the start date.' });
export type SummaryOptions = z.infer<typeof SummaryOptions>;
