// Auto-lock: polls the system's idle time and state while the workbook is open,
// and locks (letting the UI save its draft first) once the policy says so.
import { powerMonitor } from 'electron';
import type { BrowserWindow } from 'electron';
import { IDLE_POLL_MS, shouldAutoLock } from './services/settings/idle-policy.ts';
import type { PreferencesPort } from './services/settings/preferences-port.ts';
import type { Vault } from './services/vault/vault.ts';
import { requestLock } from './ipc.ts';
import { LOCK_GRACE_MS } from './menu.ts';

export function startIdleLock(vault: Vault, preferences: PreferencesPort, getWindow: () => BrowserWindow | null): () => void {
  const timer = setInterval(() => {
    if (!vault.isUnlocked) return;
    const minutes = preferences.read().idleLockMinutes;
    // The threshold only decides between 'active' and 'idle'; 'locked' is reported where the OS knows it.
    const state = powerMonitor.getSystemIdleState(minutes * 60);
    if (shouldAutoLock(powerMonitor.getSystemIdleTime(), state, minutes)) requestLock(getWindow(), vault, LOCK_GRACE_MS);
  }, IDLE_POLL_MS);
  return () => clearInterval(timer);
}
