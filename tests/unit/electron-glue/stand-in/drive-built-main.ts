// Runs the BUILT main process (out/main/index.js) against the stand-in electron
// module in a Node child process, plays what Electron and the user would do
// (ready, IPC from the window, mend:// requests, suspend, lock-screen, idle, a
// reminder's click, closing the window, a print answered after a lock) and
// prints one JSON report on stdout for built-main.test.ts to assert on.
// Run with --expose-gc: the reminder check collects garbage the way V8 would.
// Modes (argv[2]): "run" (the default), "fail-start", "packaged" (argv[3]: an extra
// switch), "windows" (process.platform reads win32; only what main sets up is checked).
import './register.ts';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../../../..');
const mode = process.argv[2] ?? 'run';
const PASSPHRASE = 'quiet river morning light';
const GRACE_WAIT_MS = 1_700; // main's LOCK_GRACE_MS (1500) and a little

// Test seams, outside the app: a clock the driver can move forward, and the app's timers' callbacks.
const RealDate = Date;
let offsetMs = 0;
class ShiftedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + offsetMs);
    else super(...(args as [string]));
  }
  static override now() {
    return RealDate.now() + offsetMs;
  }
}
globalThis.Date = ShiftedDate as DateConstructor;
const intervals = new Map<number, (() => void)[]>();
const realSetInterval = globalThis.setInterval;
globalThis.setInterval = ((fn: () => void, ms: number) => {
  intervals.set(ms, [...(intervals.get(ms) ?? []), fn]);
  return realSetInterval(fn, ms);
}) as typeof setInterval;
const runIntervals = (ms: number) => (intervals.get(ms) ?? []).forEach((fn) => fn());
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const electron = (await import('electron')) as unknown as typeof import('./electron.ts');
const { standIn, emitReady, powerMonitor } = electron;
const work = mkdtempSync(join(tmpdir(), 'mend-stand-in-'));
const documents = join(work, 'Documents');
const dataDir = join(work, 'not-yet-made', 'profile');
await import('node:fs').then((fs) => fs.mkdirSync(documents));
standIn.paths.set('userData', join(work, 'default-user-data'));
standIn.paths.set('documents', documents);
process.env.MEND_DATA_DIR = dataDir;
if (mode === 'fail-start') standIn.failOn = 'protocol.handle';
if (mode === 'windows') Object.defineProperty(process, 'platform', { value: 'win32' });
if (mode === 'packaged') {
  standIn.isPackaged = true;
  await import('node:fs').then((fs) => fs.mkdirSync(standIn.paths.get('userData')!));
  if (process.argv[3]) process.argv.push(process.argv[3]);
}

const report: Record<string, unknown> = {};
// Electron's main process logs an unhandled rejection and carries on, with no window: record it the same way.
process.on('unhandledRejection', (error) => (report.unhandledRejection = String(error)));
const finish = (): never => {
  report.calls = standIn.calls.map(({ api, args, beforeReady }) => ({ api, args, beforeReady }));
  report.exitCode = standIn.exitCode;
  process.stdout.write(`\n@@REPORT@@${JSON.stringify(report)}\n`);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
};

await import(pathToFileURL(join(ROOT, 'out/main/index.js')).href);
report.dataDirMade = existsSync(dataDir);
if (standIn.exitCode !== null) finish();
emitReady();
await sleep(50);
const ses = electron.session.defaultSession;
report.session = { spellCheckerEnabled: ses.spellCheckerEnabled, spellCheckerLanguages: ses.spellCheckerLanguages, dictionaryDownloadUrl: ses.dictionaryDownloadUrl };
if (mode !== 'run') finish();

const [win] = standIn.windows;
if (!win) throw new Error('no window was made');
type Answer = { ok: boolean; value?: unknown; error?: { code: string } };
const invokeFrom = (contents: typeof win.webContents, frameUrl: string, channel: string, request: unknown = {}) => {
  const frame = frameUrl === contents.mainFrame.url ? contents.mainFrame : { url: frameUrl };
  return standIn.handlers.get(channel)!({ sender: contents, senderFrame: frame }, request) as Promise<Answer>;
};
const invoke = (channel: string, request: unknown = {}) => invokeFrom(win.webContents, win.webContents.mainFrame.url, channel, request);
const unlocked = async () => ((await invoke('app:status')).value as { unlocked: boolean }).unlocked;
const unlock = async () => {
  await invoke('vault:unlock', { passphrase: PASSPHRASE });
  return unlocked();
};

report.handlers = [...standIn.handlers.keys()];
report.ipcListeners = electron.ipcMain.eventNames();
report.window = {
  webPreferences: win.options.webPreferences,
  preloadExists: existsSync(String(win.options.webPreferences?.preload)),
  contentProtection: win.contentProtection,
  loadedUrl: win.loadedUrl,
  webRTCPolicy: win.webContents.webRTCPolicy,
  windowOpen: ['https://www.thehotline.org/', 'https://www.thehotline.org/?q=words', 'https://example.com/'].map((url) => win.webContents.windowOpenHandler!({ url }).action),
};
report.requests = Object.fromEntries(
  ['mend://app/index.html', 'https://example.com/', 'http://127.0.0.1:9/', 'file:///etc/passwd', 'data:image/png;base64,AA'].map((url) => {
    let cancel: boolean | string = 'no request filter';
    standIn.beforeRequest?.({ url }, (r) => (cancel = r.cancel));
    return [url, cancel];
  }),
);

const serve = standIn.protocolHandlers.get('mend')!;
const responses: Record<string, unknown> = {};
for (const [method, url] of [
  ['GET', 'mend://app/index.html'],
  ['HEAD', 'mend://app/index.html'],
  ['POST', 'mend://app/index.html'],
  ['GET', 'mend://app/../../package.json'],
  ['GET', 'mend://app/%2e%2e/%2e%2e/package.json'],
  ['GET', 'mend://app/..%2f..%2fpackage.json'],
  ['GET', 'mend://other/index.html'],
  ['GET', 'mend://app/no-such-file.js'],
]) {
  const response = await serve(new Request(url!, { method }));
  responses[`${method} ${url}`] = {
    status: response.status,
    type: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    nosniff: response.headers.get('x-content-type-options'),
    bytes: (await response.arrayBuffer()).byteLength,
  };
}
const script = /src="(?:\.\/|\/)?(assets\/[^"]+\.js)"/.exec(await (await serve(new Request('mend://app/index.html'))).text())?.[1];
const scriptResponse = await serve(new Request(`mend://app/${script}`));
responses.script = { status: scriptResponse.status, type: scriptResponse.headers.get('content-type') };
report.responses = responses;

// IPC: a frame that is not Mend's own main frame is refused.
report.foreignFrame = await invokeFrom(win.webContents, 'https://example.com/', 'app:status');

const locks: Record<string, unknown> = {};
await invoke('vault:create', { passphrase: PASSPHRASE });
locks.createdUnlocked = await unlocked();

powerMonitor.emit('suspend');
locks.suspend = { unlockedAfter: await unlocked(), toldUi: win.webContents.sent.some((m) => m.channel === 'app:command') };

locks.relocked = await unlock();
powerMonitor.emit('lock-screen');
const duringGrace = await unlocked();
await sleep(GRACE_WAIT_MS);
locks.lockScreen = { duringGrace, after: await unlocked() };

// Idle where the system reports no idle time (Wayland): the window's own input is the clock.
await unlock();
win.webContents.emit('input-event', {}, { type: 'mouseMove' });
offsetMs += 6 * 60_000;
runIntervals(10_000);
await sleep(GRACE_WAIT_MS);
locks.idleWithoutSystemClock = await unlocked();
// Idle as the system reports it.
await unlock();
standIn.systemIdleSeconds = 3_600;
runIntervals(10_000);
await sleep(GRACE_WAIT_MS);
locks.idleBySystem = await unlocked();
standIn.systemIdleSeconds = 0;

// A reminder that falls now; then V8 collects garbage before the user clicks it.
await unlock();
// The next whole minute at least a minute ahead: after any check the app's own timer made, before the clock jump.
const inAMinute = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000);
const hhmm = `${String(inAMinute.getHours()).padStart(2, '0')}:${String(inAMinute.getMinutes()).padStart(2, '0')}`;
const prefs = (await invoke('settings:get')).value as { reminders: Record<string, unknown> };
const remindersSet = await invoke('settings:set', { reminders: { ...prefs.reminders, enabled: true, morning: hhmm } });
offsetMs += 3 * 60_000;
runIntervals(30_000);
const shownCount = standIn.notifications.length;
const gc = (globalThis as unknown as { gc: () => void }).gc;
for (let i = 0; i < 3; i++) {
  gc();
  await sleep(10);
}
const notification = standIn.notifications[0]?.deref();
notification?.emit('click');
locks.reminder = { remindersSet: remindersSet.ok, listensForFailed: (notification?.listenerCount('failed') ?? 0) > 0, shown: shownCount, body: (notification?.options as { body?: string } | undefined)?.body, stillReferenced: notification !== undefined, unlockedAfterClick: await unlocked() };

// A PDF export whose save dialog is answered after Mend locked writes nothing.
const printTo = async (lockDuringDialog: boolean) => {
  await unlock();
  let answer!: (a: { canceled: boolean; filePath: string }) => void;
  let dialogOptions: unknown;
  standIn.saveDialog = (options) => {
    dialogOptions = options;
    return new Promise((r) => (answer = r));
  };
  const printing = invoke('print:worksheet', { exerciseId: 'next-right-thing', entryId: null, target: 'pdf' });
  await sleep(20);
  const printWin = standIn.windows.at(-1)!;
  await invokeFrom(printWin.webContents, printWin.webContents.mainFrame.url, 'print:ready');
  await sleep(20);
  if (lockDuringDialog) powerMonitor.emit('suspend');
  await sleep(300);
  const filePath = join(documents, `${lockDuringDialog ? 'after-lock' : 'unlocked'}.pdf`);
  answer({ canceled: false, filePath });
  const outcome = await printing;
  await sleep(20);
  // A job that ended normally leaves its window standing by for the next: it is shown the standby, which says ready.
  const shown = printWin.webContents.sent.filter((m) => m.channel === 'print:show').map((m) => (m.payload as { route: string }).route);
  if (!printWin.isDestroyed()) await invokeFrom(printWin.webContents, printWin.webContents.mainFrame.url, 'print:ready');
  await sleep(20);
  return { outcome: outcome.value ?? outcome.error, written: existsSync(filePath), printWindowGone: printWin.isDestroyed(), shown, dialogOptions };
};
locks.printUnlocked = await printTo(false);
locks.printLockedDuringDialog = await printTo(true);

// The system print dialog is open when Mend locks; it never answers, yet the job does, cancelled.
await unlock();
const onPaper = invoke('print:worksheet', { exerciseId: 'next-right-thing', entryId: null, target: 'printer' });
await sleep(20);
const paperWin = standIn.windows.at(-1)!;
await invokeFrom(paperWin.webContents, paperWin.webContents.mainFrame.url, 'print:ready');
await sleep(20);
const dialogWasOpen = paperWin.webContents.printing !== null;
powerMonitor.emit('suspend');
const paperOutcome = await Promise.race([onPaper, sleep(5_000).then(() => ({ ok: false, error: { code: 'no answer in 5 s' } }) as Answer)]);
locks.printOnPaperLocked = { dialogWasOpen, outcome: paperOutcome.value ?? paperOutcome.error, printWindowGone: paperWin.isDestroyed() };

// The screen-capture setting reaches the open window at once.
await invoke('settings:set', { hideFromScreenCapture: false });
const captureOff = win.contentProtection;
await invoke('settings:set', { hideFromScreenCapture: true });
report.contentProtectionFollowsSetting = [captureOff, win.contentProtection];

await unlock();
win.close();
locks.windowClosed = { unlockedAfter: await unlocked(), quit: standIn.calls.some((c) => c.api === 'app.quit') };
report.locks = locks;
finish();
