// The exercise catalog as data: the table of docs/PRODUCT.md, well-formed fields,
// and wording that stays gender-neutral and never promises an outcome.
import { describe, expect, it } from 'vitest';
import { exerciseDraftSchema } from '../../../shared/exercises/answer-schema.ts';
import { CATALOG } from '../../../shared/exercises/catalog.ts';
import type { Audience, Cadence, ExerciseDef, ExerciseKind, FieldDef } from '../../../shared/exercises/types.ts';

type Row = [number, string, ExerciseKind, Cadence, Audience[], string[]];

/** The catalog table of the product brief: number, id, kind, cadence, audience, advice. */
const TABLE: Row[] = [
  [1, 'where-i-stand', 'reflection', 'once', ['R'], ['S0.1', 'S2.1', 'S0.8']],
  [2, 'next-right-thing', 'daily-commitment', 'daily', ['R'], ['S0.2', 'S0.6', 'S0.7']],
  [3, 'promises-kept', 'running-log', 'log', ['R'], ['S0.7', 'S1.9', 'S2.6']],
  [4, 'small-steps', 'running-log', 'log', ['R', 'H', 'T'], ['S0.6', 'S2.8']],
  [5, 'forgiving-myself', 'letter', 'once', ['R'], ['S1.3', 'S0.9']],
  [6, 'through-their-eyes', 'reflection', 'once', ['R'], ['S1.2', 'S2.3', 'S1.8']],
  [7, 'owning-it', 'letter', 'once', ['R'], ['S1.4', 'S1.6', 'S2.10', 'S2.3']],
  [8, 'what-i-changed', 'plan', 'once', ['R'], ['S0.3', 'S1.1', 'S1.5', 'S2.2']],
  [9, 'ask-then-wait', 'running-log', 'log', ['R'], ['S1.7', 'S2.4', 'S2.5', 'S2.9']],
  [10, 'same-question-again', 'running-log', 'log', ['R', 'H'], ['S2.7', 'S1.8']],
  [11, 'rebuilding-contact', 'ladder', 'once', ['R', 'T'], ['S0.5', 'S2.9']],
  [12, 'support-i-lean-on', 'running-log', 'log', ['R'], ['S0.3', 'S0.4', 'S0.10']],
  [13, 'caring-for-myself', 'daily-check-in', 'daily', ['R', 'H'], ['S0.4', 'S0.9']],
  [14, 'faith-without-guarantees', 'reflection', 'once', ['R'], ['S0.8', 'S1.10', 'S2.11']],
  [15, 'what-i-need-to-feel-safe', 'reflection', 'once', ['H'], ['S1.7', 'S1.8', 'S2.4']],
  [16, 'weekly-check-in', 'check-in', 'weekly', ['T'], ['S2.6', 'S2.8', 'S0.7']],
  [17, 'rebuilding-agreement', 'agreement', 'once', ['T'], ['S1.5', 'S1.9', 'S2.2']],
  // The hurt partner's track.
  [18, 'what-i-have-noticed', 'running-log', 'log', ['H'], ['S2.4', 'S1.9', 'S2.3']],
  [19, 'my-questions', 'reflection', 'once', ['H'], ['S2.7', 'S1.2', 'S1.7']],
  [20, 'my-own-support', 'reflection', 'once', ['H'], ['S0.10', 'S0.4']],
  [21, 'deciding-at-my-own-pace', 'reflection', 'once', ['H'], ['S1.7', 'S0.8', 'S1.10', 'S2.4']],
  [22, 'when-it-comes-back', 'plan', 'once', ['H'], ['S1.8', 'S0.9', 'S0.4']],
  // For the rebuilding partner (and the partner who was abusive).
  [23, 'plan-for-a-slip', 'plan', 'once', ['R'], ['S1.10', 'S1.1', 'S0.3', 'S0.10']],
  [24, 'the-children', 'reflection', 'once', ['R'], ['S0.9', 'S0.7', 'S2.5']],
  [25, 'right-now', 'reflection', 'log', ['R', 'H'], ['S0.2', 'S0.10', 'S0.7']],
  [26, 'what-i-am-proud-of', 'running-log', 'log', ['R'], ['S0.1', 'S0.9', 'S0.6']],
  [27, 'saying-how-i-feel', 'running-log', 'log', ['R'], ['S0.7', 'S2.9', 'S2.5']],
  // Session preparation, one for each partner.
  [28, 'session-prep-rebuilding', 'reflection', 'log', ['R'], ['S0.3', 'S2.10', 'S0.4']],
  [29, 'session-prep-hurt', 'reflection', 'log', ['H'], ['S2.4', 'S0.4', 'S1.7']],
];

const FIELD_ID = /^[a-z][A-Za-z0-9]{0,63}$/;
const STEP_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const OPTION_VALUE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
import { GENDERED, PROMISES, texts } from './wording.ts';

const fieldsOf = (exercise: ExerciseDef): FieldDef[] => exercise.steps.flatMap((s) => s.fields);
const allFields = (exercise: ExerciseDef): FieldDef[] => fieldsOf(exercise).flatMap((f) => [f, ...(f.itemFields ?? [])]);


const cases = CATALOG.map((e) => [e.id, e] as const);

describe('the catalog', () => {
  it('has 29 exercises, numbered 1 to 29 in order, with unique ids', () => {
    expect(CATALOG.map((e) => e.number)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(new Set(CATALOG.map((e) => e.id)).size).toBe(CATALOG.length);
  });

  it('matches the table of the product brief (id, kind, cadence, audience, advice)', () => {
    expect(CATALOG.map((e) => [e.number, e.id, e.kind, e.cadence, [...e.audience], [...e.advice]])).toEqual(TABLE);
  });
});

describe.each(cases)('%s', (_id, exercise) => {
  it('has a title, a summary, a reason it helps, and at least one step with fields', () => {
    expect(exercise.title.trim()).not.toBe('');
    expect(exercise.summary.trim()).not.toBe('');
    expect(exercise.whyItHelps.trim()).not.toBe('');
    expect(exercise.steps.length).toBeGreaterThan(0);
    for (const step of exercise.steps) expect(step.fields.length, step.id).toBeGreaterThan(0);
  });

  it('has unique, well-formed step ids, and showAfter names an earlier step', () => {
    const ids = exercise.steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    exercise.steps.forEach((step, index) => {
      expect(step.id).toMatch(STEP_ID);
      if (step.showAfter !== undefined) expect(ids.slice(0, index), `${step.id}.showAfter`).toContain(step.showAfter);
    });
  });

  it('has unique camelCase field ids across all its steps, and within each list row', () => {
    const ids = fieldsOf(exercise).map((f) => f.id);
    expect(new Set(ids).size, `duplicate field id in ${ids.join(', ')}`).toBe(ids.length);
    for (const field of allFields(exercise)) expect(field.id).toMatch(FIELD_ID);
    for (const field of fieldsOf(exercise)) {
      const items = (field.itemFields ?? []).map((f) => f.id);
      expect(new Set(items).size, field.id).toBe(items.length);
    }
  });

  it('offers at least two choices with unique values for every choice field', () => {
    for (const field of allFields(exercise).filter((f) => f.type === 'choice')) {
      const values = (field.options ?? []).map((o) => o.value);
      expect(values.length, field.id).toBeGreaterThanOrEqual(2);
      expect(new Set(values).size, field.id).toBe(values.length);
      for (const value of values) expect(value).toMatch(OPTION_VALUE);
    }
  });

  it('labels both ends of every scale', () => {
    for (const field of allFields(exercise).filter((f) => f.type === 'scale')) {
      expect(field.scaleLabels?.low.trim(), field.id).toBeTruthy();
      expect(field.scaleLabels?.high.trim(), field.id).toBeTruthy();
    }
  });

  it('gives every list text or choice columns, a row name and a limit', () => {
    for (const field of fieldsOf(exercise).filter((f) => f.type === 'list')) {
      expect(field.itemFields?.length, field.id).toBeGreaterThan(0);
      for (const item of field.itemFields ?? []) expect(['short-text', 'long-text', 'choice'], `${field.id}.${item.id}`).toContain(item.type);
      expect(field.itemName?.trim(), field.id).toBeTruthy();
      expect(Number.isInteger(field.maxItems) && (field.maxItems ?? 0) > 0, `${field.id}.maxItems`).toBe(true);
    }
  });

  it('gives every text and list field ruled lines for the printed worksheet', () => {
    for (const field of fieldsOf(exercise).filter((f) => ['short-text', 'long-text', 'list'].includes(f.type))) {
      expect(field.printLines, field.id).toBeGreaterThan(0);
    }
  });

  it('uses signatures only in an agreement', () => {
    const signatures = allFields(exercise).filter((f) => f.type === 'signature');
    if (exercise.kind !== 'agreement') expect(signatures.map((f) => f.id)).toEqual([]);
  });

  it('has at least one required field (the check-in none: no number and no word is owed; the week’s entry is the check-in)', () => {
    expect(fieldsOf(exercise).some((f) => f.required)).toBe(exercise.id !== 'weekly-check-in');
  });

  it('accepts an empty draft', () => {
    expect(exerciseDraftSchema(exercise).safeParse({}).success).toBe(true);
  });

  it('never uses a gendered pronoun', () => {
    const found = texts(exercise, exercise.id).filter(([, text]) => GENDERED.test(text));
    expect(found).toEqual([]);
  });

  it('never promises an outcome', () => {
    const found = texts(exercise, exercise.id).filter(([, text]) => PROMISES.some((p) => text.toLowerCase().includes(p)));
    expect(found).toEqual([]);
  });
});

describe('the wording checks themselves', () => {
  it('refuse the promising phrases the counselor read found, wherever they appear', () => {
    for (const phrase of ['Trust comes back through what you do', 'not a sign that nothing is working', 'it is often what rebuilding trust looks like', 'is believed, and it lasts', 'for as long as it takes', 'everyone has moments of weakness']) {
      expect(PROMISES.some((p) => phrase.toLowerCase().includes(p)), phrase).toBe(true);
    }
  });

  it('catch a gendered pronoun as a whole word only', () => {
    expect(GENDERED.test('Tell Her what you did.')).toBe(true);
    expect(GENDERED.test('Ask whether they are ready; there is no hurry.')).toBe(false);
  });

  it('find strings anywhere in an exercise', () => {
    expect(texts({ steps: [{ fields: [{ options: [{ label: 'x' }] }] }] }, 'e')).toEqual([['e.steps[0].fields[0].options[0].label', 'x']]);
  });
});
