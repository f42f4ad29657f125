// The memory of the last summary a partner exported: only its dates and when
// it was made (shared/summary/last-summary.ts), sealed under that partner's
// private key in the workbook's settings table, so the other partner cannot
// read it and nothing of it is on disk in the clear. One value per partner.
import { LastSummary } from '../../../shared/summary/last-summary.ts';
import { readSealed, writeSealed } from '../settings/sealed-settings.ts';
import type { Vault } from '../vault/vault.ts';

export const lastSummarySettingName = (memberId: string) => `last-summary:${memberId}`;

export function readLastSummary(vault: Vault): LastSummary | null {
  const { settings, privateKey, memberId } = vault.ownSealedSettings();
  return readSealed(settings, privateKey, lastSummarySettingName(memberId), LastSummary);
}

export function rememberLastSummary(vault: Vault, summary: LastSummary): void {
  const { settings, privateKey, memberId } = vault.ownSealedSettings();
  writeSealed(settings, privateKey, lastSummarySettingName(memberId), LastSummary.parse(summary));
}
