// Under an exercise: what the partner on another computer shared of it,
// read-only, under their name, each with its signature checked (main verifies
// it again from the stored signed bytes every time this is asked), and a
// quiet line for each entry they withdrew since (its day, never its words:
// main/services/exchange/from-partner.ts says why it is not silently removed).
import { formatDay } from '../../../shared/domain/dates.ts';
import type { Answers } from '../../../shared/exercises/answer-schema.ts';
import { entryHeadline } from '../../../shared/exercises/answer-schema.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import type { FromPartner } from '../../../shared/exchange/sharing-contract.ts';
import { call, mend } from '../api.ts';
import { EntryAnswers } from '../partners/EntryAnswers.tsx';
import { useAnswer } from './use-answer.ts';

type Row =
  | { kind: 'item'; id: string; day: string; from: string; current: boolean; answers: Answers }
  | { kind: 'withdrawn'; id: string; day: string; from: string };

function rowsOf(data: FromPartner): Row[] {
  const rows: Row[] = [
    ...data.items.map((i) => ({ kind: 'item' as const, id: i.id, day: i.day, from: i.from, current: i.fromCurrentPartner, answers: i.answers as Answers })),
    ...data.withdrawn.map((w) => ({ kind: 'withdrawn' as const, id: w.id, day: w.day, from: w.from })),
  ];
  return rows.sort((a, b) => b.day.localeCompare(a.day) || a.id.localeCompare(b.id));
}

export function FromPartnerComputer({ exercise, datePrefix }: { exercise: ExerciseDef; datePrefix?: string | undefined }) {
  const [data] = useAnswer(() => call(mend().exchange.fromPartner({ exerciseId: exercise.id })), [exercise.id]);
  const rows = data ? rowsOf(data) : [];
  if (rows.length === 0) return null;
  const names = [...new Set(rows.map((r) => r.from))];
  const title = names.length === 1 ? `From ${names[0]}’s computer` : 'From your partner’s computer';
  const when = (day: string) => (datePrefix ? `${datePrefix} ${formatDay(day)}` : formatDay(day));
  return (
    <section aria-labelledby="from-partner-title" className="history from-partner">
      <h2 id="from-partner-title" className="section-title">{title}</h2>
      <p className="muted">What {names.length === 1 ? names[0] : 'your partner'} chose to share from their own Mend. You can read it here; only they can change it.</p>
      <ul className="from-partner__list">
        {rows.map((row) =>
          row.kind === 'withdrawn' ? (
            <li key={row.id} className="from-partner__withdrawn">
              <span className="history__date">{when(row.day)}</span> {row.from} withdrew an entry they had shared.
            </li>
          ) : (
            <li key={row.id}>
              <details className="from-partner__item">
                <summary>
                  <span className="history__date">{when(row.day)}</span>
                  <span className="history__text">{entryHeadline(exercise, row.answers) || 'Nothing written yet'}</span>
                  <span className="entry-mark">From {row.from}</span>
                </summary>
                <div className="entry-read">
                  <div className="signed-by">
                    <p className="signed-by__line">Signed by {row.from}.</p>
                    <p className="muted">Mend checked the signature with {row.from}’s key from your pairing: this is exactly what they sent, unchanged.{row.current ? '' : ` You are no longer paired with ${row.from}; it stays as they sent it.`}</p>
                  </div>
                  <EntryAnswers exercise={exercise} answers={row.answers} idPrefix={`from-${row.id}`} />
                </div>
              </details>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
