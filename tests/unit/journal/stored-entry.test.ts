// The check a decrypted record passes to be taken as an entry (lighter than the
// full schema, since only Mend can have written it): what it still refuses.
import { describe, expect, it } from 'vitest';
import { storedEntry } from '../../../main/services/journal/stored-entry.ts';
import { EntrySchema } from '../../../shared/domain/entry.ts';

const ID = '6f1c3a7e-2b7d-4c1e-9a55-0d8f7f5b2a10';
const valid = {
  id: ID,
  exerciseId: 'owning-it',
  day: '2026-11-21',
  answers: { whatIDid: 'I broke a promise.' },
  visibility: 'private',
  keepPrivate: true,
  createdAt: '2026-11-21T08:00:00.000Z',
  updatedAt: '2026-11-21T09:00:00.000Z',
};

describe('a decrypted record taken as an entry', () => {
  it('accepts what Mend writes (which the full schema accepts too), as the same object', () => {
    expect(EntrySchema.safeParse(valid).success).toBe(true);
    expect(storedEntry(valid, ID)).toBe(valid);
    const { keepPrivate: _, ...withoutMark } = valid;
    expect(storedEntry(withoutMark, ID)).toBe(withoutMark);
  });

  it('refuses another row’s entry', () => {
    expect(storedEntry(valid, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it.each([
    ['not an object', 'text'],
    ['null', null],
    ['an array', [valid]],
    ['an unknown exercise', { ...valid, exerciseId: 'nope' }],
    ['a day that is not a day', { ...valid, day: '21/11/2026' }],
    ['answers that are not a record', { ...valid, answers: ['x'] }],
    ['no answers', { ...valid, answers: null }],
    ['an unknown visibility', { ...valid, visibility: 'public' }],
    ['a keepPrivate that is not a boolean', { ...valid, keepPrivate: 'yes' }],
    ['a missing timestamp', { ...valid, updatedAt: undefined }],
    ['an extra field', { ...valid, extra: 1 }],
  ])('refuses %s', (_what, value) => {
    expect(storedEntry(value, ID)).toBeNull();
  });
});
