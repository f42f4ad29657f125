// Keeps one print page loaded between jobs, so a print does not wait for a
// fresh window and the whole app to load (about two thirds of a summary's
// export was that). The page stands by at PRINT_STANDBY_ROUTE, drawing nothing;
// a job shows its route there (print:show) and waits for that view's
// print:ready; after a job that ended normally the page is shown the standby
// again and waits for the standby's own ready, so the view of one job is gone
// (unmounted, every route drawn afresh) before the next can take the page.
// Whatever else happens to a job (cancelled, failed, locked) its page is
// closed, not kept. A lock also closes the page standing by, and so does a
// stretch without a job (`idleMs`): a hidden renderer holds memory, and one
// print in a session should not keep it for hours. Electron's hidden windows
// (main/print-window.ts) and the browser harness's pages use this alike.
import { MendError } from '../../../shared/contract/result.ts';
import { PRINT_STANDBY_ROUTE } from '../../../shared/routes.ts';
import { guardAgainstLock } from '../security/lock-guard.ts';
import type { LockGuard } from '../security/lock-guard.ts';

/** One print page: a hidden secure window in Electron, a Chromium page in the test harness. */
export interface PrintSurface {
  /** The sender id its print:ready requests come with. */
  readonly id: number;
  readonly closed: boolean;
  /** Loads the app at `route`, as a fresh page. */
  load(route: string): Promise<void>;
  /** Shows `route` in the app already loaded (the print:show event), without loading it again. */
  show(route: string): Promise<void>;
  /** Calls `listener` once if the page closes or its renderer goes; returns a function that stops listening. */
  onGone(listener: () => void): () => void;
  close(): void;
}

export interface WarmPrintPagesOptions {
  create(): Promise<PrintSurface>;
  /** The vault's lock count: a change means it locked. */
  lockCount(): number;
  readyTimeoutMs: number;
  /** How long a page may stand by without a job before it is closed (the next job then opens a fresh one); never, when absent. */
  idleMs?: number;
}

/** A page given to one job: `release(true)` once the job ended normally keeps it for the next one. */
export interface PrintLease {
  readonly surface: PrintSurface;
  release(reusable: boolean): void;
}

const NOT_READY = 'The worksheet took too long to get ready for printing. Please try again.';
const GONE = 'The worksheet closed before it was ready to print.';

export class WarmPrintPages {
  readonly #options: WarmPrintPagesOptions;
  readonly #waiters = new Map<number, () => void>();
  /** The page standing by, or on its way to; null when there is none. */
  #standing: Promise<PrintSurface | null> | null = null;
  /** Closes the page standing by if the vault locks meanwhile. */
  #standingGuard: LockGuard | null = null;
  /** Closes the page standing by once it has waited `idleMs` without a job. */
  #idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: WarmPrintPagesOptions) {
    this.#options = options;
  }

  /** A print view (or the standby) says it is drawn. A ready nobody waits for is ignored. */
  markReady(senderId: number): void {
    this.#waiters.get(senderId)?.();
  }

  /** Starts making a page stand by for the next job, if none is. Never fails: the job opens a fresh page then. */
  prepare(): void {
    this.#standing ??= this.#standBy(null);
  }

  /**
   * A page showing `route`, drawn (its print:ready received): the page standing by if there is one,
   * else a fresh one. Aborting `signal` closes the page at once, until the lease is released.
   */
  async open(route: string, signal?: AbortSignal): Promise<PrintLease> {
    const surface = (await this.#takeStanding()) ?? (await this.#options.create());
    const close = () => surface.close();
    if (signal?.aborted) close();
    signal?.addEventListener('abort', close, { once: true });
    const release = (reusable: boolean) => {
      signal?.removeEventListener('abort', close);
      if (reusable && !signal?.aborted && !surface.closed && !this.#standing) this.#standing = this.#standBy(surface);
      else close();
    };
    try {
      if (surface.closed) throw new MendError('internal', GONE);
      // A standing page was loaded under the lock count it stood by with; showing a route loads nothing.
      await this.#readyAfter(surface, () => (loaded.has(surface) ? surface.show(route) : surface.load(route)));
      loaded.add(surface);
    } catch (err) {
      release(false);
      throw err;
    }
    return { surface, release };
  }

  /** Closes the page standing by (the harness and tests call it when they stop). */
  async dispose(): Promise<void> {
    const standing = await this.#takeStanding();
    standing?.close();
  }

  async #takeStanding(): Promise<PrintSurface | null> {
    const standing = this.#standing;
    this.#standing = null;
    this.#standingGuard?.stop();
    this.#standingGuard = null;
    clearTimeout(this.#idleTimer);
    const surface = standing ? await standing : null;
    return surface && !surface.closed ? surface : null;
  }

  /** Makes `reuse` (or a fresh page) show the standby and waits for it to say so; null if that failed. */
  async #standBy(reuse: PrintSurface | null): Promise<PrintSurface | null> {
    const { create, lockCount } = this.#options;
    const locks = lockCount();
    let surface = reuse;
    try {
      surface ??= await create();
      const page = surface;
      await this.#readyAfter(page, () => (loaded.has(page) ? page.show(PRINT_STANDBY_ROUTE) : page.load(PRINT_STANDBY_ROUTE)));
      loaded.add(page);
      if (lockCount() !== locks || page.closed) throw new MendError('cancelled', 'Locked.');
      this.#standingGuard?.stop();
      this.#standingGuard = guardAgainstLock(lockCount, () => {
        this.#standing = null;
        page.close();
      });
      this.#closeWhenIdle();
      return page;
    } catch {
      surface?.close();
      return null;
    }
  }

  /** After `idleMs`, closes the page standing by if it still is (a job may have taken it meanwhile). */
  #closeWhenIdle(): void {
    const { idleMs } = this.#options;
    if (idleMs === undefined) return;
    clearTimeout(this.#idleTimer);
    const standing = this.#standing;
    this.#idleTimer = setTimeout(() => {
      if (!standing || this.#standing !== standing) return;
      void this.#takeStanding().then((surface) => surface?.close());
    }, idleMs);
    // A page standing by is no reason to keep the process alive.
    this.#idleTimer.unref?.();
  }

  /** Runs `step` and waits for the page's next print:ready, registered first so an early answer is not lost. */
  async #readyAfter(surface: PrintSurface, step: () => Promise<void>): Promise<void> {
    let stopWaiting = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      const settle = (error?: MendError) => {
        clearTimeout(timer);
        stopGone();
        if (this.#waiters.get(surface.id) === done) this.#waiters.delete(surface.id);
        if (error) reject(error);
        else resolve();
      };
      const done = () => settle();
      const timer = setTimeout(() => settle(new MendError('internal', NOT_READY)), this.#options.readyTimeoutMs);
      const stopGone = surface.onGone(() => settle(new MendError('internal', GONE)));
      this.#waiters.set(surface.id, done);
      stopWaiting = () => settle(new MendError('internal', GONE));
    });
    // Settled below; a step that fails first is the error worth reporting.
    ready.catch(() => undefined);
    try {
      await step();
    } catch (err) {
      stopWaiting();
      throw err;
    }
    await ready;
  }
}

/** Pages whose app is loaded: a route is shown in them, not loaded. */
const loaded = new WeakSet<PrintSurface>();
