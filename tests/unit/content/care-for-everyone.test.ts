// Issue 17: the hurt partner's own home and what it says, the path for a partner
// who was abusive, the contact ladder's hold, what is Mend's own, and saved
// entries made by the earlier catalog still opening.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENDS_OWN } from '../../../shared/content/mends-own.ts';
import { NOTHING_IS_OWED, OWN_BEHAVIOUR_PATH } from '../../../shared/content/role-texts.ts';
import { RoleSchema } from '../../../shared/domain/profile.ts';
import { exerciseDraftSchema } from '../../../shared/exercises/answer-schema.ts';
import { CATALOG, findExercise, getExercise } from '../../../shared/exercises/catalog.ts';
import { offeredOptions } from '../../../shared/exercises/choice-options.ts';
import { ladderPace, pausedByPartner } from '../../../shared/exercises/ladder-pace.ts';
import { HELD_UNTIL_INVITED, homeListsFor, HURT_PARTNER_TRACK, isHeldFor } from '../../../shared/exercises/tracks.ts';
import before from './fixtures/catalog-before-care.json' with { type: 'json' };
import { GENDERED, PROMISES, texts } from './wording.ts';

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('the role question leads each person to their own home', () => {
  it('the hurt partner’s home shows their own track first, at least five exercises of it', () => {
    const home = homeListsFor('H');
    expect(ids(home.mine).slice(0, HURT_PARTNER_TRACK.length)).toEqual([...HURT_PARTNER_TRACK]);
    expect(HURT_PARTNER_TRACK.filter((id) => getExercise(id).number >= 18).length).toBeGreaterThanOrEqual(5);
    for (const id of HURT_PARTNER_TRACK) expect(getExercise(id).audience).toContain('H');
    expect(home.held).toEqual([]);
  });

  it('the partner who was abusive has a role of their own, and a home where reaching out is held apart', () => {
    expect(RoleSchema.parse('A')).toBe('A');
    const home = homeListsFor('A');
    expect(ids(home.held)).toEqual([...HELD_UNTIL_INVITED]);
    for (const id of HELD_UNTIL_INVITED) {
      expect(ids(home.mine)).not.toContain(id);
      expect(ids(home.others)).not.toContain(id);
    }
    expect(ids(home.mine).slice(0, 3)).toEqual(['support-i-lean-on', 'plan-for-a-slip', 'right-now']);
    expect(isHeldFor('A', 'rebuilding-contact')).toBe(true);
    for (const role of ['R', 'H', 'T'] as const) expect(isHeldFor(role, 'rebuilding-contact'), role).toBe(false);
  });

  it('every exercise appears exactly once on every home', () => {
    for (const role of ['R', 'H', 'T', 'A'] as const) {
      const home = homeListsFor(role);
      expect(ids([...home.mine, ...home.held, ...home.others]).sort(), role).toEqual(ids(CATALOG).sort());
    }
  });
});

describe('the contact ladder at the other partner’s pace', () => {
  it('“They said no” holds the next step, and says what to do instead', () => {
    const pace = ladderPace([{ step: 'a message', status: 'happened' }, { step: 'a call', status: 'said-no' }, { step: 'a coffee', status: 'not-yet' }]);
    expect(pace.reason).toBe('said-no');
    expect(pace.at).toBe(1);
    expect(pace.held).toEqual([2]);
    expect(pace.message).toMatch(/do not offer this step again, or any step after it/);
    expect(pace.whatToDo.join(' ')).toMatch(/Respecting their no is the work/);
  });

  it('“Not now” and an unanswered offer hold the next step too; a no anywhere outweighs them', () => {
    expect(ladderPace([{ status: 'not-now' }, { status: '' }]).held).toEqual([1]);
    expect(ladderPace([{ status: 'offered' }, { status: 'not-yet' }]).reason).toBe('waiting');
    expect(ladderPace([{ status: 'offered' }, { status: 'said-no' }, { status: 'not-yet' }]).reason).toBe('said-no');
  });

  it('a partner on another computer who asked for no contact pauses every step not yet taken; a no stays a no', () => {
    expect(pausedByPartner([{ status: 'happened' }, { status: 'offered' }, { status: 'said-no' }, { status: '' }, {}])).toEqual([1, 3, 4]);
    expect(pausedByPartner(undefined)).toEqual([]);
  });

  it('holds nothing when every answer so far is yes, or paused', () => {
    expect(ladderPace([{ status: 'happened' }, { status: 'paused' }, { status: 'not-yet' }])).toMatchObject({ reason: null, held: [] });
    expect(ladderPace(undefined).reason).toBeNull();
  });

  it('offers the new answers on the ladder, and has the form show the hold', () => {
    const status = getExercise('rebuilding-contact').steps[1]?.fields[0]?.itemFields?.find((f) => f.id === 'status');
    expect(status?.options?.map((o) => o.label)).toEqual(expect.arrayContaining(['They said no', 'Not now']));
    expect(getExercise('rebuilding-contact').steps[1]?.fields[0]?.feedback).toBe('ladder-pace');
  });
});

describe('entries saved by the earlier catalog', () => {
  it.each(Object.entries(before))('%s keeps every field id and every answer it offered', (exerciseId, fields) => {
    const exercise = findExercise(exerciseId);
    expect(exercise, exerciseId).toBeDefined();
    if (!exercise) return;
    const schema = exerciseDraftSchema(exercise);
    for (const [path, values] of Object.entries(fields)) {
      const [fieldId, itemId] = path.split('.') as [string, string | undefined];
      const field = exercise.steps.flatMap((s) => s.fields).find((f) => f.id === fieldId);
      expect(field, path).toBeDefined();
      for (const value of values) {
        const answers = itemId ? { [fieldId]: [{ [itemId]: value }] } : { [fieldId]: value };
        expect(schema.safeParse(answers).success, `${path} = ${value}`).toBe(true);
      }
    }
  });

  it('no longer offers a retired answer for a new entry, but still shows it where an entry chose it', () => {
    const who = getExercise('rebuilding-agreement').steps[0]?.fields[0]?.itemFields?.find((f) => f.id === 'who');
    if (!who) throw new Error('the agreement has no “who” column');
    expect(offeredOptions(who).map((o) => o.value)).toEqual(['i-will', 'we-will']);
    expect(offeredOptions(who, 'my-partner-will').map((o) => o.value)).toContain('my-partner-will');
  });
});

describe('what Mend says outside the exercises', () => {
  it('tells the hurt partner plainly that nothing is owed', () => {
    const said = NOTHING_IS_OWED.points.join(' ');
    expect(said).toMatch(/You owe nothing/);
    expect(said).toMatch(/Forgiveness is yours to give or not/);
    expect(said).toMatch(/Ending the relationship is a real choice/);
    expect(said).toMatch(/Mend works for you whichever you choose/);
  });

  it('says what changes for a partner who was abusive: individual help first, no contact not asked for, the ladder and letters held, programmes', () => {
    const said = texts(OWN_BEHAVIOUR_PATH, 'path').map(([, t]) => t).join(' ');
    expect(said).toMatch(/Individual help first/);
    expect(said).toMatch(/No contact they have not asked for/);
    expect(said).toMatch(/contact ladder, the apology letter and the exercises for two are held/);
    expect(said).toMatch(/Respect Phone Line/);
    expect(said).toMatch(/National Domestic Violence Hotline/);
  });

  it('keeps those texts, and the welcome, gender-neutral and free of promises', () => {
    const welcome = readFileSync(resolve(import.meta.dirname, '../../../renderer/src/screens/onboarding/WelcomeStep.tsx'), 'utf8');
    const all = [...texts(NOTHING_IS_OWED, 'owed'), ...texts(OWN_BEHAVIOUR_PATH, 'path'), ['welcome', welcome] as [string, string]];
    expect(all.filter(([path, t]) => path !== 'welcome' && GENDERED.test(t))).toEqual([]);
    expect(all.filter(([, t]) => PROMISES.some((p) => t.toLowerCase().includes(p)))).toEqual([]);
  });

  it('says for every exercise what of it is Mend’s own, and that the check-in and the agreement are', () => {
    for (const exercise of CATALOG) expect(MENDS_OWN[exercise.id]?.trim(), exercise.id).toBeTruthy();
    expect(Object.keys(MENDS_OWN).sort()).toEqual(ids(CATALOG).sort());
    expect(MENDS_OWN['weekly-check-in']).toMatch(/Mend’s own structure/);
    expect(MENDS_OWN['rebuilding-agreement']).toMatch(/Mend’s own structure/);
  });
});
