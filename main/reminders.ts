// System notifications for reminders (Electron Notification). Clicking one
// locks Mend and brings its window forward: whoever clicked it sees the lock
// screen, not the journal.
import { Notification } from 'electron';
import type { BrowserWindow } from 'electron';
import { ReminderRunner } from './services/reminders/reminder-runner.ts';
import type { PreferencesPort } from './services/settings/preferences-port.ts';
import type { Vault } from './services/vault/vault.ts';
import { requestLock } from './ipc.ts';

const CHECK_MS = 30_000;

export function startReminders(preferences: PreferencesPort, vault: Vault, getWindow: () => BrowserWindow | null): () => void {
  const runner = new ReminderRunner(preferences, {
    show(title, body) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: false });
      notification.on('click', () => {
        const win = getWindow();
        requestLock(win, vault, 0);
        if (win) {
          if (win.isMinimized()) win.restore();
          win.show();
          win.focus();
        }
      });
      notification.show();
    },
  });
  const timer = setInterval(() => runner.tick(), CHECK_MS);
  return () => clearInterval(timer);
}
