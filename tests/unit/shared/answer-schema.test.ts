// Answer schemas built from the exercise data: drafts, limits, completeness.
import { describe, expect, it } from 'vitest';
import {
  exerciseDraftSchema,
  isAnswered,
  isStepComplete,
  missingRequired,
  stepDraftSchema,
  TEXT_LIMITS,
} from '../../../shared/exercises/answer-schema.ts';
import { nextRightThing } from '../../../shared/exercises/next-right-thing.ts';
import { owningIt } from '../../../shared/exercises/owning-it.ts';

const [commit, followUp] = nextRightThing.steps;
const [letter] = owningIt.steps;

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message ?? '';

describe('stepDraftSchema', () => {
  it('accepts empty and partial drafts', () => {
    expect(stepDraftSchema(commit).safeParse({}).success).toBe(true);
    expect(stepDraftSchema(commit).safeParse({ rightThing: 'Call at six' }).success).toBe(true);
    expect(stepDraftSchema(commit).safeParse({ wrongThing: 'No checking their phone' }).success).toBe(true);
    expect(stepDraftSchema(followUp).safeParse({ didI: '' }).success).toBe(true);
    expect(stepDraftSchema(letter).safeParse({ whatIDid: 'I lied.', whatIAsk: '' }).success).toBe(true);
  });

  it('rejects unknown keys, including fields that belong to another step or exercise', () => {
    expect(stepDraftSchema(commit).safeParse({ rightThing: 'x', bogus: 'y' }).success).toBe(false);
    expect(stepDraftSchema(commit).safeParse({ didI: 'yes' }).success).toBe(false);
    expect(stepDraftSchema(commit).safeParse({ whatIDid: 'x' }).success).toBe(false);
    expect(stepDraftSchema(letter).safeParse(JSON.parse('{"__proto__":"x"}')).success).toBe(false);
  });

  it('rejects values that are not strings', () => {
    expect(stepDraftSchema(commit).safeParse({ rightThing: 5 }).success).toBe(false);
    expect(stepDraftSchema(commit).safeParse({ rightThing: null }).success).toBe(false);
    expect(stepDraftSchema(letter).safeParse({ whatIDid: ['a'] }).success).toBe(false);
  });

  it('enforces the short-text limit (500) with a message naming it', () => {
    expect(TEXT_LIMITS['short-text']).toBe(500);
    expect(stepDraftSchema(commit).safeParse({ rightThing: 'a'.repeat(500) }).success).toBe(true);
    const result = stepDraftSchema(commit).safeParse({ rightThing: 'a'.repeat(501) });
    expect(result.success).toBe(false);
    expect(firstMessage(result)).toContain('500 characters');
  });

  it('enforces the long-text limit (20,000) with a message naming it', () => {
    expect(TEXT_LIMITS['long-text']).toBe(20_000);
    expect(stepDraftSchema(letter).safeParse({ whatItCost: 'a'.repeat(20_000) }).success).toBe(true);
    const result = stepDraftSchema(letter).safeParse({ whatItCost: 'a'.repeat(20_001) });
    expect(result.success).toBe(false);
    expect(firstMessage(result)).toContain('20,000 characters');
    const longFollowUp = stepDraftSchema(followUp).safeParse({ whatHelped: 'a'.repeat(20_001) });
    expect(firstMessage(longFollowUp)).toContain('20,000');
  });

  it('accepts only the offered choices (or "" for not answered yet), naming the question otherwise', () => {
    for (const value of ['', 'yes', 'partly', 'not-today']) {
      expect(stepDraftSchema(followUp).safeParse({ didI: value }).success).toBe(true);
    }
    for (const value of ['maybe', 'Yes', ' yes']) {
      const result = stepDraftSchema(followUp).safeParse({ didI: value });
      expect(result.success).toBe(false);
      expect(firstMessage(result)).toContain('Did I?');
    }
  });
});

describe('exerciseDraftSchema', () => {
  it('accepts the fields of every step of the exercise together, and nothing else', () => {
    const schema = exerciseDraftSchema(nextRightThing);
    expect(schema.safeParse({ rightThing: 'a', wrongThing: 'b', didI: 'yes', whatHelped: 'c' }).success).toBe(true);
    expect(schema.safeParse({ rightThing: 'a', whatIDid: 'b' }).success).toBe(false);
  });
});

describe('isAnswered, isStepComplete and missingRequired', () => {
  it('do not count empty or whitespace-only answers as answered', () => {
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered('')).toBe(false);
    expect(isAnswered('   \n\t ')).toBe(false);
    expect(isAnswered('\u00a0\u2003')).toBe(false);
    expect(isAnswered(' x ')).toBe(true);
  });

  it('next-right-thing commit step: done once rightThing is answered (wrongThing is optional)', () => {
    expect(isStepComplete(commit, {})).toBe(false);
    expect(missingRequired(commit, {}).map((f) => f.id)).toEqual(['rightThing']);
    expect(isStepComplete(commit, { rightThing: '   ', wrongThing: 'b' })).toBe(false);
    expect(missingRequired(commit, { rightThing: '   ' }).map((f) => f.id)).toEqual(['rightThing']);
    expect(isStepComplete(commit, { rightThing: 'Call at six' })).toBe(true);
    expect(missingRequired(commit, { rightThing: 'Call at six' })).toEqual([]);
  });

  it('next-right-thing follow-up step: didI "" is not an answer', () => {
    expect(isStepComplete(followUp, { didI: '' })).toBe(false);
    expect(missingRequired(followUp, { didI: '', whatHelped: 'x' }).map((f) => f.id)).toEqual(['didI']);
    expect(isStepComplete(followUp, { didI: 'partly' })).toBe(true);
  });

  it('owning-it letter: the three required parts, in order; whitespace does not count', () => {
    expect(missingRequired(letter, {}).map((f) => f.id)).toEqual(['whatIDid', 'whatItCost', 'whatIChanged']);
    const partial = { whatIDid: 'I lied.', whatItCost: ' \n ', whatIAsk: 'Read this.' };
    expect(isStepComplete(letter, partial)).toBe(false);
    expect(missingRequired(letter, partial).map((f) => f.id)).toEqual(['whatItCost', 'whatIChanged']);
    const complete = { whatIDid: 'I lied.', whatItCost: 'Your trust.', whatIChanged: 'I tell you where I am.' };
    expect(isStepComplete(letter, complete)).toBe(true);
    expect(missingRequired(letter, complete)).toEqual([]);
  });
});
