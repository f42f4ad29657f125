// Under an exercise: in a workbook for two, the entries of it the other partner
// chose to share, listed apart from one's own (they open read-only); and what a
// partner on another computer shared of it (FromPartnerComputer).
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { FromPartnerComputer } from '../exchange/FromPartnerComputer.tsx';
import { usePartners } from '../partners/partners-context.tsx';
import { EntryList } from './EntryList.tsx';

export function SharedByPartner({ exercise, entries, datePrefix }: { exercise: ExerciseDef; entries: readonly Entry[]; datePrefix?: string | undefined }) {
  const { forTwo, partnerName } = usePartners();
  return (
    <>
      {forTwo && entries.length > 0 && (
        <section aria-labelledby="shared-by-partner-title" className="history">
          <h2 id="shared-by-partner-title" className="section-title">Shared by {partnerName}</h2>
          <EntryList exercise={exercise} entries={entries} datePrefix={datePrefix} empty="" />
        </section>
      )}
      <FromPartnerComputer exercise={exercise} datePrefix={datePrefix} />
    </>
  );
}
