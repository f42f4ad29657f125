// Home: what is waiting today, where the user left off, the exercises for the
// user's role first (the hurt partner's own track; for a partner who was abusive,
// individual work, with what reaches out to the other partner held apart), then
// the others. A "right now" card for a hard evening is one step away. Main works these out from every entry
// (entries:overview); home receives the few entries it names, not all of them.
// In a workbook for two, "today" and "where you left off" are the unlocked
// partner's own (main counts only theirs); what the other partner shared
// lately is listed on its own, newest first.
import type { EntriesOverview } from '../../../shared/contract/channels.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { findExercise } from '../../../shared/exercises/catalog.ts';
import { homeListsFor } from '../../../shared/exercises/tracks.ts';
import { NOTHING_IS_OWED } from '../../../shared/content/role-texts.ts';
import type { Role } from '../../../shared/domain/profile.ts';
import { formatDay, localDay } from '../../../shared/domain/dates.ts';
import { ROLE_LABELS } from '../../../shared/domain/profile.ts';
import { statusOf } from '../../../shared/exercises/progress.ts';
import type { ExerciseStatus } from '../../../shared/exercises/progress.ts';
import { hrefFor } from '../app/use-hash-route.ts';
import { EntryLink } from '../exercise/EntryLink.tsx';
import { useEntries } from '../exercise/use-entries.ts';
import { useOverview } from '../exercise/use-overview.ts';
import { entriesFromPartner } from '../partners/entry-access.ts';
import { usePartners } from '../partners/partners-context.tsx';

const byLastChange = (entries: readonly Entry[]) => [...entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
const SHARED_SHOWN = 5;

function LeftOff({ latest }: { latest: Entry | null }) {
  const exercise = latest && findExercise(latest.exerciseId);
  if (!latest || !exercise) return null;
  return (
    <p className="left-off">
      Where you left off: <a href={hrefFor.exercise(exercise.id, latest.id)}>{exercise.title}</a>, {formatDay(latest.day)}
    </p>
  );
}

function statusesOf(overview: EntriesOverview): Map<string, ExerciseStatus> {
  const statuses = new Map<string, ExerciseStatus>();
  for (const digest of overview.exercises) {
    const exercise = findExercise(digest.exerciseId);
    if (exercise) statuses.set(exercise.id, statusOf(exercise, digest));
  }
  return statuses;
}

function ExerciseCards({ label, exercises, statuses }: { label: string; exercises: ExerciseDef[]; statuses: Map<string, ExerciseStatus> | null }) {
  return (
    <ul className="exercise-list" aria-label={label}>
      {exercises.map((exercise) => {
        const status = statuses?.get(exercise.id);
        return (
          <li key={exercise.id} className="exercise-card">
            <a className="exercise-card__link" href={hrefFor.exercise(exercise.id)}>
              <span className="exercise-card__number" aria-hidden="true">{exercise.number}</span>
              <span className="exercise-card__body">
                <span className="exercise-card__title">{exercise.title}</span>
                <span className="exercise-card__summary">{exercise.summary}</span>
                {status && <span className={`exercise-card__status${status.due ? ' is-due' : ''}`}>{status.text}</span>}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** The latest entries the other partner shared, with a way to the rest. */
function SharedWithYou({ partnerName }: { partnerName: string }) {
  const { me } = usePartners();
  // Only the newest page of entries (PAGE_SIZE of them by day, both partners'), never every entry: home
  // shows the latest few the partner shared; older ones are not "lately" and are left to the timeline.
  const { entries: page, error } = useEntries();
  if (error) return <p role="alert">{error}</p>;
  const entries = page ? entriesFromPartner(page, me) : [];
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="shared-title" className="history">
      <h2 id="shared-title" className="section-title">Shared by {partnerName}</h2>
      <ul className="history__list">
        {byLastChange(entries).slice(0, SHARED_SHOWN).map((entry) => (
          <li key={entry.id}><EntryLink entry={entry} withDay /></li>
        ))}
      </ul>
      {entries.length > SHARED_SHOWN && <p><a href={hrefFor.timeline()}>Everything {partnerName} shared, on the timeline</a></p>}
    </section>
  );
}

function NothingIsOwed() {
  return (
    <section className="notice notice--plain" aria-labelledby="owed-title">
      <h2 id="owed-title" className="section-title">{NOTHING_IS_OWED.title}</h2>
      <ul>
        {NOTHING_IS_OWED.points.map((p) => <li key={p}>{p}</li>)}
      </ul>
    </section>
  );
}

function OwnBehaviourFirst() {
  return (
    <section className="notice notice--safety" aria-labelledby="own-first-title">
      <h2 id="own-first-title" className="section-title">What changes for you</h2>
      <p>Individual help comes first, before any couples work. No contact your partner has not asked for. The contact ladder, the apology letter and the exercises for two are held until your partner opens the door.</p>
      <p><a href={hrefFor.ownBehaviour()}>Read what changes, and where to find a programme</a></p>
    </section>
  );
}

export function HomeScreen({ role }: { role: Role }) {
  const { forTwo, partnerName } = usePartners();
  const today = localDay(new Date());
  const { overview, error } = useOverview(today);
  const statuses = overview ? statusesOf(overview) : null;
  const { mine, held, others } = homeListsFor(role);
  const waiting = mine.filter((e) => statuses?.get(e.id)?.due);

  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Your workbook</h1>
        <p className="lede">
          {forTwo
            ? `One small, honest step at a time. What you write stays in your own private space, encrypted on this computer, unless you choose to share it with ${partnerName}.`
            : 'One small, honest step at a time. What you write here stays encrypted on this computer.'}
        </p>
        <p className="role-line">
          {ROLE_LABELS[role].title}. <a href={hrefFor.role()}>Change your role</a>
        </p>
        <p className="right-now-link"><a href={hrefFor.exercise('right-now')}>A hard evening? Right now</a> <span className="muted">· the next ten minutes, and where help is</span></p>
        {overview && <LeftOff latest={overview.leftOff} />}
        {error && <p role="alert">{error}</p>}
      </header>
      {role === 'H' && <NothingIsOwed />}
      {role === 'A' && <OwnBehaviourFirst />}
      {waiting.length > 0 && (
        <section aria-labelledby="waiting-title" className="waiting">
          <h2 id="waiting-title" className="section-title">Waiting for you today</h2>
          <ul className="waiting__list">
            {waiting.map((e) => (
              <li key={e.id}>
                <a href={hrefFor.exercise(e.id)}>{e.title}</a> <span className="muted">· {statuses?.get(e.id)?.text}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {forTwo && partnerName && <SharedWithYou partnerName={partnerName} />}
      <h2 className="section-title">For you</h2>
      <ExerciseCards label="Exercises for you" exercises={mine} statuses={statuses} />
      {held.length > 0 && (
        <>
          <h2 className="section-title">Held until your partner opens the door</h2>
          <p className="muted">These reach out to your partner. Leave them until your partner asks; you can read them, but nothing is to be sent.</p>
          <ExerciseCards label="Held until your partner opens the door" exercises={held} statuses={statuses} />
        </>
      )}
      {others.length > 0 && (
        <>
          <h2 className="section-title">Other exercises</h2>
          <p className="muted">Written for the other partner or for both of you; open to anyone.</p>
          <ExerciseCards label="Other exercises" exercises={others} statuses={statuses} />
        </>
      )}
      <section className="share" aria-labelledby="share-title">
        <h2 id="share-title" className="section-title">Paper and sharing</h2>
        <ul className="share__links">
          <li><a href={hrefFor.export()}>Make a summary for your counselor</a> <span className="muted">· you choose what goes in</span></li>
          <li><a href={hrefFor.worksheets()}>Print blank worksheets</a> <span className="muted">· to write by hand</span></li>
        </ul>
      </section>
      <p className="footnote">
        Mend is a workbook, not therapy, and it cannot promise how things turn out. If you or your partner are not safe, please contact local emergency services or a domestic-abuse helpline: <a href={hrefFor.safety()}>where to find help</a>.
      </p>
    </main>
  );
}
