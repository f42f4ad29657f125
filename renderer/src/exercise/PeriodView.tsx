// A daily or weekly exercise: the current day's (or week's) entry, the last
// period's look back if it is still open, and the earlier ones, newest first.
// In a workbook for two, "today" and "this week" are the unlocked partner's
// own (or done together with them); entries the other partner shared are
// listed apart and never taken for one's own.
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { formatDay, localDay } from '../../../shared/domain/dates.ts';
import { entryHeadline, isStepComplete } from '../../../shared/exercises/answer-schema.ts';
import { currentPeriodDay, followUpStep, previousPeriodDay } from '../../../shared/exercises/progress.ts';
import { entriesFromPartner, ownEntries, wroteIt } from '../partners/entry-access.ts';
import { usePartners } from '../partners/partners-context.tsx';
import { PrintControls } from '../print/PrintControls.tsx';
import { EntryForm } from './EntryForm.tsx';
import { EntryList } from './EntryList.tsx';
import { OpenEntry } from './OpenEntry.tsx';
import { SharedByPartner } from './SharedByPartner.tsx';
import { useEntries } from './use-entries.ts';

export function PeriodView({ exercise }: { exercise: ExerciseDef }) {
  const weekly = exercise.cadence === 'weekly';
  const period = currentPeriodDay(exercise.cadence, localDay(new Date()));
  const { me } = usePartners();
  // The newest page holds this period's and the last one's entries (newest day first); older pages on request.
  const { entries: all, error, upsert, older } = useEntries(exercise.id);
  if (error) return <p role="alert">{error}</p>;
  if (!all) return <p className="muted">Opening…</p>;

  const entries = ownEntries(all, me);
  const followUp = followUpStep(exercise);
  const current = entries.find((e) => e.day === period) ?? null;
  const previous = entries.find((e) => e.day === previousPeriodDay(exercise.cadence, period));
  const previousOpen = previous && wroteIt(previous, me) && followUp && !isStepComplete(followUp, previous.answers);
  const earlier = entries.filter((e) => e.day !== period);
  const title = weekly ? `This week · from ${formatDay(period)}` : `Today · ${formatDay(period)}`;

  return (
    <>
      {previousOpen && (
        <section className="card card--soft" aria-labelledby="previous-title">
          <h2 id="previous-title" className="card__title">Yesterday’s look back is still open</h2>
          <p className="muted">Yesterday you chose: “{entryHeadline(exercise, previous.answers)}”</p>
          <EntryForm key={previous.id} exercise={exercise} entry={previous} day={previous.day} onlySteps={[followUp.id]} onSaved={upsert} idPrefix="previous" />
        </section>
      )}
      <section className="card" aria-labelledby="current-title">
        <h2 id="current-title" className="card__title">{title}</h2>
        <OpenEntry exercise={exercise} entry={current} day={period} formKey={`period-${period}`} idPrefix="current" onSaved={upsert} ownerControls="for-two" />
      </section>
      <PrintControls exerciseId={exercise.id} entryId={current?.id ?? null} />
      <section aria-labelledby="earlier-title" className="history">
        <h2 id="earlier-title" className="section-title">{weekly ? 'Earlier weeks' : 'Past days'}</h2>
        <EntryList
          exercise={exercise}
          entries={earlier}
          datePrefix={weekly ? 'Week of' : undefined}
          older={older}
          empty={weekly ? 'Earlier weeks will be listed here.' : 'Your earlier days will be listed here. One day at a time is enough.'}
        />
      </section>
      {/* Of the pages loaded: "Show older entries" above brings the older ones of both partners. */}
      <SharedByPartner exercise={exercise} entries={entriesFromPartner(all, me)} datePrefix={weekly ? 'Week of' : undefined} />
    </>
  );
}
