// Schemas of the passphrase forms (create and unlock), shared so the renderer's
// form and main's request validation agree on the same rules.
import { z } from '../zod.ts';
import { PASSPHRASE_MAX, PASSPHRASE_MIN } from './passphrase-limits.ts';

export const CreateWorkbookForm = z
  .object({
    passphrase: z
      .string()
      .min(PASSPHRASE_MIN, { error: `Please use at least ${PASSPHRASE_MIN} characters. A few unrelated words work well.` })
      .max(PASSPHRASE_MAX, { error: 'That passphrase is longer than Mend accepts.' }),
    confirm: z.string(),
    understood: z.literal(true, { error: 'Please confirm you understand there is no way to recover a lost passphrase.' }),
  })
  .refine((v) => v.passphrase === v.confirm, { path: ['confirm'], error: 'The two passphrases are not the same.' });
export type CreateWorkbookForm = z.input<typeof CreateWorkbookForm>;

export const UnlockForm = z.object({
  passphrase: z.string().min(1, { error: 'Please type your passphrase.' }).max(PASSPHRASE_MAX),
});
export type UnlockForm = z.input<typeof UnlockForm>;

export const ChangePassphraseForm = z
  .object({
    current: z.string().min(1, { error: 'Please type your current passphrase.' }).max(PASSPHRASE_MAX),
    next: z
      .string()
      .min(PASSPHRASE_MIN, { error: `Please use at least ${PASSPHRASE_MIN} characters.` })
      .max(PASSPHRASE_MAX, { error: 'That passphrase is longer than Mend accepts.' }),
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], error: 'The two new passphrases are not the same.' });
export type ChangePassphraseForm = z.input<typeof ChangePassphraseForm>;
