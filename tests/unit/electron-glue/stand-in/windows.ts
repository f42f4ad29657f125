// The stand-in's BrowserWindow and webContents, and the check of a sandboxed preload.
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { app } from './app.ts';
import { standIn } from './state.ts';

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

export class StandInBrowserWindow extends EventEmitter {
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

