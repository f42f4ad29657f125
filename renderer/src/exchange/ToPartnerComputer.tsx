// Under one's own saved entry, once paired with a partner on another computer
// and both have confirmed the safety phrase: whether a copy of it goes to their
// computer. Most entries have a switch (off unless turned on); a letter has
// only a deliberate send after a last look (SendLetter). Worded as "their
// computer" throughout, apart from "Who can read this" (a workbook for two on
// one computer), which is another thing.
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { call, mend } from '../api.ts';
import { SendLetter } from './SendLetter.tsx';
import { useAnswer } from './use-answer.ts';
import { ShareSwitch } from './ShareSwitch.tsx';

export function ToPartnerComputer({ exercise, entry, idPrefix }: { exercise: ExerciseDef; entry: Entry; idPrefix: string }) {
  const [sharing, setSharing] = useAnswer(() => call(mend().exchange.entrySharing({ entryId: entry.id })), [entry.id, entry.updatedAt]);
  if (!sharing?.offered) return null;
  const partner = sharing.partnerName ?? 'your partner';
  const titleId = `${idPrefix}-partner-computer-title`;
  return (
    <section className="partner-computer" aria-labelledby={titleId}>
      <h3 id={titleId} className="partner-computer__title">On {partner}’s computer</h3>
      {sharing.route === 'switch' ? (
        <ShareSwitch entry={entry} sharing={sharing} partner={partner} idPrefix={idPrefix} onChange={setSharing} />
      ) : (
        <SendLetter exercise={exercise} entry={entry} sharing={sharing} partner={partner} idPrefix={idPrefix} onChange={setSharing} />
      )}
      {sharing.heldByPartner && (
        <p className="notice notice--plain partner-computer__held">{partner} asked for no contact for now. Nothing is sent until they lift it; what you choose to share waits on this computer.</p>
      )}
    </section>
  );
}
