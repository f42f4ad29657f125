// The one place Mend's windows are made, so every window (the main one and the
// hidden print windows) gets the same locked-down web preferences: sandboxed,
// isolated, no Node, no <webview>, and only the contract's preload. The
// preferences themselves live in services/security/window-options.ts, where a
// unit test reads them.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { secureWebPreferences } from './services/security/window-options.ts';

export interface SecureWindowOptions {
  /** Defaults to false: callers show the window on 'ready-to-show', so no blank frame flashes. */
  show?: boolean;
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  parent?: BrowserWindow;
  /** Windows and macOS: keep the window out of screenshots and recordings (the default; a setting can allow them). */
  hideFromScreenCapture?: boolean;
}

/** Calm light background, so the window does not flash white or black before the UI draws. */
const BACKGROUND = '#f7f5f2';
/** Neutral on purpose: the title shows in task bars, window switchers and screen shares. */
const TITLE = 'Mend';

export function createSecureWindow(options: SecureWindowOptions = {}): BrowserWindow {
  const { hideFromScreenCapture = true, ...bounds } = options;
  const win = new BrowserWindow({
    width: 1100,
    height: 780,
    minWidth: 640,
    minHeight: 480,
    ...bounds,
    show: options.show ?? false,
    title: TITLE,
    backgroundColor: BACKGROUND,
    autoHideMenuBar: false,
    // Built next to the main file: out/main/index.js -> out/preload/index.cjs.
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  // Before the first frame: Recall and screenshot tools then see a blank window (a no-op on Linux).
  win.setContentProtection(hideFromScreenCapture);
  // The page's <title> could name an exercise; keep the window's title neutral.
  win.on('page-title-updated', (event) => event.preventDefault());
  return win;
}
