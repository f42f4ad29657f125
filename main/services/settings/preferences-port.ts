// App preferences as the services see them (idle-lock time). Electron keeps
// them with electron-store (main/preferences.ts); nothing private goes there.
import type { Preferences } from '../../../shared/contract/channels.ts';

export interface PreferencesPort {
  read(): Preferences;
  write(preferences: Preferences): void;
}

/** Reminders are off until the user turns them on; windows are hidden from screen capture until the user allows it. */
export const DEFAULT_PREFERENCES: Preferences = {
  idleLockMinutes: 5,
  reminders: { enabled: false, morning: '08:30', evening: '21:00', weeklyDay: 0, weeklyTime: '19:00' },
  appearance: { theme: 'system', textSize: 'normal' },
  hideFromScreenCapture: true,
};
