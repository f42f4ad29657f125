// When Mend locks itself for being left alone: the system has seen no input for
// the chosen minutes, or reports the screen locked (on Linux there is no
// screen-lock event, so main polls this state).

export type SystemIdleState = 'active' | 'idle' | 'locked' | 'unknown';

export function shouldAutoLock(idleSeconds: number, state: SystemIdleState, idleLockMinutes: number): boolean {
  return state === 'locked' || idleSeconds >= idleLockMinutes * 60;
}

/** How often main looks: often enough to lock within a few seconds of the limit. */
export const IDLE_POLL_MS = 10_000;
