// Decisions main makes before Electron is ready, as plain functions a unit test
// can read: which data folder override is honoured, and which command-line
// switches a packaged Mend refuses to run with.
import { isAbsolute } from 'node:path';

export type DataDirChoice = { kind: 'default' } | { kind: 'override'; dir: string } | { kind: 'refused'; message: string };

/**
 * MEND_DATA_DIR moves userData (the workbook, preferences, Chromium's profile and
 * the single-instance lock) for end-to-end tests. A packaged Mend ignores it: a
 * variable set by someone else in the user's session must not move the workbook
 * or let a second copy run beside the first.
 */
export function chooseDataDir(env: NodeJS.ProcessEnv, isPackaged: boolean): DataDirChoice {
  const dir = env.MEND_DATA_DIR;
  if (!dir || isPackaged) return { kind: 'default' };
  if (!isAbsolute(dir)) return { kind: 'refused', message: 'MEND_DATA_DIR must be an absolute path.' };
  return { kind: 'override', dir };
}

/**
 * Switches that open the running app to another program: Chromium's remote
 * debugging (which can read every page and its memory) and Node's inspector. The
 * fuses turn Node's off in the binary (build/after-pack.cjs); Chromium's have no
 * fuse, so a packaged Mend checks its own command line.
 */
const DEBUG_SWITCHES = ['--remote-debugging-port', '--remote-debugging-pipe', '--remote-debugging-address', '--inspect', '--inspect-brk', '--inspect-port', '--inspect-publish-uid', '--debug', '--debug-brk'];

/** The first debugging switch on the command line of a packaged build, or null. */
export function forbiddenDebugSwitch(argv: readonly string[], isPackaged: boolean): string | null {
  if (!isPackaged) return null;
  for (const arg of argv) {
    const name = arg.split('=', 1)[0]!.toLowerCase();
    if (DEBUG_SWITCHES.includes(name)) return name;
  }
  return null;
}
