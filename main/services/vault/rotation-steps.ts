// Where a key rotation is, as performance marks (mend:rotation:<step>): the
// bench (tests/bench/rotation-holds.ts) lays the event loop's holds against
// them to say which step held it. One mark per step name is kept (the previous
// one is cleared), so marks do not pile up over a long session.
export type RotationStep = 'confirm' | 'derive' | 'begin' | 'rows' | 'settings' | 'backups' | 'last' | 'fold' | 'done';

export function markRotationStep(step: RotationStep): void {
  const name = `mend:rotation:${step}`;
  performance.clearMarks(name);
  performance.mark(name);
}
