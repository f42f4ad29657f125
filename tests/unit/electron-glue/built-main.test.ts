// The BUILT main process (out/main/index.js, from `npm run build`) loaded in
// Node against the stand-in electron module (stand-in/electron.ts, which throws
// where Electron 45 would), driven by stand-in/drive-built-main.ts in a child
// process. Asserts the wiring no type check can: what happens before 'ready',
// one handler per contract channel, the window's web preferences and preload,
// the mend:// handler on real Requests, the session's network and spellcheck
// rules, and every way Mend locks, including a reminder's click after a GC.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/contract/channels.ts';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp.ts';
import { APP_ID } from '../../../main/app-identity.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const DRIVER = join(import.meta.dirname, 'stand-in/drive-built-main.ts');
const BUILT_MAIN = join(ROOT, 'out/main/index.js');

interface Call {
  api: string;
  args: unknown[];
  beforeReady: boolean;
}
// The report is the driver's JSON; each test reads the part it checks.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Report = { calls: Call[]; exitCode: number | null; dataDirMade: boolean } & Record<string, any>;

async function drive(...args: string[]): Promise<Report> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', DRIVER, ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, timeout: 150_000 });
  const line = stdout.split('\n').find((l) => l.startsWith('@@REPORT@@'));
  if (!line) throw new Error(`the driver printed no report:\n${stdout}`);
  return JSON.parse(line.slice('@@REPORT@@'.length)) as Report;
}

const apis = (report: Report, beforeReady: boolean) => report.calls.filter((c) => c.beforeReady === beforeReady).map((c) => c.api);

let run: Report;
let failedStart: Report;
let packaged: Report;
let packagedDebug: Report;
let windows: Report;

beforeAll(async () => {
  if (!existsSync(BUILT_MAIN)) throw new Error('out/main/index.js is missing: run `npm run build` first (npm test does).');
  [run, failedStart, packaged, packagedDebug, windows] = await Promise.all([
    drive('run'),
    drive('fail-start'),
    drive('packaged'),
    drive('packaged', '--remote-debugging-port=9222'),
    drive('windows'),
  ]);
}, 160_000);

describe('before ready', () => {
  it('sets the data folder (made first), takes the single-instance lock, then grants privileges and the sandbox, in that order', () => {
    expect(apis(run, true)).toEqual(['app.setPath', 'app.requestSingleInstanceLock', 'protocol.registerSchemesAsPrivileged', 'app.enableSandbox']);
    expect(run.dataDirMade).toBe(true);
    expect(run.calls[0]!.args[0]).toBe('userData');
    expect(run.calls[0]!.args[1]).toMatch(/not-yet-made\/profile$/);
  });

  it('registers mend: as a standard, secure scheme with fetch and nothing more', () => {
    const privileged = run.calls.find((c) => c.api === 'protocol.registerSchemesAsPrivileged')!.args[0];
    expect(privileged).toEqual([{ scheme: 'mend', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('ties itself to the installer’s app id on Windows, and points Hunspell downloads at nothing', () => {
    expect(windows.calls.find((c) => c.api === 'app.setAppUserModelId')).toMatchObject({ args: [APP_ID], beforeReady: true });
    expect(windows.session).toEqual({ spellCheckerEnabled: true, spellCheckerLanguages: ['en-US'], dictionaryDownloadUrl: 'mend://app/no-spellcheck-dictionaries/' });
    expect(run.calls.some((c) => c.api === 'app.setAppUserModelId')).toBe(false);
  });

  it('a packaged build ignores MEND_DATA_DIR', () => {
    expect(apis(packaged, true)).toEqual(['app.requestSingleInstanceLock', 'protocol.registerSchemesAsPrivileged', 'app.enableSandbox']);
    expect(packaged.dataDirMade).toBe(false);
  });

  it('a packaged build refuses to run with remote debugging, before taking the lock', () => {
    expect(packagedDebug.exitCode).toBe(1);
    expect(apis(packagedDebug, true)).toEqual(['app.exit']);
  });
});

describe('a failure in start()', () => {
  it('is shown, releases the single-instance lock and exits, so the next launch is not silently refused', () => {
    const after = apis(failedStart, false);
    expect(after).toEqual(expect.arrayContaining(['dialog.showErrorBox', 'app.releaseSingleInstanceLock', 'app.exit']));
    expect(after.indexOf('app.releaseSingleInstanceLock')).toBeLessThan(after.indexOf('app.exit'));
    expect(failedStart.exitCode).toBe(1);
  });
});

describe('after ready', () => {
  it('registers exactly one ipcMain.handle per contract channel, and no other IPC but electron-store’s own', () => {
    expect([...run.handlers].sort()).toEqual([...CHANNELS].sort());
    expect(run.ipcListeners).toEqual(['electron-store-get-data']);
  });

  it('refuses IPC from a frame that is not Mend’s own', () => {
    expect(run.foreignFrame).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('makes the window sandboxed and isolated, with the built CommonJS preload that exists on disk', () => {
    expect(run.window.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, preload: join(ROOT, 'out/preload/index.cjs') });
    expect(run.window.preloadExists).toBe(true);
    expect(run.window.loadedUrl).toBe('mend://app/index.html');
    expect(run.window.contentProtection).toBe(true);
    // Turned off and on again in Settings: the open window follows at once.
    expect(run.contentProtectionFollowsSetting).toEqual([false, true]);
    expect(run.window.webRTCPolicy).toBe('disable_non_proxied_udp');
  });

  it('opens no window; only an exact help URL goes to the system browser', () => {
    expect(run.window.windowOpen).toEqual(['deny', 'deny', 'deny']);
    expect(run.calls.filter((c) => c.api === 'shell.openExternal').map((c) => c.args[0])).toEqual(['https://www.thehotline.org/']);
  });

  it('cancels every request that is not mend:// (or an inline data: image)', () => {
    expect(run.requests).toEqual({ 'mend://app/index.html': false, 'https://example.com/': true, 'http://127.0.0.1:9/': true, 'file:///etc/passwd': true, 'data:image/png;base64,AA': false });
  });

  it('keeps spellcheck off on Linux, with no languages to download', () => {
    expect(run.session).toMatchObject({ spellCheckerEnabled: false, spellCheckerLanguages: [] });
  });
});

describe('the mend:// handler, on real Requests', () => {
  const r = () => run.responses;

  it('serves the UI with its MIME type, the CSP and nosniff; HEAD has no body', () => {
    expect(r()['GET mend://app/index.html']).toEqual({ status: 200, type: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY, nosniff: 'nosniff', bytes: expect.any(Number) });
    expect(r()['GET mend://app/index.html'].bytes).toBeGreaterThan(100);
    expect(r()['HEAD mend://app/index.html']).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY, bytes: 0 });
    expect(r().script).toEqual({ status: 200, type: 'text/javascript; charset=utf-8' });
  });

  it.each(['GET mend://app/../../package.json', 'GET mend://app/%2e%2e/%2e%2e/package.json', 'GET mend://app/..%2f..%2fpackage.json', 'GET mend://other/index.html', 'GET mend://app/no-such-file.js'])(
    'answers 404 for %s, with the CSP still on',
    (key) => {
      expect(r()[key]).toMatchObject({ status: 404, csp: CONTENT_SECURITY_POLICY });
    },
  );

  it('refuses other methods', () => {
    expect(r()['POST mend://app/index.html']).toMatchObject({ status: 405 });
  });
});

describe('locking', () => {
  const locks = () => run.locks;

  it('starts unlocked after creating a workbook (so the checks below mean something)', () => {
    expect(locks().createdUnlocked).toBe(true);
  });

  it('locks at once on suspend, and tells the UI', () => {
    expect(locks().suspend).toEqual({ unlockedAfter: false, toldUi: true });
  });

  it('locks on lock-screen after the UI’s grace time, even if the UI never answers', () => {
    expect(locks().lockScreen).toEqual({ duringGrace: true, after: false });
  });

  it('locks when idle, by the system’s clock and, where the system has none (Wayland), by the window’s input', () => {
    expect(locks().idleBySystem).toBe(false);
    expect(locks().idleWithoutSystemClock).toBe(false);
  });

  it('a reminder is still referenced after garbage collection, and its click locks Mend', () => {
    expect(locks().reminder).toEqual({ remindersSet: true, listensForFailed: true, shown: 1, body: 'Time for your workbook', stillReferenced: true, unlockedAfterClick: false });
  });

  it('a lock cancels a PDF export at its save dialog, and the dialog’s later answer writes nothing', () => {
    // The window of a job that ended normally stands by for the next job, shown the standby (nothing drawn)...
    expect(locks().printUnlocked).toMatchObject({ outcome: { status: 'saved' }, written: true, printWindowGone: false, shown: ['#/print/standby'] });
    // ...which the next job is shown its route in; a lock then destroys it.
    expect(locks().printLockedDuringDialog).toMatchObject({ outcome: { status: 'cancelled' }, written: false, printWindowGone: true, shown: ['#/print/standby', '#/print/worksheet/next-right-thing'] });
  });

  it('a lock cancels a print at the system print dialog, which never answers, and the job still answers', () => {
    expect(locks().printOnPaperLocked).toEqual({ dialogWasOpen: true, outcome: { status: 'cancelled' }, printWindowGone: true });
  });

  it('save dialogs keep the file out of recent lists and offer a name that says nothing', () => {
    const options = locks().printUnlocked.dialogOptions;
    expect(options.properties).toContain('dontAddToRecent');
    expect(options.defaultPath).toMatch(/\/Mend worksheet \(blank\)\.pdf$/);
  });

  it('locks and quits when the last window closes', () => {
    expect(locks().windowClosed).toEqual({ unlockedAfter: false, quit: true });
  });
});
