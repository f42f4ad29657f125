// For a running log with a counted choice (e.g. promises kept / not kept), a
// plain count of each answer so far. No judgement, no streak. The counts come
// from main (entries:overview), over every entry, not only the pages on screen.
import type { EntriesOverview } from '../../../shared/contract/channels.ts';
import type { ExerciseDef } from '../../../shared/exercises/types.ts';
import { labelTallies } from '../../../shared/exercises/tally.ts';

export function LogTally({ exercise, digest }: { exercise: ExerciseDef; digest: EntriesOverview['exercises'][number] }) {
  const tallies = labelTallies(exercise, digest.tallies);
  if (tallies.length === 0 || digest.count === 0) return null;
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
