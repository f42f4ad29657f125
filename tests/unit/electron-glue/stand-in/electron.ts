// A stand-in for the `electron` module, for loading the BUILT main process
// (out/main/index.js) in plain Node where no Electron binary exists. It records
// what main asks for and throws where Electron 45 would, each rule citing the
// Electron docs (node_modules/electron/electron.d.ts is Electron 45's API docs):
//  - app.enableSandbox: "This method can only be called before app is ready." (docs/api/app.md)
//  - app.setPath: "If the path specifies a directory that does not exist, an Error is thrown." (docs/api/app.md)
//  - protocol.registerSchemesAsPrivileged: "can only be used before the ready event of the app module
//    gets emitted and can be called only once." (docs/api/protocol.md)
//  - protocol.handle and the rest of protocol: "can only be used after the ready event" (docs/api/protocol.md)
//  - session.defaultSession: "available after app.whenReady is called" (docs/api/session.md)
//  - new BrowserWindow before ready: Electron throws "Cannot create BrowserWindow before app is ready".
//  - ipcMain.handle twice for one channel: Electron throws "Attempted to register a second handler for '…'".
//  - A sandboxed preload cannot be an ES module ("Renderer (Sandboxed) … ESM Loader in Preload: Unsupported",
//    docs/tutorial/esm.md) and may require only 'electron' and a few Node polyfills (docs/tutorial/sandbox.md).
//    Electron would silently run no preload; the stand-in throws so the test sees it.
//  - Notification: Electron holds a main-process Notification only weakly; once JS drops it, it can be
//    collected and its events are lost (electron/electron#16922). The stand-in keeps WeakRefs only.
import { EventEmitter } from 'node:events';
import { app, emitReady, protocol } from './app.ts';
import { onlyAfterReady, record, standIn } from './state.ts';
import { StandInBrowserWindow } from './windows.ts';

export { app, emitReady, protocol, standIn };
export const BrowserWindow = StandInBrowserWindow;

class StandInSession {
  readonly webRequest = {
    onBeforeRequest: (listener: typeof standIn.beforeRequest) => {
      record('session.webRequest.onBeforeRequest');
      standIn.beforeRequest = listener;
    },
  };
  spellCheckerEnabled = true;
  spellCheckerLanguages = ['en-US'];
  dictionaryDownloadUrl = '';
  setPermissionRequestHandler = (h: unknown) => record('session.setPermissionRequestHandler', typeof h);
  setPermissionCheckHandler = (h: unknown) => record('session.setPermissionCheckHandler', typeof h);
  setDevicePermissionHandler = (h: unknown) => record('session.setDevicePermissionHandler', typeof h);
  setSpellCheckerEnabled(enabled: boolean) {
    this.spellCheckerEnabled = enabled;
  }
  setSpellCheckerLanguages(languages: string[]) {
    this.spellCheckerLanguages = languages;
  }
  setSpellCheckerDictionaryDownloadURL(url: string) {
    new URL(url); // Electron throws for an invalid URL.
    this.dictionaryDownloadUrl = url;
  }
}
const defaultSession = new StandInSession();
export const session = {
  get defaultSession() {
    onlyAfterReady('session.defaultSession');
    return defaultSession;
  },
};

// An EventEmitter in Electron too: electron-store listens on it ('electron-store-get-data').
export const ipcMain = Object.assign(new EventEmitter(), {
  handle(channel: string, handler: (event: unknown, request: unknown) => unknown) {
    if (standIn.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    standIn.handlers.set(channel, handler);
  },
});

export class StandInNotification extends EventEmitter {
  static isSupported() {
    return true;
  }
  readonly options: unknown;
  constructor(options: unknown) {
    super();
    this.options = options;
    standIn.notifications.push(new WeakRef(this));
  }
  show() {
    record('Notification.show', this.options);
  }
}
export const Notification = StandInNotification;

export const powerMonitor = Object.assign(new EventEmitter(), {
  getSystemIdleTime: () => standIn.systemIdleSeconds,
  getSystemIdleState: () => standIn.systemIdleState,
});

export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu: (menu: unknown) => record('Menu.setApplicationMenu', menu !== null),
};

export const dialog = {
  showSaveDialog: async (...args: unknown[]) => {
    record('dialog.showSaveDialog', args.at(-1));
    return standIn.saveDialog(args.at(-1));
  },
  showOpenDialog: async (...args: unknown[]) => {
    record('dialog.showOpenDialog', args.at(-1));
    return { canceled: true, filePaths: [] };
  },
  showErrorBox: (title: string, content: string) => record('dialog.showErrorBox', title, content),
};

export const shell = { openExternal: async (url: string) => record('shell.openExternal', url) };
export const nativeTheme = { themeSource: 'system' };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
// No keyring in the stand-in: Mend must then refuse to remember the workbook.
export const safeStorage = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: () => {
    throw new Error('stand-in: no keyring');
  },
  decryptString: () => {
    throw new Error('stand-in: no keyring');
  },
};

export default { app, protocol, BrowserWindow, session, ipcMain, Notification, powerMonitor, Menu, dialog, shell, nativeTheme, screen, safeStorage };
