// Ties a long step (a print dialog, a save dialog, a PDF being written) to the
// lock: once the vault locks, the step is cancelled and whatever it answers
// afterwards is ignored. The vault has no lock event, but counts its locks
// (vault.lockCount), so a guard watches that count while its step runs.

export interface LockGuard {
  /** True once the vault has locked since the guard started. */
  readonly locked: boolean;
  stop(): void;
}

/** How soon a lock cancels the step under way: well within the UI's own lock grace time. */
export const LOCK_GUARD_POLL_MS = 200;

export function guardAgainstLock(lockCount: () => number, onLock: () => void, pollMs = LOCK_GUARD_POLL_MS): LockGuard {
  const start = lockCount();
  let fired = false;
  const check = () => {
    if (fired || lockCount() === start) return;
    fired = true;
    clearInterval(timer);
    onLock();
  };
  const timer = setInterval(check, pollMs);
  return {
    get locked() {
      check();
      return fired;
    },
    stop: () => clearInterval(timer),
  };
}
