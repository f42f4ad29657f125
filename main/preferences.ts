// App preferences kept with electron-store: where the main window was, how
// soon Mend locks itself when the computer is idle, whether its windows are
// hidden from screen capture. NOTHING PRIVATE EVER GOES HERE. This file is plain JSON on disk (its
// encryptionKey would be obfuscation, not security), so no entry text, exercise
// name, passphrase or key may be stored in it; private data lives in the vault.
import Store from 'electron-store';
import type { Schema } from 'electron-store';
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { IDLE_LOCK_CHOICES, Preferences as PreferencesSchema } from '../shared/contract/channels.ts';
import type { Preferences as AppPreferences } from '../shared/contract/channels.ts';
import { DEFAULT_PREFERENCES } from './services/settings/preferences-port.ts';
import type { PreferencesPort } from './services/settings/preferences-port.ts';

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PreferenceValues {
  windowBounds?: WindowBounds;
  idleLockMinutes?: number;
  reminders?: AppPreferences['reminders'];
  appearance?: AppPreferences['appearance'];
  hideFromScreenCapture?: boolean;
}

const schema: Schema<PreferenceValues> = {
  windowBounds: {
    type: 'object',
    properties: {
      x: { type: 'integer' },
      y: { type: 'integer' },
      width: { type: 'integer', minimum: 200, maximum: 20000 },
      height: { type: 'integer', minimum: 200, maximum: 20000 },
    },
    required: ['x', 'y', 'width', 'height'],
    additionalProperties: false,
  },
  idleLockMinutes: { type: 'integer', enum: [...IDLE_LOCK_CHOICES] },
  reminders: { type: 'object' },
  appearance: { type: 'object' },
  hideFromScreenCapture: { type: 'boolean' },
};

const SAVE_DELAY_MS = 500;

export class Preferences implements PreferencesPort {
  readonly #store: Store<PreferenceValues> | null;

  /** `folder` is the app's data folder (userData, or MEND_DATA_DIR in end-to-end tests). */
  constructor(folder: string) {
    try {
      this.#store = new Store<PreferenceValues>({ cwd: folder, name: 'preferences', schema, clearInvalidConfig: true });
      nativeTheme.themeSource = this.read().appearance.theme;
    } catch {
      // A file that breaks the schema only costs the remembered window place; never the app's start.
      this.#store = null;
    }
  }

  /** Whatever is stored is checked with the contract's schema; anything off falls back to the defaults. */
  read(): AppPreferences {
    const parsed = PreferencesSchema.safeParse({
      idleLockMinutes: this.#store?.get('idleLockMinutes') ?? DEFAULT_PREFERENCES.idleLockMinutes,
      reminders: this.#store?.get('reminders') ?? DEFAULT_PREFERENCES.reminders,
      appearance: this.#store?.get('appearance') ?? DEFAULT_PREFERENCES.appearance,
      hideFromScreenCapture: this.#store?.get('hideFromScreenCapture') ?? DEFAULT_PREFERENCES.hideFromScreenCapture,
    });
    return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
  }

  write(preferences: AppPreferences): void {
    this.#store?.set('idleLockMinutes', preferences.idleLockMinutes);
    this.#store?.set('reminders', preferences.reminders);
    this.#store?.set('appearance', preferences.appearance);
    this.#store?.set('hideFromScreenCapture', preferences.hideFromScreenCapture);
    // Native dialogs and menus follow the same theme as the UI.
    nativeTheme.themeSource = preferences.appearance.theme;
    // Open windows follow at once; new ones read it in window-factory.ts.
    for (const win of BrowserWindow.getAllWindows()) win.setContentProtection(preferences.hideFromScreenCapture);
  }

  /** The last bounds, without the position if that is no longer on any screen. */
  loadWindowBounds(): Partial<WindowBounds> {
    const saved = this.#store?.get('windowBounds');
    if (!saved) return {};
    const { width, height } = saved;
    return isOnSomeDisplay(saved) ? saved : { width, height };
  }

  saveWindowBounds(win: BrowserWindow): void {
    if (!this.#store || win.isDestroyed()) return;
    // Normal bounds, so a maximised or full-screen window comes back at its usual size.
    const { x, y, width, height } = win.getNormalBounds();
    try {
      this.#store.set('windowBounds', { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) });
    } catch {
      // Bounds the schema refuses are simply not remembered.
    }
  }

  /** Saves the bounds shortly after the window stops moving or resizing, and when it closes. */
  trackWindowBounds(win: BrowserWindow): void {
    let timer: NodeJS.Timeout | undefined;
    const saveSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.saveWindowBounds(win), SAVE_DELAY_MS);
    };
    win.on('resize', saveSoon);
    win.on('move', saveSoon);
    win.on('close', () => {
      clearTimeout(timer);
      this.saveWindowBounds(win);
    });
  }
}

function isOnSomeDisplay(b: WindowBounds): boolean {
  return screen.getAllDisplays().some(({ workArea: a }) =>
    b.x < a.x + a.width && b.x + b.width > a.x && b.y < a.y + a.height && b.y + b.height > a.y,
  );
}
