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
/** Enough for a day's reminders still sitting in the notification centre. */
const KEEP_AT_MOST = 20;

export interface RunningReminders {
  stop(): void;
  /** The notifications Mend still holds, so their click still reaches Mend. */
  readonly shown: ReadonlySet<Notification>;
}

export function startReminders(preferences: PreferencesPort, vault: Vault, getWindow: () => BrowserWindow | null): RunningReminders {
  // Electron holds a main-process Notification only weakly: once JS drops it, it can be garbage-collected and
  // its 'click' is lost (electron/electron#16922). Each one is kept here until it is clicked, closed or failed.
  const shown = new Set<Notification>();
  const release = (notification: Notification) => shown.delete(notification);
  const runner = new ReminderRunner(preferences, {
    show(title, body) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: false });
      notification.on('click', () => {
        release(notification);
        const win = getWindow();
        requestLock(win, vault, 0);
        if (win) {
          if (win.isMinimized()) win.restore();
          win.show();
          win.focus();
        }
      });
      notification.on('close', () => release(notification));
      // macOS shows no notification from an unsigned app (Electron 42+) and reports it here instead.
      notification.on('failed', (_event, error) => {
        release(notification);
        console.error(`[mend] a reminder could not be shown by the system: ${error}`);
      });
      shown.add(notification);
      for (const oldest of shown) {
        if (shown.size <= KEEP_AT_MOST) break;
        shown.delete(oldest);
      }
      notification.show();
    },
  });
  const timer = setInterval(() => runner.tick(), CHECK_MS);
  return { stop: () => clearInterval(timer), shown };
}
