// Auto-lock: polls the system's idle time and state while the workbook is open,
// and locks (letting the UI save its draft first) once the policy says so.
// Where the system reports no idle time (Wayland), the window's own input is
// the clock (services/settings/idle-source.ts).
import { powerMonitor } from 'electron';
import type { BrowserWindow } from 'electron';
import { IDLE_POLL_MS, shouldAutoLock } from './services/settings/idle-policy.ts';
import { IdleSource } from './services/settings/idle-source.ts';
import type { PreferencesPort } from './services/settings/preferences-port.ts';
import type { Vault } from './services/vault/vault.ts';
import { requestLock } from './ipc.ts';
import { LOCK_GRACE_MS } from './menu.ts';

export interface IdleLock {
  stop(): void;
  /** Counts input in `win` as activity (the fallback clock). */
  watch(win: BrowserWindow): void;
}

export function startIdleLock(vault: Vault, preferences: PreferencesPort, getWindow: () => BrowserWindow | null): IdleLock {
  const source = new IdleSource();
  const timer = setInterval(() => {
    if (!vault.isUnlocked) return;
    const minutes = preferences.read().idleLockMinutes;
    // The threshold only decides between 'active' and 'idle'; 'locked' is reported where the OS knows it.
    const state = powerMonitor.getSystemIdleState(minutes * 60);
    const idleSeconds = source.idleSeconds(powerMonitor.getSystemIdleTime());
    if (shouldAutoLock(idleSeconds, state, minutes)) requestLock(getWindow(), vault, LOCK_GRACE_MS);
  }, IDLE_POLL_MS);
  return {
    stop: () => clearInterval(timer),
    watch: (win) => win.webContents.on('input-event', () => source.noteInput()),
  };
}
