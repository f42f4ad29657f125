// Runs a fault worker (a script under tests/faults/) as a child process and
// kills it with SIGKILL at a planned moment: a number of milliseconds after its
// start, or after the first complete line it prints that the plan is waiting
// for (its first acknowledged write, a mark such as `begin-header`). Collects
// every complete line it printed, so the test knows exactly which writes were
// acknowledged and where the kill landed. One runner for every kill test, so
// the compile cache, the starvation ceiling and the line reading live once.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { WritePath } from '../../faults/save-worker.ts';
import { makeTempDir, removeDir } from '../main/helpers.ts';

const SAVE_WORKER = fileURLToPath(new URL('../../faults/save-worker.ts', import.meta.url));
/**
 * A worker that has not printed the line its kill waits for by then is stuck, and the kill counts
 * as a failure. Starved is not stuck: at a load of 13 on two cores a passphrase-path worker (two
 * key derivations before its first write) took 36 s a kill, so the ceiling is far above that.
 */
const STARVATION_CEILING_MS = 180_000;

/** When to kill: `delayMs` after the start, or `delayMs` after the first complete line `after` accepts. */
export type KillAim = { fromStart: true; delayMs: number } | { after: (line: string) => boolean; delayMs: number };

export interface ChildRun {
  /** Complete lines only: a line cut by the kill is not an acknowledgement. */
  lines: string[];
  stderr: string;
  /** The child ended by our SIGKILL (not on its own, not by any other signal). */
  killed: boolean;
  exitCode: number | null;
  /** The awaited line never came within the ceiling: the child was killed as stuck. */
  timedOut: boolean;
}

const live = new Set<ChildProcess>();
/** Node's compile cache roughly halves a worker's start-up (~330 -> ~150 ms here), which is most of a kill's cost. */
const compileCache = makeTempDir();
afterAll(() => {
  for (const child of live) child.kill('SIGKILL');
  removeDir(compileCache);
});

export function spawnAndKill(script: string, args: string[], aim: KillAim, env: Record<string, string> = {}): Promise<ChildRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { ...process.env, NODE_COMPILE_CACHE: compileCache, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(child);
    const run: ChildRun = { lines: [], stderr: '', killed: false, exitCode: null, timedOut: false };
    let pending = '';
    let armed = false;
    let watchdog: NodeJS.Timeout | undefined;
    const kill = () => void child.kill('SIGKILL');
    const arm = () => {
      if (armed) return;
      armed = true;
      clearTimeout(watchdog);
      if (aim.delayMs <= 0) kill();
      else setTimeout(kill, aim.delayMs);
    };
    if ('fromStart' in aim) arm();
    else
      watchdog = setTimeout(() => {
        run.timedOut = true;
        kill();
      }, STARVATION_CEILING_MS);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        run.lines.push(line);
        if ('after' in aim && aim.after(line)) arm();
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      run.stderr += chunk;
    });
    child.on('error', reject);
    // 'close': the process has exited (so its file locks are gone) and its output is all read.
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      live.delete(child);
      run.exitCode = code;
      run.killed = signal === 'SIGKILL';
      resolvePromise(run);
    });
  });
}

// ── the save worker (tests/faults/save-worker.ts) ───────────────────────────

export interface KillPlan {
  /** `first-ack`: the first acknowledged write; `begin-header`: the worker is about to write the header row. */
  trigger: 'first-ack' | 'begin-header';
  delayMs: number;
}

export interface WorkerRun extends ChildRun {
  acks: string[];
}

export const isAck = (line: string) => /^(ack|saved|deleted) /.test(line);

export async function runAndKill(path: WritePath, dir: string, keyHex: string, plan: KillPlan, env: Record<string, string> = {}): Promise<WorkerRun> {
  const after = plan.trigger === 'first-ack' ? isAck : (line: string) => line === 'begin-header';
  const run = await spawnAndKill(SAVE_WORKER, [path, dir], { after, delayMs: plan.delayMs }, { MEND_FAULT_KEY: keyHex, ...env });
  return { ...run, acks: run.lines.filter(isAck) };
}
