// The web preferences every Mend window gets (the main window and the hidden
// print windows), as a plain object so a unit test can read them without
// Electron. The literal types make weakening one a type error here, not a
// setting someone can quietly flip at a call site.

/** The subset of Electron's WebPreferences that Mend sets, each pinned to its one allowed value. */
export interface SecureWebPreferences {
  /** Chromium's OS sandbox for the renderer: no Node, no file system, only IPC through the preload. */
  readonly sandbox: true;
  /** The preload's world is separate from the page's, so the page cannot reach into it. */
  readonly contextIsolation: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  /** Same-origin policy stays on. */
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly experimentalFeatures: false;
  /** No <webview>: Mend never shows other content inside its windows. */
  readonly webviewTag: false;
  /**
   * On only where the operating system checks spelling itself (macOS, Windows):
   * elsewhere Chromium would download Hunspell dictionaries, so it stays off.
   */
  readonly spellcheck: boolean;
  /** A file dropped on the window must not replace the UI with that file. */
  readonly navigateOnDragDrop: false;
  /** A page cannot loop alert() dialogs at the user. */
  readonly safeDialogs: true;
  /** Absolute path of the built preload, the only script with the IPC bridge. */
  readonly preload: string;
}

/** macOS and Windows have a system spellchecker Chromium uses directly, with no download. */
export function usesOsSpellchecker(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

export function secureWebPreferences(preloadPath: string, platform: NodeJS.Platform = process.platform): SecureWebPreferences {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: usesOsSpellchecker(platform),
    navigateOnDragDrop: false,
    safeDialogs: true,
    preload: preloadPath,
  };
}
