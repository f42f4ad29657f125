// Calendar days as the user lives them: 'YYYY-MM-DD' in their local time zone.
// Entries are filed by day, so these helpers never go through UTC midnight.

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDay(day: string): boolean {
  const m = DAY_PATTERN.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d;
}

export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day `offset` days after `day` (negative for before), by the calendar. */
export function addDays(day: string, offset: number): string {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  return localDay(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + offset));
}

/** "Saturday 21 November 2026" in the user's locale. */
export function formatDay(day: string, locale?: string): string {
  const m = DAY_PATTERN.exec(day);
  if (!m) return day;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date.toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** The Monday of the week `day` falls in (weeks start on Monday, as in ISO 8601). */
export function weekStart(day: string): string {
  const m = DAY_PATTERN.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  const weekday = (new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getDay() + 6) % 7;
  return addDays(day, -weekday);
}
