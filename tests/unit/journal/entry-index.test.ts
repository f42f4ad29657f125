// The journal's index: each exercise's entries and all of them in one order
// (newest day, then latest update, then id), kept sorted through saves and
// deletes, and read a page at a time with a cursor.
import { describe, expect, it } from 'vitest';
import { EntryIndex } from '../../../main/services/journal/entry-index.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { newestFirst } from '../../../shared/domain/entry-order.ts';

let n = 0;
function entry(exerciseId: string, day: string, updatedAt = `${day}T12:00:00.000Z`, id?: string): Entry {
  n += 1;
  return {
    id: id ?? `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    exerciseId,
    day,
    answers: { note: `entry ${n}` },
    visibility: 'private',
    createdAt: updatedAt,
    updatedAt,
  };
}

const idsOf = (entries: readonly Entry[]) => entries.map((e) => e.id);

/** The order as the old code had it, written out independently. */
const expectedOrder = (entries: readonly Entry[]) =>
  idsOf([...entries].sort((a, b) => b.day.localeCompare(a.day) || b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id)));

describe('the order of entries', () => {
  it('is newest day first, then the latest update, then id, the same as comparing with localeCompare', () => {
    const days = ['2025-01-31', '2026-11-21', '2026-02-01', '2026-11-21', '2024-12-31'];
    const entries = days.flatMap((day, i) => [entry('a', day, `${day}T0${i}:00:00.000Z`), entry('a', day, `${day}T0${i}:00:00.000Z`)]);
    expect(idsOf([...entries].sort(newestFirst))).toEqual(expectedOrder(entries));
  });
});

describe('the entry index', () => {
  const build = () => {
    const entries = [
      entry('nrt', '2026-03-01'),
      entry('nrt', '2026-03-05'),
      entry('owning', '2026-03-03'),
      entry('nrt', '2026-03-05', '2026-03-06T08:00:00.000Z'),
      entry('owning', '2026-02-01'),
      entry('nrt', '2026-01-10'),
    ];
    return { entries, index: EntryIndex.of(entries) };
  };

  it('lists one exercise, or all, in order, and counts them', async () => {
    const { entries, index: pending } = build();
    const index = await pending;
    expect(index.size).toBe(6);
    expect(idsOf(index.list('nrt'))).toEqual(expectedOrder(entries.filter((e) => e.exerciseId === 'nrt')));
    expect(idsOf(index.list())).toEqual(expectedOrder(entries));
    expect(idsOf([...index.newestFirst()])).toEqual(expectedOrder(entries));
    expect(index.list('unknown')).toEqual([]);
  });

  it('keeps both lists in order through saves that move an entry, new entries and deletes', async () => {
    const { entries, index: pending } = build();
    const index = await pending;
    const moved = { ...entries[0]!, day: '2026-04-01', updatedAt: '2026-04-01T09:00:00.000Z' };
    const added = entry('owning', '2026-03-04');
    index.put(moved);
    index.put(added);
    index.remove(entries[2]!.id);
    const now = [moved, added, ...entries.slice(1).filter((e) => e !== entries[2])];
    expect(idsOf(index.list())).toEqual(expectedOrder(now));
    expect(idsOf(index.list('owning'))).toEqual(expectedOrder(now.filter((e) => e.exerciseId === 'owning')));
    expect(index.get(moved.id)).toBe(moved);
    expect(index.get(entries[2]!.id)).toBeUndefined();
    expect(index.size).toBe(6);
  });

  it('reads all entries as they were when the reading began, whatever is saved or deleted meanwhile', async () => {
    const { entries, index: pending } = build();
    const index = await pending;
    const reading = index.newestFirst()[Symbol.iterator]();
    const first = reading.next().value as Entry;
    index.put(entry('owning', '2027-01-01'));
    index.remove(entries[5]!.id);
    const rest = [...{ [Symbol.iterator]: () => reading }];
    expect(idsOf([first, ...rest])).toEqual(expectedOrder(entries));
  });

  it('pauses between the exercises while it sorts a large workbook', async () => {
    let pauses = 0;
    await EntryIndex.of([entry('a', '2026-01-01'), entry('b', '2026-01-01'), entry('c', '2026-01-01')], async () => void (pauses += 1));
    expect(pauses).toBe(3);
  });
});

describe('pages of entries', () => {
  const many = Array.from({ length: 25 }, (_, i) => entry('log', `2026-01-${String(1 + (i % 9)).padStart(2, '0')}`));

  it('reads the whole list page by page, in order, with no entry twice or missing', async () => {
    const index = await EntryIndex.of(many);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = index.page('log', 10, cursor);
      seen.push(...idsOf(page.entries));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(expectedOrder(many));
  });

  it('pages all entries, across exercises, in one order', async () => {
    const mixed = Array.from({ length: 40 }, (_, i) => entry(['a', 'b', 'c'][i % 3]!, `2026-02-${String(1 + (i % 20)).padStart(2, '0')}`));
    const index = await EntryIndex.of(mixed);
    const first = index.page(undefined, 15);
    const second = index.page(undefined, 15, first.nextCursor!);
    const third = index.page(undefined, 15, second.nextCursor!);
    expect(idsOf([...first.entries, ...second.entries, ...third.entries])).toEqual(expectedOrder(mixed));
    expect(third.entries).toHaveLength(10);
    expect(third.nextCursor).toBeNull();
  });

  it('gives no next cursor when a page reaches the oldest entry, even exactly', async () => {
    const index = await EntryIndex.of(many.slice(0, 10));
    expect(index.page('log', 10).nextCursor).toBeNull();
    expect(index.page('log', 9).nextCursor).not.toBeNull();
    expect(index.page(undefined, 100).entries).toHaveLength(10);
  });

  it('continues after the cursor’s position even when entries were saved or deleted between pages', async () => {
    const index = await EntryIndex.of(many);
    const first = index.page('log', 10);
    const order = expectedOrder(many);
    // A new entry today (before the cursor) and the deletion of the page's last entry.
    index.put(entry('log', '2026-12-01'));
    index.remove(first.entries.at(-1)!.id);
    const second = index.page('log', 10, first.nextCursor!);
    expect(idsOf(second.entries)).toEqual(order.slice(10, 20));
  });
});
