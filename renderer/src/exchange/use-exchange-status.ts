// The exchange's status (Mend on two computers), asked once when a part that
// depends on it opens: whether the partner asked for no contact.
import type { ExchangeStatus } from '../../../shared/exchange/exchange-contract.ts';
import { call, mend } from '../api.ts';
import { useAnswer } from './use-answer.ts';

export function useExchangeStatus(enabled = true): ExchangeStatus | null {
  return useAnswer(() => call(mend().exchange.status({})), [], enabled)[0];
}

/** The partner's name while they have asked for no contact, else null. */
export function usePartnerAskedNoContact(enabled = true): string | null {
  const pairing = useExchangeStatus(enabled)?.pairing;
  return pairing?.partnerAskedNoContact ? pairing.partnerName : null;
}
