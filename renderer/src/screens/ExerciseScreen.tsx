// An exercise: its title and why it helps, then the view for its kind, or one
// entry when the route names one. For a partner who was abusive, an exercise that
// reaches out to the other partner says first that it is held until they ask.
import { ADVICE_POINTS } from '../../../shared/advice/advice-points.ts';
import { findExercise } from '../../../shared/exercises/catalog.ts';
import { isHeldFor } from '../../../shared/exercises/tracks.ts';
import type { Role } from '../../../shared/domain/profile.ts';
import type { Cadence, ExerciseDef } from '../../../shared/exercises/types.ts';
import { hrefFor } from '../app/use-hash-route.ts';
import { CollectionView } from '../exercise/CollectionView.tsx';
import { EntryPage } from '../exercise/EntryPage.tsx';
import { PeriodView } from '../exercise/PeriodView.tsx';
import { TogetherPanel } from '../partners/TogetherPanel.tsx';

/** The screen follows how entries live over time, so any exercise's data finds its view. */
const VIEWS: Record<Cadence, (props: { exercise: ExerciseDef }) => React.JSX.Element> = {
  daily: PeriodView,
  weekly: PeriodView,
  once: CollectionView,
  log: CollectionView,
};

export function ExerciseScreen({ exerciseId, entryId, role }: { exerciseId: string; entryId: string | null; role?: Role }) {
  const exercise = findExercise(exerciseId);
  if (!exercise) {
    return (
      <main id="main" className="page">
        <h1>This exercise is not here</h1>
        <p><a href={hrefFor.home()}>Back to your workbook</a></p>
      </main>
    );
  }
  const View = VIEWS[exercise.cadence];
  const advice = ADVICE_POINTS.filter((p) => (exercise.advice as readonly string[]).includes(p.id));
  return (
    <main id="main" className="page">
      <header className="page__header">
        <p className="eyebrow">Exercise {exercise.number}</p>
        <h1>{exercise.title}</h1>
        <p className="lede">{exercise.summary}</p>
        <details className="why">
          <summary>Why this helps</summary>
          <p>{exercise.whyItHelps}</p>
          <ul className="why__advice">
            {advice.map((p) => (
              <li key={p.id}><span className="advice-id">{p.id}</span> {p.text}</li>
            ))}
          </ul>
        </details>
      </header>
      {role && isHeldFor(role, exercise.id) && (
        <p className="notice notice--safety" role="note">
          <strong>Held until your partner opens the door.</strong> This exercise reaches out to your partner. If they have not asked for contact, or have said no, leave it for now: you can write for yourself, but do not send or offer anything. <a href={hrefFor.ownBehaviour()}>What changes for you</a>
        </p>
      )}
      {exercise.audience.includes('T') && (
        <p className="notice notice--safety">
          Exercises for two are only for couples where both feel safe. If there is violence, threats or control in your relationship, please keep to the exercises for yourself, and reach out to local emergency services or a domestic-abuse helpline.
        </p>
      )}
      {exercise.together && <TogetherPanel />}
      {entryId ? <EntryPage exercise={exercise} entryId={entryId} /> : <View exercise={exercise} />}
    </main>
  );
}
