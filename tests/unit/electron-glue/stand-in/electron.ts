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
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

interface Call {
  api: string;
  args: unknown[];
  beforeReady: boolean;
}

/** What the test reads and drives; also on globalThis[STAND_IN] so a driver script can reach it. */
export const standIn = {
  calls: [] as Call[],
  ready: false,
  exitCode: null as number | null,
  isPackaged: false,
  systemIdleSeconds: 0,
  systemIdleState: 'active' as string,
  windows: [] as StandInBrowserWindow[],
  handlers: new Map<string, (event: unknown, request: unknown) => unknown>(),
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  privileged: null as unknown[] | null,
  beforeRequest: null as ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | null,
  /** Notifications as Electron holds them: weakly. */
  notifications: [] as WeakRef<StandInNotification>[],
  paths: new Map<string, string>(),
  /** An API that throws when called, to test how main copes with a failure. */
  failOn: null as string | null,
  /** Answers save dialogs; a test may return a promise it settles later. */
  saveDialog: async (_options: unknown): Promise<{ canceled: boolean; filePath: string }> => ({ canceled: true, filePath: '' }),
};
(globalThis as Record<symbol, unknown>)[Symbol.for('mend.electron-stand-in')] = standIn;

function record(api: string, ...args: unknown[]): void {
  if (standIn.failOn === api) throw new Error(`stand-in: ${api} failed as the test asked`);
  standIn.calls.push({ api, args, beforeReady: !standIn.ready });
}

function onlyBeforeReady(api: string): void {
  if (standIn.ready) throw new Error(`${api}: this method can only be called before app is ready (Electron docs).`);
}

function onlyAfterReady(api: string): void {
  if (!standIn.ready) throw new Error(`${api}: cannot be used before the ready event of the app module (Electron docs).`);
}

let resolveReady: () => void;
const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));

class StandInApp extends EventEmitter {
  readonly commandLine = { hasSwitch: () => false, appendSwitch: (...args: unknown[]) => record('app.commandLine.appendSwitch', ...args) };
  name = 'Mend';
  get isPackaged() {
    return standIn.isPackaged;
  }
  whenReady() {
    return readyPromise;
  }
  isReady() {
    return standIn.ready;
  }
  getVersion() {
    return '0.0.0-stand-in';
  }
  enableSandbox() {
    onlyBeforeReady('app.enableSandbox');
    record('app.enableSandbox');
  }
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return true;
  }
  releaseSingleInstanceLock() {
    record('app.releaseSingleInstanceLock');
  }
  setAppUserModelId(id: string) {
    record('app.setAppUserModelId', id);
  }
  setPath(name: string, path: string) {
    if (!existsSync(path) || !statSync(path).isDirectory()) throw new Error(`Failed to set path: ${path} does not exist (Electron docs: create it first).`);
    record('app.setPath', name, path);
    standIn.paths.set(name, path);
  }
  getPath(name: string) {
    const path = standIn.paths.get(name);
    if (!path) throw new Error(`stand-in: no path for ${name}; the test sets userData and documents.`);
    return path;
  }
  setAboutPanelOptions(options: unknown) {
    record('app.setAboutPanelOptions', options);
  }
  quit() {
    record('app.quit');
  }
  exit(code = 0) {
    record('app.exit', code);
    standIn.exitCode = code;
  }
}
export const app = new StandInApp();

/** The test's "Electron finished starting": emits ready and resolves whenReady(). */
export function emitReady(): void {
  standIn.ready = true;
  app.emit('ready');
  resolveReady();
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]) {
    onlyBeforeReady('protocol.registerSchemesAsPrivileged');
    if (standIn.privileged) throw new Error('protocol.registerSchemesAsPrivileged can be called only once (Electron docs).');
    record('protocol.registerSchemesAsPrivileged', schemes);
    standIn.privileged = schemes;
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
    onlyAfterReady('protocol.handle');
    if (standIn.protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    record('protocol.handle', scheme);
    standIn.protocolHandlers.set(scheme, handler);
  },
};

const SANDBOX_REQUIRABLE = new Set(['electron', 'events', 'timers', 'url', 'node:events', 'node:timers', 'node:url']);

/** Throws where a sandboxed renderer could not run `preload` as Mend needs it to. */
function checkSandboxedPreload(preload: unknown): void {
  if (typeof preload !== 'string' || !existsSync(preload)) throw new Error(`preload does not exist: ${String(preload)}`);
  const source = readFileSync(preload, 'utf8');
  const isModuleFile = extname(preload) === '.mjs' || (extname(preload) === '.js' && nearestPackageType(preload) === 'module');
  if (isModuleFile || /^\s*(import\s[^(]|export\s)/m.test(source)) {
    throw new Error(`sandboxed preload is an ES module, which Electron does not support: ${preload}`);
  }
  for (const [, name] of source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
    if (!SANDBOX_REQUIRABLE.has(name!)) throw new Error(`sandboxed preload requires "${name}", which a sandboxed renderer cannot load`);
  }
}

function nearestPackageType(file: string): string {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) return (JSON.parse(readFileSync(pkg, 'utf8')) as { type?: string }).type ?? 'commonjs';
  }
  return 'commonjs';
}

let nextId = 1;

class StandInWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  readonly mainFrame = { url: '' };
  webRTCPolicy = '';
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  #destroyed = false;
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  setWebRTCIPHandlingPolicy(policy: string) {
    this.webRTCPolicy = policy;
  }
  isDestroyed() {
    return this.#destroyed;
  }
  destroy() {
    this.#destroyed = true;
  }
  /** The system print dialog, left open: it answers only if the test calls `printing` back. */
  printing: ((success: boolean, reason: string) => void) | null = null;
  print(_options: unknown, callback: (success: boolean, reason: string) => void) {
    this.printing = callback;
  }
  async printToPDF() {
    if (this.#destroyed) throw new Error('Object has been destroyed');
    return Buffer.from('%PDF-1.7 stand-in');
  }
}

class StandInBrowserWindow extends EventEmitter {
  static getAllWindows() {
    return standIn.windows.filter((w) => !w.isDestroyed());
  }
  readonly options: { webPreferences?: { sandbox?: boolean; preload?: string } } & Record<string, unknown>;
  readonly webContents = new StandInWebContents();
  contentProtection: boolean | null = null;
  loadedUrl = '';
  #destroyed = false;
  constructor(options: StandInBrowserWindow['options'] = {}) {
    super();
    if (!standIn.ready) throw new Error('Cannot create BrowserWindow before app is ready');
    const sandboxed = options.webPreferences?.sandbox !== false || standIn.calls.some((c) => c.api === 'app.enableSandbox');
    if (sandboxed && options.webPreferences?.preload !== undefined) checkSandboxedPreload(options.webPreferences.preload);
    this.options = options;
    standIn.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  setContentProtection(enable: boolean) {
    this.contentProtection = enable;
  }
  async loadURL(url: string) {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.#destroyed;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1100, height: 780 };
  }
  /** What the user closing the window does: close, closed, then window-all-closed once none is left. */
  close() {
    this.emit('close', { preventDefault() {} });
    this.destroy();
  }
  destroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
    if (StandInBrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
}
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

class StandInNotification extends EventEmitter {
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
