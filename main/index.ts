// Mend's lifecycle: one instance, sandboxed windows on mend://app, the services
// behind the IPC router, and the vault locked whenever Mend stops being in use
// (window closed, quit, suspend, screen locked). Logic lives in main/services.
import { app, Menu, powerMonitor, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { isAbsolute } from 'node:path';
import { createAppServices } from './services/app-services.ts';
import { APP_ORIGIN, appUrl, handleAppProtocol, registerAppScheme } from './app-protocol.ts';
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

/**
 * End-to-end tests point Mend at a throwaway folder (absolute paths only). It
 * becomes userData, so the workbook, preferences, Chromium's profile, crash
 * dumps and the single-instance lock all stay inside it.
 */
function useDataDirOverride(): boolean {
  const dir = process.env.MEND_DATA_DIR;
  if (!dir) return true;
  if (!isAbsolute(dir)) {
    console.error('[mend] MEND_DATA_DIR must be an absolute path.');
    app.exit(1);
    return false;
  }
  app.setPath('userData', dir);
  return true;
}

function main(): void {
  if (!useDataDirOverride()) return;
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
  void app.whenReady().then(start);
}

const RECORD_WORKER_FILE = './record-worker.js';

function start(): void {
  hardenSession(session.defaultSession);
  handleAppProtocol();
  app.setAboutPanelOptions({ applicationName: 'Mend', applicationVersion: app.getVersion() });

  const dataDir = app.getPath('userData');
  let mainWindow: BrowserWindow | null = null;
  const printer = new ElectronWorksheetPrinter(() => mainWindow);
  const preferences = new Preferences(dataDir);
  const { vault, route } = createAppServices({
    dataDir,
    appOrigin: APP_ORIGIN,
    printer,
    dialogs: new ElectronFileDialogs(() => mainWindow),
    keyring: systemKeyring,
    preferences,
    emit: (event, payload) => {
      if (mainWindow) sendEvent(mainWindow, event, payload);
    },
    // Built beside this file from main/services/journal/record-worker.ts (electron.config.ts).
    recordWorker: new URL(RECORD_WORKER_FILE, import.meta.url),
  });
  const lockNow = () => vault.lock();
  bindIpc(route);

  const win = createSecureWindow(preferences.loadWindowBounds());
  mainWindow = win;
  preferences.trackWindowBounds(win);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
    lockNow();
  });
  win.loadURL(appUrl()).catch(() => console.error('[mend] the UI failed to load'));

  Menu.setApplicationMenu(buildAppMenu(() => mainWindow, vault));
  startIdleLock(vault, preferences, () => mainWindow);
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
