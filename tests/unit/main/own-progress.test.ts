// In a workbook for two, what home and the progress screen count as done is the
// unlocked partner's own (and what was done together with their signature):
// the other partner's shared entries never make today's commitment done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntriesOverview, ProgressFigures } from '../../../shared/contract/channels.ts';
import { localDay } from '../../../shared/domain/dates.ts';
import { removeDir } from './helpers.ts';
import { ask, PASS_A, PASS_B, workbookForTwo } from './two-partners-kit.ts';
import type { Book } from './two-partners-kit.ts';

const TODAY = localDay(new Date());

describe('own progress in a workbook for two', () => {
  let book: Book;

  beforeAll(async () => {
    book = await workbookForTwo();
    const { vault } = book.services;
    vault.lock();
    await vault.unlock(PASS_B);
    vault.journal().save({ exerciseId: 'next-right-thing', day: TODAY, answers: { rightThing: 'Alex keeps a promise', didI: 'yes' }, visibility: 'shared' });
    vault.lock();
  }, 60_000);
  afterAll(() => {
    book.services.vault.lock();
    removeDir(book.dir);
  });

  const value = <T,>(result: { ok: boolean; value?: unknown }) => {
    expect(result.ok).toBe(true);
    return result.value as T;
  };

  it('the partner’s shared entry for today does not make today’s done for the other, and counts for its writer', async () => {
    const { vault } = book.services;
    await vault.unlock(PASS_A);
    expect(vault.journal().list('next-right-thing')).toHaveLength(1);
    const forSam = value<EntriesOverview>(await ask(book, 'entries:overview', { today: TODAY }));
    expect(forSam.exercises.find((d) => d.exerciseId === 'next-right-thing')).toMatchObject({ count: 0 });
    expect(value<ProgressFigures>(await ask(book, 'progress:figures', { today: TODAY })).week).toMatchObject({ kept: 0 });
    vault.lock();
    await vault.unlock(PASS_B);
    const forAlex = value<EntriesOverview>(await ask(book, 'entries:overview', { today: TODAY }));
    expect(forAlex.exercises.find((d) => d.exerciseId === 'next-right-thing')).toMatchObject({ count: 1, current: { day: TODAY } });
    expect(value<ProgressFigures>(await ask(book, 'progress:figures', { today: TODAY })).week).toMatchObject({ kept: 1 });
    vault.lock();
  }, 30_000);
});
