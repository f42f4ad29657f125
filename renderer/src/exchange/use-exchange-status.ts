// The exchange's status (Mend on two computers), asked once when a screen that
// depends on it opens: whether the entry switch is offered, whether the partner
// asked for no contact. Null while asking, or when it cannot be told.
import { useEffect, useState } from 'react';
import type { ExchangeStatus } from '../../../shared/exchange/exchange-contract.ts';
import { call, mend } from '../api.ts';

export function useExchangeStatus(enabled = true): ExchangeStatus | null {
  const [status, setStatus] = useState<ExchangeStatus | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    call(mend().exchange.status({})).then(
      (s) => live && setStatus(s),
      () => live && setStatus(null),
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return status;
}

/** The partner's name while they have asked for no contact, else null. */
export function usePartnerAskedNoContact(enabled = true): string | null {
  const pairing = useExchangeStatus(enabled)?.pairing;
  return pairing?.partnerAskedNoContact ? pairing.partnerName : null;
}
