// Shows reminders when they fall. The words are fixed and neutral, for every
// kind of reminder: never what was written, never a partner's name, never which
// exercise (a notification can be seen by anyone near the screen).
import type { PreferencesPort } from '../settings/preferences-port.ts';
import { remindersDue } from './reminder-schedule.ts';

export const REMINDER_TITLE = 'Mend';
export const REMINDER_BODY = 'Time for your workbook';

export interface Notifier {
  show(title: string, body: string): void;
}

export class ReminderRunner {
  readonly #preferences: PreferencesPort;
  readonly #notifier: Notifier;
  readonly #now: () => Date;
  #checkedUpTo: Date;

  constructor(preferences: PreferencesPort, notifier: Notifier, now: () => Date = () => new Date()) {
    this.#preferences = preferences;
    this.#notifier = notifier;
    this.#now = now;
    this.#checkedUpTo = now();
  }

  /** Shows one notification if any reminder fell since the last check (several at once still make one). */
  tick(): void {
    const now = this.#now();
    // After a long sleep, reminders missed for more than an hour are not shown late.
    const from = new Date(Math.max(this.#checkedUpTo.getTime(), now.getTime() - 3_600_000));
    const due = remindersDue(this.#preferences.read().reminders, from, now);
    this.#checkedUpTo = now;
    if (due.length > 0) this.#notifier.show(REMINDER_TITLE, REMINDER_BODY);
  }
}
