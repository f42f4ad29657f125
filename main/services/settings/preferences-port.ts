// App preferences as the services see them (idle-lock time). Electron keeps
// them with electron-store (main/preferences.ts); nothing private goes there.
import type { Preferences } from '../../../shared/contract/channels.ts';

export interface PreferencesPort {
  read(): Preferences;
  write(preferences: Preferences): void;
}

export const DEFAULT_PREFERENCES: Preferences = { idleLockMinutes: 5 };
