// Search in main over a large journal: it reads the journal's order as given,
// a slice at a time with the event loop given back between slices, stops once
// its page of hits is full, and can be stopped between slices.
import { describe, expect, it } from 'vitest';
import { EntrySearch } from '../../../main/services/search/entry-search.ts';
import type { Entry } from '../../../shared/domain/entry.ts';

let n = 0;
const entry = (text: string, day = '2026-11-01'): Entry => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  exerciseId: 'small-steps',
  day,
  answers: { whatHappened: text },
  visibility: 'private',
  createdAt: `${day}T10:00:00.000Z`,
  updatedAt: `${day}T10:00:00.000Z`,
});

const filler = (count: number) => Array.from({ length: count }, (_, i) => entry(`an ordinary day number ${i}, ${'nothing to find here '.repeat(20)}`));

/** An entry that fails the test if the search so much as looks at it. */
const untouchable = new Proxy({} as Entry, {
  get() {
    throw new Error('the search read past a full page of hits');
  },
});

describe('searching a large journal', () => {
  it('keeps the order it is given (the journal’s: newest first) and does not sort again', async () => {
    const [a, b, c] = [entry('needle one', '2026-01-01'), entry('needle two', '2026-12-01'), entry('needle three', '2026-06-01')];
    const hits = await new EntrySearch().search([a!, b!, c!], 'needle');
    expect(hits.map((h) => h.entryId)).toEqual([a!.id, b!.id, c!.id]);
  });

  it('gives the event loop turns while it scans: a callback scheduled at the start runs before it ends', async () => {
    const order: string[] = [];
    const searching = new EntrySearch().search([...filler(3000), entry('the needle at the very end')], 'needle', { sliceMs: 0 }).then((hits) => {
      order.push(`done with ${hits.length} hit`);
    });
    setImmediate(() => order.push('other work'));
    await searching;
    expect(order).toEqual(['other work', 'done with 1 hit']);
  });

  it('stops reading once its page of hits is full', async () => {
    const hits = await new EntrySearch().search([entry('needle a'), ...filler(50), entry('needle b'), untouchable, untouchable], 'needle', { limit: 2 });
    expect(hits).toHaveLength(2);
  });

  it('stops with the checkpoint’s error when it throws between slices', async () => {
    const locked = new Error('locked meanwhile');
    let calls = 0;
    const searching = new EntrySearch().search(filler(3000), 'needle', {
      sliceMs: 0,
      checkpoint: () => {
        calls += 1;
        if (calls === 3) throw locked;
      },
    });
    await expect(searching).rejects.toBe(locked);
  });
});
