// Who is in the unlocked workbook: one partner, or two (each with a private
// space and a shared one), and which of them unlocked it. Loaded once per
// unlock from main; the lock screen never knows any of this. Also holds, for
// this unlocked session only, a "not safe for us" answer given in Settings:
// it is never written anywhere, so nothing on disk says it was given.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Partners } from '../../../shared/contract/channels.ts';
import { call, mend } from '../api.ts';

export interface PartnersView {
  forTwo: boolean;
  /** The unlocked partner's id; null where nobody is known (then every entry counts as one's own). */
  me: string | null;
  /** The other partner's name in a workbook for two. */
  partnerName: string | null;
  /** Names by partner id. */
  nameOf: (memberId: string | undefined) => string;
  /** Both partners (the unlocked one first), for lists such as the together panel. */
  everyone: Partners['partners'];
  /** Couple features (together sessions) are offered: a workbook for two, and nobody said it is not safe. */
  couplesOn: boolean;
  /** "It isn't safe for us", answered in this unlocked session. */
  couplesOff: boolean;
  turnCouplesOff: () => void;
  /** Takes what main answered after setting the workbook up for two. */
  adopt: (partners: Partners) => void;
}

const ONE_PERSON: PartnersView = {
  forTwo: false,
  me: null,
  partnerName: null,
  nameOf: () => 'Your partner',
  everyone: [],
  couplesOn: false,
  couplesOff: false,
  turnCouplesOff: () => undefined,
  adopt: () => undefined,
};

const PartnersContext = createContext<PartnersView>(ONE_PERSON);

export const usePartners = (): PartnersView => useContext(PartnersContext);

function viewOf(partners: Partners, couplesOff: boolean, turnCouplesOff: () => void, adopt: (p: Partners) => void): PartnersView {
  const names = new Map(partners.partners.map((p) => [p.id, p.name]));
  const other = partners.partners.find((p) => p.id !== partners.me);
  const mine = partners.partners.find((p) => p.id === partners.me);
  return {
    forTwo: partners.forTwo,
    me: partners.me,
    partnerName: partners.forTwo ? (other?.name ?? 'Your partner') : null,
    nameOf: (id) => (id && names.get(id)) || 'Your partner',
    everyone: [...(mine ? [mine] : []), ...(other ? [other] : [])],
    couplesOn: partners.forTwo && !couplesOff,
    couplesOff,
    turnCouplesOff,
    adopt,
  };
}

interface PartnersProviderProps {
  children: ReactNode;
  loading: ReactNode;
  /** Changes each time the workbook is opened again (a restored backup): who is in it is asked again. */
  opening?: number;
}

/** Loads who is in the workbook, and shows nothing of the open workbook until it is known. */
export function PartnersProvider({ children, loading, opening = 0 }: PartnersProviderProps) {
  const [partners, setPartners] = useState<Partners | 'unknown' | null>(null);
  const [couplesOff, setCouplesOff] = useState(false);
  useEffect(() => {
    // If it cannot be read, the screens behave as for one person; main still refuses what is not theirs.
    call(mend().vault.partners({})).then(setPartners, () => setPartners('unknown'));
  }, [opening]);
  const turnCouplesOff = useCallback(() => setCouplesOff(true), []);
  const view = useMemo(() => {
    if (partners === null) return null;
    if (partners === 'unknown') return { ...ONE_PERSON, couplesOff, turnCouplesOff, adopt: setPartners };
    return viewOf(partners, couplesOff, turnCouplesOff, setPartners);
  }, [partners, couplesOff, turnCouplesOff]);
  if (!view) return loading;
  return <PartnersContext.Provider value={view}>{children}</PartnersContext.Provider>;
}
