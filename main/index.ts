// Mend's lifecycle: one instance, sandboxed windows on mend://app, the services
// behind the IPC router, and the vault locked whenever Mend stops being in use
// (window closed, quit, suspend, screen locked). Glue only: the decisions live
// in main/services (launch-guards, idle-source, lock-guard, request-filter).
import { app, dialog, Menu, powerMonitor, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { mkdirSync } from 'node:fs';
import { createAppServices } from './services/app-services.ts';
import { chooseDataDir, forbiddenDebugSwitch } from './services/security/launch-guards.ts';
import { APP_ORIGIN, appUrl, handleAppProtocol, registerAppScheme } from './app-protocol.ts';
import { APP_ID, APP_NAME } from './app-identity.ts';
import { bindIpc, requestLock, sendEvent } from './ipc.ts';
import { buildAppMenu, LOCK_GRACE_MS } from './menu.ts';
import { Preferences } from './preferences.ts';
import { ElectronWorksheetPrinter } from './print-window.ts';
import { ElectronFileDialogs } from './file-dialogs.ts';
import { startIdleLock } from './idle-lock.ts';
import { startReminders } from './reminders.ts';
import { systemKeyring } from './keyring.ts';
import { hardenAllWebContents, hardenSession } from './web-security.ts';
import { createSecureWindow } from './window-factory.ts';

function refuseToStart(message: string): void {
  console.error(`[mend] ${message}`);
  app.exit(1);
}

/** userData is moved only for end-to-end tests of an unpackaged build (launch-guards.ts says why). */
function useDataDir(): boolean {
  const choice = chooseDataDir(process.env, app.isPackaged);
  if (choice.kind === 'refused') {
    refuseToStart(choice.message);
    return false;
  }
  if (choice.kind === 'override') {
    // app.setPath throws for a folder that does not exist.
    mkdirSync(choice.dir, { recursive: true, mode: 0o700 });
    app.setPath('userData', choice.dir);
  }
  return true;
}

function main(): void {
  const debugSwitch = forbiddenDebugSwitch(process.argv, app.isPackaged);
  if (debugSwitch) return refuseToStart(`Mend does not run with ${debugSwitch}: it would let another program read your workbook.`);
  if (!useDataDir()) return;
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // The crash reporter is deliberately never started: nothing is uploaded, and no
  // minidump (which could hold decrypted entries from memory) is written to disk.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // All three must happen before 'ready'.
  registerAppScheme();
  app.enableSandbox();
  hardenAllWebContents();
  app.whenReady().then(start).catch(failedToStart);
}

/** Without this, a failed start leaves no window and keeps the lock, so every later launch quits silently. */
function failedToStart(error: unknown): void {
  // Nothing private is loaded before the window exists, so the error itself may be shown.
  console.error('[mend] Mend could not start:', error);
  dialog.showErrorBox(`${APP_NAME} could not start`, `Nothing in your workbook was changed. Please start ${APP_NAME} again.\n\n${String(error)}`);
  app.releaseSingleInstanceLock();
  app.exit(1);
}

const RECORD_WORKER_FILE = './record-worker.js';
const RESEAL_WORKER_FILE = './reseal-worker.js';
const ENVELOPE_WORKER_FILE = './envelope-worker.js';

function start(): void {
  hardenSession(session.defaultSession);
  handleAppProtocol();
  app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() });

  const dataDir = app.getPath('userData');
  let mainWindow: BrowserWindow | null = null;
  // The vault comes from the services below; its lock count is read only once a job runs.
  let lockCount = () => 0;
  const preferences = new Preferences(dataDir);
  const printer = new ElectronWorksheetPrinter(() => mainWindow, () => lockCount());
  const { vault, route } = createAppServices({
    dataDir,
    appOrigin: APP_ORIGIN,
    printer,
    dialogs: new ElectronFileDialogs(() => mainWindow, () => lockCount()),
    keyring: systemKeyring,
    preferences,
    emit: (event, payload) => {
      if (mainWindow) sendEvent(mainWindow, event, payload);
    },
    // Built beside this file from main/services/journal/record-worker.ts (electron.config.ts).
    recordWorker: new URL(RECORD_WORKER_FILE, import.meta.url),
    // Built beside this file from main/services/vault/reseal-worker.ts (electron.config.ts).
    resealWorker: new URL(RESEAL_WORKER_FILE, import.meta.url),
    // Built beside this file from main/services/exchange/envelope-worker.ts (electron.config.ts).
    envelopeWorker: new URL(ENVELOPE_WORKER_FILE, import.meta.url),
  });
  lockCount = () => vault.lockCount;
  const lockNow = () => vault.lock();
  bindIpc(route);

  const win = createSecureWindow({ ...preferences.loadWindowBounds(), hideFromScreenCapture: preferences.read().hideFromScreenCapture });
  mainWindow = win;
  preferences.trackWindowBounds(win);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
    lockNow();
  });
  win.loadURL(appUrl()).catch(() => console.error('[mend] the UI failed to load'));

  Menu.setApplicationMenu(buildAppMenu(() => mainWindow, vault));
  startIdleLock(vault, preferences, () => mainWindow).watch(win);
  startReminders(preferences, vault, () => mainWindow);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Quit on every platform, macOS too: a journal should not keep its key in memory with no window.
  app.on('window-all-closed', () => {
    lockNow();
    app.quit();
  });
  app.on('before-quit', lockNow);
  // Timers do not run while asleep, and memory may be written to disk on hibernation: lock at once.
  powerMonitor.on('suspend', () => requestLock(mainWindow, vault, 0));
  powerMonitor.on('lock-screen', () => requestLock(mainWindow, vault, LOCK_GRACE_MS));
}

main();
