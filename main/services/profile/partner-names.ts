// The partners' names in a workbook for two, sealed under the shared key: both
// partners read them (to see who wrote a shared entry or signed a check-in),
// nobody else does. The lock screen never shows them.
import { z } from '../../../shared/zod.ts';
import { MemberId } from '../../../shared/domain/entry.ts';
import { readSealed, writeSealed } from '../settings/sealed-settings.ts';
import type { SealedSettings } from '../settings/sealed-settings.ts';

const SETTING = 'partner-names';
const NamesSchema = z.record(MemberId, z.string().max(80));
export type PartnerNames = z.infer<typeof NamesSchema>;

export function readPartnerNames(settings: SealedSettings, sharedKey: Buffer | null): PartnerNames {
  return (sharedKey && readSealed(settings, sharedKey, SETTING, NamesSchema)) ?? {};
}

export function writePartnerNames(settings: SealedSettings, sharedKey: Buffer, names: PartnerNames): void {
  writeSealed(settings, sharedKey, SETTING, names);
}
