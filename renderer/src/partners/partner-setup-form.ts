// The form that sets a workbook up for two (first start and Settings): both
// names, the second partner's role and own passphrase, typed twice. Its rules
// come from the contract's own request schema (vault:addPartner), so a name or
// passphrase limit is written once; only what a form adds (typing it twice,
// "I understand", a passphrase of one's own) is written here.
import { z } from '../../../shared/zod.ts';
import { contract } from '../../../shared/contract/channels.ts';
import type { RequestOf } from '../../../shared/contract/channels.ts';

const request = contract['vault:addPartner'].request.shape;

export const OWN_PASSPHRASE_MESSAGE = 'Each of you needs a passphrase of your own. Please choose a different one.';

/**
 * `firstPassphrase`: the first partner's, when it was just chosen (first start);
 * otherwise the form asks for the current passphrase and compares with that.
 */
export function partnerSetupSchema({ firstPassphrase }: { firstPassphrase?: string }) {
  return z
    .object({
      currentPassphrase: firstPassphrase === undefined ? request.currentPassphrase : z.string(),
      myName: request.myName,
      partnerName: request.partnerName,
      partnerRole: request.partnerRole,
      partnerPassphrase: request.partnerPassphrase,
      partnerConfirm: z.string(),
      understood: z.literal(true, { error: 'Please confirm you understand there is no way to recover a lost passphrase.' }),
    })
    .refine((v) => v.partnerPassphrase === v.partnerConfirm, { path: ['partnerConfirm'], error: 'The two passphrases are not the same.' })
    .refine((v) => v.partnerPassphrase !== (firstPassphrase ?? v.currentPassphrase), { path: ['partnerPassphrase'], error: OWN_PASSPHRASE_MESSAGE });
}

export type PartnerSetupValues = z.output<ReturnType<typeof partnerSetupSchema>>;
export type PartnerSetupInput = z.input<ReturnType<typeof partnerSetupSchema>>;

/** Exactly what vault:addPartner takes (its schema is strict: the form's own extras stay here). */
export function addPartnerRequest(values: PartnerSetupValues, currentPassphrase = values.currentPassphrase): RequestOf<'vault:addPartner'> {
  const { myName, partnerName, partnerRole, partnerPassphrase } = values;
  return { currentPassphrase, myName, partnerName, partnerRole, partnerPassphrase };
}
