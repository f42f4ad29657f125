// Where the idle time comes from. The system's idle time is best (it sees input
// in every app), but some systems never report one: on Wayland,
// powerMonitor.getSystemIdleTime() stays 0. Once the system has never reported
// a non-zero idle time, Mend falls back to the time since the last input in its
// own window, so the idle lock still fires (safer, if it locks while someone
// works in another app).

export class IdleSource {
  #systemReportsIdle = false;
  #lastInputAt: number;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
    this.#lastInputAt = now();
  }

  /** Call on every keyboard, mouse or touch event in Mend's window. */
  noteInput(): void {
    this.#lastInputAt = this.#now();
  }

  /** Seconds idle, given the system's answer. */
  idleSeconds(systemIdleSeconds: number): number {
    if (systemIdleSeconds > 0) this.#systemReportsIdle = true;
    if (this.#systemReportsIdle) return systemIdleSeconds;
    return Math.floor((this.#now() - this.#lastInputAt) / 1000);
  }
}
