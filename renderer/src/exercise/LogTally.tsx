// For a running log with a counted choice (e.g. promises kept / not kept), a
// plain count of each answer so far. No judgement, no streak.
import type { Entry } from '../../../shared/domain/entry.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { tallyChoices } from '../../../shared/exercises/tally.ts';

export function LogTally({ exercise, entries }: { exercise: ExerciseDef; entries: readonly Entry[] }) {
  const tallies = tallyChoices(exercise, entries);
  if (tallies.length === 0 || entries.length === 0) return null;
  return (
    <section className="tally" aria-label="So far">
      {tallies.map((tally) => (
        <p key={tally.field.id} className="tally__line">
          <span className="tally__label">{tally.field.label}:</span>{' '}
          {tally.counts.map((c) => `${c.label} ${c.count}`).join(' · ')}
        </p>
      ))}
    </section>
  );
}
