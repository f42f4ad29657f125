// Runs the fault worker (tests/faults/save-worker.ts) as a child process and
// kills it with SIGKILL at a planned moment: a few milliseconds after its first
// acknowledged write, or just as it begins writing the header. Collects every
// complete line it printed, so the test knows exactly which writes were acknowledged.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { WritePath } from '../../faults/save-worker.ts';
import { makeTempDir, removeDir } from '../main/helpers.ts';

const WORKER = fileURLToPath(new URL('../../faults/save-worker.ts', import.meta.url));
/**
 * A worker that has not acknowledged anything by then is stuck, and the kill counts as a failure.
 * Starved is not stuck: at a load of 13 on two cores a passphrase-path worker (two key
 * derivations before its first write) took 36 s a kill, so the ceiling is far above that.
 */
const FIRST_ACK_TIMEOUT_MS = 180_000;

export interface KillPlan {
  /** `first-ack`: the first acknowledged write; `begin-header`: the worker is about to write the header row. */
  trigger: 'first-ack' | 'begin-header';
  delayMs: number;
}

export interface WorkerRun {
  /** Complete lines only: a line cut by the kill is not an acknowledgement. */
  lines: string[];
  acks: string[];
  stderr: string;
  killed: boolean;
  exitCode: number | null;
  timedOut: boolean;
}

const live = new Set<ChildProcess>();
/** Node's compile cache roughly halves a worker's start-up (~330 -> ~150 ms here), which is most of a kill's cost. */
const compileCache = makeTempDir();
afterAll(() => {
  for (const child of live) child.kill('SIGKILL');
  removeDir(compileCache);
});

export const isAck = (line: string) => /^(ack|saved|deleted) /.test(line);

export function runAndKill(path: WritePath, dir: string, keyHex: string, plan: KillPlan, env: Record<string, string> = {}): Promise<WorkerRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [WORKER, path, dir], {
      env: { ...process.env, NODE_COMPILE_CACHE: compileCache, MEND_FAULT_KEY: keyHex, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(child);
    const run: WorkerRun = { lines: [], acks: [], stderr: '', killed: false, exitCode: null, timedOut: false };
    let pending = '';
    let armed = false;
    const kill = () => {
      run.killed = child.kill('SIGKILL') || run.killed;
    };
    const watchdog = setTimeout(() => {
      run.timedOut = true;
      kill();
    }, FIRST_ACK_TIMEOUT_MS);
    const arm = () => {
      if (armed) return;
      armed = true;
      clearTimeout(watchdog);
      if (plan.delayMs <= 0) kill();
      else setTimeout(kill, plan.delayMs);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        run.lines.push(line);
        if (isAck(line)) {
          run.acks.push(line);
          if (plan.trigger === 'first-ack') arm();
        } else if (line === 'begin-header' && plan.trigger === 'begin-header') {
          arm();
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      run.stderr += chunk;
    });
    child.on('error', reject);
    // 'close': the process has exited (so its file locks are gone) and its output is all read.
    child.on('close', (code) => {
      clearTimeout(watchdog);
      live.delete(child);
      run.exitCode = code;
      resolvePromise(run);
    });
  });
}
