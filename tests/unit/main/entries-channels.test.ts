// entries:list a page at a time, and entries:overview (what home and an
// exercise's screen show), through the router as the app builds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../main/services/app-services.ts';
import type { AppServices } from '../../../main/services/app-services.ts';
import type { SenderInfo } from '../../../main/services/ipc/sender-policy.ts';
import type { EntriesOverview, EntriesPage, ProgressFigures } from '../../../shared/contract/channels.ts';
import { daysKept, smallWins, supportPerWeek } from '../../../shared/progress/progress-figures.ts';
import { promisesPerWeek, questionsPerWeek, trustByPartner } from '../../../shared/summary/chart-data.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { CATALOG } from '../../../shared/exercises/catalog.ts';
import { exerciseStatus, statusOf } from '../../../shared/exercises/progress.ts';
import { tallyChoices } from '../../../shared/exercises/tally.ts';
import { testPorts } from '../../support/test-ports.ts';
import { makeTempDir, removeDir } from './helpers.ts';

const TRUSTED: SenderInfo = { id: 1, url: 'mend://app/index.html#/home', isMainFrame: true };
const TODAY = '2026-11-21';
let dir: string;
let services: AppServices;

async function route<T>(channel: string, request: unknown): Promise<T> {
  const result = await services.route(channel, request, TRUSTED);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
  return result.value as T;
}
const save = (exerciseId: string, day: string, answers: Record<string, string>) => route<Entry>('entries:save', { exerciseId, day, answers });

beforeAll(async () => {
  dir = makeTempDir();
  // A clock a second further on at every reading, so "the entry worked on last" never ties on the millisecond.
  let tick = Date.parse(`${TODAY}T08:00:00.000Z`);
  const now = () => new Date((tick += 1000));
  services = createAppServices({ dataDir: dir, appOrigin: 'mend://app', ...testPorts(), now });
  await services.vault.create('entries channel passphrase');
  for (let i = 0; i < 30; i++) await save('promises-kept', addDays(TODAY, -i), { whatISaid: `promise ${i}`, kept: i % 3 ? 'kept' : 'not-kept' });
  await save('next-right-thing', addDays(TODAY, -1), { rightThing: 'Call at six' });
  await save('next-right-thing', TODAY, { rightThing: 'Be home by seven' });
  await save('owning-it', '2026-01-05', { whatIDid: 'An old letter, saved last' });
});

afterAll(() => {
  services.vault.lock();
  removeDir(dir);
});

describe('entries:list', () => {
  it('answers every entry at once when no limit is asked for, as before', async () => {
    const page = await route<EntriesPage>('entries:list', {});
    expect(page.entries).toHaveLength(33);
    expect(page.nextCursor).toBeNull();
    expect(page.entries).toEqual(services.vault.journal().list());
  });

  it('pages an exercise’s entries, newest first, each page continuing where the last stopped', async () => {
    const all = services.vault.journal().list('promises-kept');
    const first = await route<EntriesPage>('entries:list', { exerciseId: 'promises-kept', limit: 12 });
    const second = await route<EntriesPage>('entries:list', { exerciseId: 'promises-kept', limit: 12, cursor: first.nextCursor });
    const third = await route<EntriesPage>('entries:list', { exerciseId: 'promises-kept', limit: 12, cursor: second.nextCursor });
    expect(first.entries).toEqual(all.slice(0, 12));
    expect(second.entries).toEqual(all.slice(12, 24));
    expect(third.entries).toEqual(all.slice(24));
    expect(third.nextCursor).toBeNull();
  });

  it('answers the entries of some days only, both ends included, a page at a time too', async () => {
    const from = addDays(TODAY, -20);
    const to = addDays(TODAY, -5);
    const expected = services.vault.journal().list().filter((e) => e.day >= from && e.day <= to);
    expect(expected.length).toBeGreaterThan(10);
    expect((await route<EntriesPage>('entries:list', { from, to })).entries).toEqual(expected);
    const first = await route<EntriesPage>('entries:list', { from, to, limit: 10 });
    const rest = await route<EntriesPage>('entries:list', { from, to, limit: 10, cursor: first.nextCursor });
    expect([...first.entries, ...rest.entries]).toEqual(expected);
    expect((await route<EntriesPage>('entries:list', { exerciseId: 'promises-kept', from: TODAY })).entries.map((e) => e.day)).toEqual([TODAY]);
  });

  it('refuses a cursor that is not one it gave', async () => {
    const result = await services.route('entries:list', { limit: 5, cursor: '../../etc' }, TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('entries:overview', () => {
  it('gives home every exercise’s status as computed from all the entries, without sending them', async () => {
    const overview = await route<EntriesOverview>('entries:overview', { today: TODAY });
    const all = services.vault.journal().list();
    expect(overview.exercises.map((d) => d.exerciseId)).toEqual(CATALOG.map((e) => e.id));
    for (const exercise of CATALOG) {
      const digest = overview.exercises.find((d) => d.exerciseId === exercise.id)!;
      expect(statusOf(exercise, digest)).toEqual(exerciseStatus(exercise, all, TODAY));
    }
    // At most three entries per exercise, not the 33.
    const sent = overview.exercises.flatMap((d) => [d.lastWorkedOn, d.current, d.previous]).filter(Boolean);
    expect(new Set(sent.map((e) => e!.id)).size).toBeLessThanOrEqual(CATALOG.length * 3);
    expect(overview.exercises.find((d) => d.exerciseId === 'next-right-thing')).toMatchObject({
      count: 2,
      current: { day: TODAY },
      previous: { day: addDays(TODAY, -1) },
    });
  });

  it('names the entry worked on last as where the user left off, whatever its day', async () => {
    const overview = await route<EntriesOverview>('entries:overview', { today: TODAY });
    expect(overview.leftOff).toMatchObject({ exerciseId: 'owning-it', day: '2026-01-05' });
  });

  it('counts a log’s tallies over every entry, for one exercise', async () => {
    const overview = await route<EntriesOverview>('entries:overview', { today: TODAY, exerciseId: 'promises-kept' });
    expect(overview.exercises).toHaveLength(1);
    const [digest] = overview.exercises;
    const exercise = CATALOG.find((e) => e.id === 'promises-kept')!;
    const expected = tallyChoices(exercise, services.vault.journal().list());
    expect(digest!.count).toBe(30);
    expect(digest!.tallies).toEqual(expected.map((t) => ({ fieldId: t.field.id, counts: Object.fromEntries(t.counts.map((c) => [c.value, c.count])) })));
    expect(digest!.tallies[0]!.counts).toMatchObject({ kept: 20, 'not-kept': 10 });
    expect(overview.leftOff).toBeNull();
  });
});

describe('progress:figures', () => {
  it('are the figures the progress screen made from every entry, without sending them', async () => {
    const all = services.vault.journal().list();
    const figures = await route<ProgressFigures>('progress:figures', { today: TODAY });
    expect(figures).toEqual({
      entryCount: all.length,
      week: daysKept(all, TODAY, 7),
      month: daysKept(all, TODAY, 30),
      promises: promisesPerWeek(all),
      trust: trustByPartner(all),
      questions: questionsPerWeek(all),
      support: supportPerWeek(all),
      wins: smallWins(all).slice(0, 8),
    });
    expect(figures.promises.length).toBeGreaterThan(1);
  });

  it('stop with locked if the workbook is locked while they are worked out', async () => {
    const pending = services.route('progress:figures', { today: TODAY }, TRUSTED);
    services.vault.lock();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'locked' } });
    await services.vault.unlock('entries channel passphrase');
  });
});
