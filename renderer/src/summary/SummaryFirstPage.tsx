// A summary's first page, which is the summary: who it is from, the dates,
// who chose it and what of the other partner's can be in it, what went in and
// what was left out, the note for the next session, and the few figures over
// these dates, each with its small chart. Its words are shared with the
// Markdown (shared/summary/summary-cover.ts).
import { formatDay } from '../../../shared/domain/dates.ts';
import { consentLine, includedLine, leftOutLine, NOTE_TITLE, sinceLastLine, SUMMARY_TITLE } from '../../../shared/summary/summary-cover.ts';
import type { SummaryModel } from '../../../shared/summary/summary-model.ts';
import { SummaryChartView } from '../charts/SummaryChartView.tsx';

export function SummaryFirstPage({ model }: { model: SummaryModel }) {
  const since = sinceLastLine(model, (d) => formatDay(d));
  return (
    <section className="summary__cover" aria-labelledby="summary-title">
      <p className="ws-kicker">Mend</p>
      <h1 id="summary-title">{SUMMARY_TITLE}</h1>
      <dl className="summary__facts">
        {model.names && (
          <>
            <dt>From</dt>
            <dd>{model.names}</dd>
          </>
        )}
        <dt>Covering</dt>
        <dd>{formatDay(model.from)} to {formatDay(model.to)}</dd>
        <dt>Made on</dt>
        <dd>{formatDay(model.madeOn)}</dd>
        <dt>Included</dt>
        <dd>{includedLine(model)}</dd>
        <dt>Left out</dt>
        <dd>{leftOutLine(model)}</dd>
        {since && (
          <>
            <dt>Last summary</dt>
            <dd>{since}</dd>
          </>
        )}
      </dl>
      <p className="summary__consent">{consentLine(model)}</p>
      <h2>{NOTE_TITLE}</h2>
      {model.nextSession ? <p className="summary__note">{model.nextSession}</p> : <p className="summary__note summary__note--empty">Nothing written.</p>}
      {model.figures.length > 0 && (
        <>
          <h2>Over these dates</h2>
          <div className="summary__figures">
            {model.figures.map((figure) => (
              <div key={figure.chart.kind} className="summary__figure">
                <h3>{figure.title}</h3>
                <p className="summary__reading">{figure.reading}</p>
                <SummaryChartView chart={figure.chart} size="small" />
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
