// When reminders fall, in the user's local time: the next right thing in the
// morning and its look back in the evening, every day; the check-in once a
// week. Given a window of time, says which reminders fell inside it.
import type { Reminders } from '../../../shared/contract/channels.ts';

export type ReminderKind = 'morning' | 'evening' | 'weekly';

function at(day: Date, time: string): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  // Local wall-clock time; a time skipped by a daylight-saving change rolls forward.
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m, 0, 0);
}

/** The reminders whose time is after `from` and not after `to`, in time order. */
export function remindersDue(reminders: Reminders, from: Date, to: Date): { kind: ReminderKind; at: Date }[] {
  if (!reminders.enabled || to <= from) return [];
  const due: { kind: ReminderKind; at: Date }[] = [];
  for (let day = new Date(from.getFullYear(), from.getMonth(), from.getDate()); day <= to; day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1)) {
    const candidates: { kind: ReminderKind; at: Date }[] = [
      { kind: 'morning', at: at(day, reminders.morning) },
      { kind: 'evening', at: at(day, reminders.evening) },
      ...(day.getDay() === reminders.weeklyDay ? [{ kind: 'weekly' as const, at: at(day, reminders.weeklyTime) }] : []),
    ];
    due.push(...candidates.filter((c) => c.at > from && c.at <= to));
  }
  return due.sort((a, b) => a.at.getTime() - b.at.getTime());
}
