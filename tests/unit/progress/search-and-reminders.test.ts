// Search over entries, and the reminder schedule and its words.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain/entry.ts';
import { searchEntries } from '../../../shared/search/search-entries.ts';
import { EntrySearch } from '../../../main/services/search/entry-search.ts';
import { remindersDue } from '../../../main/services/reminders/reminder-schedule.ts';
import { REMINDER_BODY, REMINDER_TITLE, ReminderRunner } from '../../../main/services/reminders/reminder-runner.ts';
import { DEFAULT_PREFERENCES } from '../../../main/services/settings/preferences-port.ts';
import type { Preferences } from '../../../shared/contract/channels.ts';

let n = 0;
const entry = (exerciseId: string, day: string, answers: Entry['answers']): Entry => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, exerciseId, day, answers, visibility: 'private', createdAt: `${day}T10:00:00.000Z`, updatedAt: `${day}T10:00:00.000Z`,
});

describe('search', () => {
  const entries = [
    entry('owning-it', '2026-11-01', { whatIDid: 'I lied about the Friday meetings.', whatItCost: 'Your TRUST in my word.' }),
    entry('same-question-again', '2026-11-05', { theQuestion: 'Were you at the meeting on Friday?' }),
    entry('rebuilding-agreement', '2026-11-06', { commitments: [{ who: 'i-will', commitment: 'Share my calendar every Friday' }] }),
  ];

  it('finds every word, any case, newest first, with the field and a snippet', () => {
    const hits = searchEntries(entries, 'friday');
    expect(hits.map((h) => h.exerciseId)).toEqual(['rebuilding-agreement', 'same-question-again', 'owning-it']);
    expect(hits[2]).toMatchObject({ fieldLabel: 'What I did', snippet: { before: 'I lied about the ', match: 'Friday', after: ' meetings.' } });
    expect(searchEntries(entries, 'trust word').map((h) => h.exerciseId)).toEqual(['owning-it']);
    expect(searchEntries(entries, 'friday unicorn')).toEqual([]);
    expect(searchEntries(entries, '   ')).toEqual([]);
  });

  it('searches list rows as they read, and keeps long snippets short', () => {
    expect(searchEntries(entries, 'calendar')[0]).toMatchObject({ fieldLabel: 'Our commitments' });
    const long = entry('owning-it', '2026-11-07', { whatIDid: `${'a '.repeat(200)}needle${' b'.repeat(200)}` });
    const hit = searchEntries([long], 'needle')[0]!;
    expect(hit.snippet.before.startsWith('…')).toBe(true);
    expect(hit.snippet.after.endsWith('…')).toBe(true);
    expect(hit.snippet.before.length + hit.snippet.after.length).toBeLessThan(130);
  });

  it('the cached search sees an edited entry (a new object), not the old text', async () => {
    const search = new EntrySearch();
    expect(await search.search(entries, 'meetings')).toHaveLength(1);
    const edited = { ...entries[0]!, answers: { whatIDid: 'I hid the phone.' } };
    expect(await search.search([edited, entries[1]!, entries[2]!], 'meetings')).toHaveLength(0);
  });
});

describe('reminders', () => {
  const on: Preferences['reminders'] = { enabled: true, morning: '08:30', evening: '21:00', weeklyDay: 0, weeklyTime: '19:00' };
  const local = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min);

  it('fall at the chosen local times, the weekly one on its day', () => {
    const due = remindersDue(on, local(2026, 11, 21, 8, 0), local(2026, 11, 22, 20, 0)); // Saturday 08:00 to Sunday 20:00
    expect(due.map((d) => [d.kind, d.at.getDate(), d.at.getHours(), d.at.getMinutes()])).toEqual([
      ['morning', 21, 8, 30],
      ['evening', 21, 21, 0],
      ['morning', 22, 8, 30],
      ['weekly', 22, 19, 0],
    ]);
  });

  it('none when off, and none twice for one window', () => {
    expect(remindersDue({ ...on, enabled: false }, local(2026, 11, 21, 0), local(2026, 11, 22, 0))).toEqual([]);
    expect(remindersDue(on, local(2026, 11, 21, 8, 30), local(2026, 11, 21, 9, 0))).toEqual([]);
  });

  it('the notification says only the neutral words, once per check', () => {
    let now = local(2026, 11, 21, 8, 29);
    const shown: [string, string][] = [];
    const prefs = { read: () => ({ ...DEFAULT_PREFERENCES, reminders: on }), write: () => undefined };
    const runner = new ReminderRunner(prefs, { show: (title, body) => shown.push([title, body]) }, () => now);
    runner.tick();
    expect(shown).toEqual([]);
    now = local(2026, 11, 21, 8, 31);
    runner.tick();
    runner.tick();
    expect(shown).toEqual([[REMINDER_TITLE, REMINDER_BODY]]);
    expect(`${REMINDER_TITLE} ${REMINDER_BODY}`).toBe('Mend Time for your workbook');
  });

  it('after a long sleep, old reminders are not all shown late', () => {
    let now = local(2026, 11, 18, 9, 0);
    const shown: string[] = [];
    const runner = new ReminderRunner({ read: () => ({ ...DEFAULT_PREFERENCES, reminders: on }), write: () => undefined }, { show: (_t, b) => shown.push(b) }, () => now);
    now = local(2026, 11, 21, 10, 0);
    runner.tick();
    expect(shown).toEqual([]);
  });
});
