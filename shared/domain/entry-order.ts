// The one order of entries everywhere: newest day first, then the latest update
// first, then by id, so the order is total and a page can end anywhere in it.
// Days and timestamps are ISO strings of fixed shape (written by Mend), which
// compare correctly as plain strings; plain comparison is cheaper than
// localeCompare, which matters when 100,000 entries are sorted.
import type { Entry } from './entry.ts';

/** What places an entry in the order; a page cursor carries exactly this. */
export type EntryPosition = Pick<Entry, 'day' | 'updatedAt' | 'id'>;

export function newestFirst(a: EntryPosition, b: EntryPosition): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** `day|updatedAt|id`: readable by the renderer, which already holds these values. */
export function cursorAfter(entry: EntryPosition): string {
  return `${entry.day}|${entry.updatedAt}|${entry.id}`;
}

export const CURSOR_PATTERN = /^\d{4}-\d{2}-\d{2}\|[0-9T:.+Z-]{10,40}\|[0-9a-f-]{36}$/;

export function positionOfCursor(cursor: string): EntryPosition {
  const [day = '', updatedAt = '', id = ''] = cursor.split('|');
  return { day, updatedAt, id };
}

/** The index of the first entry of `sorted` (in this order) that comes after `position`. */
export function indexAfter(sorted: readonly EntryPosition[], position: EntryPosition): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (newestFirst(sorted[mid]!, position) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
