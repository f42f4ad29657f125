// The choices of a counselor summary, as a form driven by the shared schema;
// after a first summary, the days since it are one click away.
import { useFormContext } from 'react-hook-form';
import type { Entry } from '../../../../shared/domain/entry.ts';
import { CATALOG } from '../../../../shared/exercises/catalog.ts';
import { formatDay } from '../../../../shared/domain/dates.ts';
import { rangeSince } from '../../../../shared/summary/last-summary.ts';
import type { LastSummary } from '../../../../shared/summary/last-summary.ts';
import type { SummaryOptions } from '../../../../shared/summary/summary-options.ts';

function SinceLastSummary({ last, today }: { last: LastSummary; today: string }) {
  const { setValue } = useFormContext<SummaryOptions>();
  const since = rangeSince(last, today);
  const choose = () => {
    setValue('from', since.from, { shouldValidate: true });
    setValue('to', since.to, { shouldValidate: true });
  };
  return (
    <p className="export-options__since">
      Your last summary covered {formatDay(last.from)} to {formatDay(last.to)} (saved on {formatDay(last.madeOn)}). Entries written since are marked “New”.{' '}
      <button type="button" className="button-quiet" onClick={choose}>Since then: {formatDay(since.from)} to {formatDay(since.to)}</button>
    </p>
  );
}

export function ExportOptionsForm({ entries, lastSummary, today }: { entries: readonly Entry[]; lastSummary: LastSummary | null; today: string }) {
  const { register, formState, setValue, watch } = useFormContext<SummaryOptions>();
  const { errors } = formState;
  const [from, to] = watch(['from', 'to']);
  const countIn = (id: string) => entries.filter((e) => e.exerciseId === id && e.day >= from && e.day <= to).length;
  const withEntries = CATALOG.filter((e) => countIn(e.id) > 0).map((e) => e.id);

  return (
    <form className="card export-options" onSubmit={(e) => e.preventDefault()} noValidate aria-label="What to include">
      <div className="export-options__dates">
        <label>From <input type="date" {...register('from')} /></label>
        <label>To <input type="date" {...register('to')} aria-describedby={errors.to ? 'to-error' : undefined} /></label>
      </div>
      {errors.to && <p id="to-error" className="field__error" role="alert">{errors.to.message}</p>}
      {lastSummary && <SinceLastSummary last={lastSummary} today={today} />}
      <fieldset className="export-options__exercises">
        <legend>Exercises to include</legend>
        <p className="button-row">
          <button type="button" className="button-quiet" onClick={() => setValue('exerciseIds', withEntries, { shouldValidate: true })}>All with entries in these dates</button>
          <button type="button" className="button-quiet" onClick={() => setValue('exerciseIds', [], { shouldValidate: true })}>None</button>
        </p>
        <div className="export-options__grid">
          {CATALOG.map((exercise) => (
            <label key={exercise.id} className="checkbox">
              <input type="checkbox" value={exercise.id} {...register('exerciseIds')} />
              <span>{exercise.title} <span className="muted">(Exercise {exercise.number} · {countIn(exercise.id)} in these dates)</span></span>
            </label>
          ))}
        </div>
        {errors.exerciseIds && <p className="field__error" role="alert">{errors.exerciseIds.message}</p>}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" aria-describedby="private-note" {...register('includePrivate')} />
        <span>Include entries I chose to leave out of summaries</span>
      </label>
      <p id="private-note" className="muted">Off unless you choose it: entries you marked “Leave this entry out of counselor summaries” stay out.</p>
      <label htmlFor="names">First names or initials for the cover <span className="muted">(optional)</span></label>
      <input id="names" className="field__input" type="text" autoComplete="off" {...register('names')} />
      <label htmlFor="next-session">What I’d like to talk about next session</label>
      <textarea id="next-session" className="field__textarea" rows={3} {...register('nextSession')} aria-describedby={errors.nextSession ? 'next-error' : undefined} />
      {errors.nextSession && <p id="next-error" className="field__error" role="alert">{errors.nextSession.message}</p>}
    </form>
  );
}
