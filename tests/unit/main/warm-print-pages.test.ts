// The print page kept standing by between jobs (main/services/print/warm-print-pages.ts):
// a job takes it only once its standby has said ready, is shown its own route there and
// waits for that route's ready; after a job it is shown the standby again before the next
// can take it, so nothing of one job is in the next. A job that did not end normally
// closes its page, and a lock closes the page standing by.
import { describe, expect, it } from 'vitest';
import { PRINT_STANDBY_ROUTE } from '../../../shared/routes.ts';
import { WarmPrintPages } from '../../../main/services/print/warm-print-pages.ts';
import type { PrintSurface } from '../../../main/services/print/warm-print-pages.ts';

const SUMMARY_A = '#/print/summary?job=00000000-0000-4000-8000-00000000000a';
const SUMMARY_B = '#/print/summary?job=00000000-0000-4000-8000-00000000000b';

/** A page whose "renderer" says ready when the test tells it to; it records what it was shown. */
class FakePage implements PrintSurface {
  static next = 1;
  readonly id = FakePage.next++;
  closed = false;
  /** Every route in the order it was loaded (L) or shown (S). */
  readonly routes: string[] = [];
  readonly #gone = new Set<() => void>();
  async load(route: string) {
    this.routes.push(`L ${route}`);
  }
  async show(route: string) {
    this.routes.push(`S ${route}`);
  }
  onGone(listener: () => void) {
    this.#gone.add(listener);
    return () => this.#gone.delete(listener);
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    for (const listener of this.#gone) listener();
  }
  get current() {
    return this.routes.at(-1)?.slice(2);
  }
}

function setup(idleMs?: number) {
  const pages: FakePage[] = [];
  let locks = 0;
  const pool = new WarmPrintPages({
    create: async () => {
      const page = new FakePage();
      pages.push(page);
      return page;
    },
    lockCount: () => locks,
    readyTimeoutMs: 5_000,
    ...(idleMs === undefined ? {} : { idleMs }),
  });
  const tick = () => new Promise((r) => setTimeout(r, 5));
  return { pool, pages, tick, lock: () => (locks += 1) };
}

describe('the print page standing by', () => {
  it('is closed after standing by idle, and a job after that opens a fresh page; a page in use is never closed as idle', async () => {
    const { pool, pages, tick } = setup(40);
    pool.prepare();
    await tick();
    pool.markReady(pages[0]!.id);
    await new Promise((r) => setTimeout(r, 80));
    expect(pages[0]!.closed).toBe(true);

    // A job after the idle close opens a fresh page and gets it.
    const job = pool.open(SUMMARY_A);
    await tick();
    expect(pages).toHaveLength(2);
    pool.markReady(pages[1]!.id);
    const lease = await job;
    expect(lease.surface).toBe(pages[1]);
    // Held by the job for longer than the idle time: still open.
    await new Promise((r) => setTimeout(r, 80));
    expect(pages[1]!.closed).toBe(false);
    lease.release(true);
    await tick();
    pool.markReady(pages[1]!.id);
    await tick();
    expect(pages[1]!.closed).toBe(false);
    await new Promise((r) => setTimeout(r, 80));
    expect(pages[1]!.closed).toBe(true);
  });

  it('serves job after job in one page, shown the standby in between, never a route before its ready', async () => {
    const { pool, pages, tick } = setup();
    pool.prepare();
    await tick();
    expect(pages[0]!.routes).toEqual([`L ${PRINT_STANDBY_ROUTE}`]);
    pool.markReady(pages[0]!.id);

    let openedA = false;
    const a = pool.open(SUMMARY_A).then((lease) => ((openedA = true), lease));
    await tick();
    expect(pages[0]!.current).toBe(SUMMARY_A);
    expect(openedA).toBe(false); // its view has not said ready yet
    pool.markReady(pages[0]!.id);
    const leaseA = await a;
    expect(leaseA.surface).toBe(pages[0]);
    leaseA.release(true);
    await tick();
    expect(pages[0]!.current).toBe(PRINT_STANDBY_ROUTE);

    // The next job waits for the standby's own ready: the first job's view is gone before it is shown B.
    let openedB = false;
    const b = pool.open(SUMMARY_B).then((lease) => ((openedB = true), lease));
    await tick();
    expect(pages[0]!.current).toBe(PRINT_STANDBY_ROUTE);
    pool.markReady(pages[0]!.id); // the standby, drawn
    await tick();
    expect(pages[0]!.current).toBe(SUMMARY_B);
    expect(openedB).toBe(false);
    pool.markReady(pages[0]!.id); // B's view, drawn
    (await b).release(true);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.routes).toEqual([`L ${PRINT_STANDBY_ROUTE}`, `S ${SUMMARY_A}`, `S ${PRINT_STANDBY_ROUTE}`, `S ${SUMMARY_B}`, `S ${PRINT_STANDBY_ROUTE}`]);
    await tick();
    pool.markReady(pages[0]!.id);
    await pool.dispose();
    expect(pages[0]!.closed).toBe(true);
  });

  it('a ready that no one waits for (a late one, from an earlier view) does not let the next job through', async () => {
    const { pool, pages, tick } = setup();
    pool.prepare();
    await tick();
    pool.markReady(pages[0]!.id);
    pool.markReady(pages[0]!.id); // a stray second ready while standing by
    let opened = false;
    void pool.open(SUMMARY_A).then(() => (opened = true));
    await tick();
    expect(opened).toBe(false);
    pool.markReady(pages[0]!.id);
    await tick();
    expect(opened).toBe(true);
  });

  it('a job that did not end normally closes its page; the next job gets a fresh one', async () => {
    const { pool, pages, tick } = setup();
    const a = pool.open(SUMMARY_A);
    await tick();
    expect(pages[0]!.routes).toEqual([`L ${SUMMARY_A}`]);
    pool.markReady(pages[0]!.id);
    (await a).release(false);
    expect(pages[0]!.closed).toBe(true);
    const b = pool.open(SUMMARY_B);
    await tick();
    expect(pages[1]!.routes).toEqual([`L ${SUMMARY_B}`]);
    pool.markReady(pages[1]!.id);
    await b;
  });

  it('aborting a job closes its page at once, even before its view is ready', async () => {
    const { pool, pages, tick } = setup();
    const controller = new AbortController();
    const a = pool.open(SUMMARY_A, controller.signal);
    await tick();
    controller.abort();
    await expect(a).rejects.toThrow(/closed before it was ready/);
    expect(pages[0]!.closed).toBe(true);
  });

  it('a lock closes the page standing by, and a page made ready across a lock is not kept', async () => {
    const { pool, pages, tick, lock } = setup();
    pool.prepare();
    await tick();
    pool.markReady(pages[0]!.id);
    await tick();
    lock();
    await new Promise((r) => setTimeout(r, 450)); // the lock guard polls every 200 ms
    expect(pages[0]!.closed).toBe(true);

    pool.prepare();
    await tick();
    lock(); // while the standby loads
    pool.markReady(pages[1]!.id);
    await tick();
    expect(pages[1]!.closed).toBe(true);
    const a = pool.open(SUMMARY_A);
    await tick();
    expect(pages[2]!.routes).toEqual([`L ${SUMMARY_A}`]);
    pool.markReady(pages[2]!.id);
    (await a).release(false);
  });

  it('a view that never says ready fails the job with a clear message and closes its page', async () => {
    const pages: FakePage[] = [];
    const pool = new WarmPrintPages({ create: async () => (pages.push(new FakePage()), pages.at(-1)!), lockCount: () => 0, readyTimeoutMs: 30 });
    await expect(pool.open(SUMMARY_A)).rejects.toThrow(/took too long/);
    expect(pages[0]!.closed).toBe(true);
  });
});
