// Every advice point is used by some exercise, and every citation names a real point.
import { describe, expect, it } from 'vitest';
import { ADVICE_POINTS, isAdviceId } from '../../../shared/advice/advice-points.ts';
import { CATALOG } from '../../../shared/exercises/catalog.ts';

const cited = new Set<string>(CATALOG.flatMap((e) => e.advice));

describe('advice coverage', () => {
  it('has the 31 advice points S0.1–S0.10, S1.1–S1.10 and S2.1–S2.11', () => {
    const expected = [
      ...Array.from({ length: 10 }, (_, i) => `S0.${i + 1}`),
      ...Array.from({ length: 10 }, (_, i) => `S1.${i + 1}`),
      ...Array.from({ length: 11 }, (_, i) => `S2.${i + 1}`),
    ];
    expect(ADVICE_POINTS.map((p) => p.id)).toEqual(expected);
  });

  it.each(ADVICE_POINTS.map((p) => p.id))('%s is cited by at least one exercise', (id) => {
    expect(cited.has(id), `no exercise cites ${id}`).toBe(true);
  });

  it.each(CATALOG.map((e) => [e.id, e] as const))('%s cites at least one advice point, each of them real and once', (_id, exercise) => {
    expect(exercise.advice.length).toBeGreaterThan(0);
    for (const id of exercise.advice) expect(isAdviceId(id), `unknown advice id ${id}`).toBe(true);
    expect(new Set(exercise.advice).size).toBe(exercise.advice.length);
  });
});
