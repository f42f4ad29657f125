// How the checker reads the structure of a sentence (shared/apology/reading.ts and
// sentence-checker.ts), pinned with sentences written for this test, not taken from
// the corpus: a claim the writer reports is not the writer owning anything, the writer
// acting answers an act told as an event, a shrinking measure is not a negation,
// "more than" reverses a small word, and fillers inside a phrase do not hide it.
import { describe, expect, it } from 'vitest';
import { compromiseTagger } from '../../../shared/apology/compromise-tagger.ts';
import { checkApology } from '../../../shared/apology/excuse-checker.ts';
import { assertedText, read, writerActs } from '../../../shared/apology/reading.ts';

const reading = (s: string) => read(compromiseTagger(s));
const kinds = (s: string) => checkApology(s).map((f) => f.kind);

describe('reading a sentence', () => {
  it('leaves out the claim a reporting verb introduces, not the rest of the sentence', () => {
    expect(assertedText(reading("I told you I'd stopped gambling, and I hadn't."))).toBe('i told you , and i had not');
    expect(assertedText(reading('I said sorry and I meant it.'))).toBe('i said sorry and i meant it');
  });

  it('knows when the writer is the one acting, and when they only felt or were', () => {
    expect(writerActs(reading('The affair began when I invited him round.'))).toBe(true);
    expect(writerActs(reading('It escalated and I let it.'))).toBe(true);
    expect(writerActs(reading('It all snowballed and I was scared.'))).toBe(false);
    expect(writerActs(reading('It just happened, and I regret it.'))).toBe(false);
    expect(writerActs(reading('I did not mean for it to go that far.'))).toBe(false);
  });
});

describe('the checker on structure', () => {
  it('does not take a reported promise as the writer owning anything', () => {
    expect(kinds("I never said I'd quit completely, I said I'd cut back.")).toContain('technicality');
    expect(kinds("I promised I'd stopped seeing him, and that was a lie.")).toEqual([]);
  });

  it('reads an agentless event as passive only when the writer does not act in the sentence', () => {
    expect(kinds('The flirting gradually turned into something more.')).toContain('passive');
    expect(kinds('The flirting turned into something more because I kept replying.')).toEqual([]);
    expect(kinds('It happened over the summer, and I know it still hurts you.')).toEqual([]);
  });

  it('keeps a shrinking measure, and lets "more than" reverse a small word', () => {
    expect(kinds('It was never more than a couple of drinks with her.')).toContain('minimising');
    expect(kinds('It was much more than a bit of fun, and I knew it.')).toEqual([]);
  });

  it('finds a phrase with a filler inside it', () => {
    expect(kinds("It honestly didn't mean anything to me.")).toContain('minimising');
  });

  it('lets a "so I have…" clause of repair answer a cause named as an object', () => {
    expect(kinds("I lied about my gambling, so I've joined a group and given you the statements.")).toEqual([]);
  });

  it('reads "you did this, so I did that" as the cause placed in the partner, unless the partner only asked or found out', () => {
    expect(kinds('You stopped asking about my day, so in the end I talked to her instead.')).toEqual(['partner-conduct']);
    expect(kinds('You asked me where I had been, so I told you the truth at last.')).toEqual([]);
    expect(kinds('You found the receipts, so I lied again.')).toEqual([]);
  });

  it('does not read a comparison that sets the writer apart as one that makes the act ordinary', () => {
    expect(kinds('Lots of people are lonely without cheating, and I cheated.')).toEqual([]);
    expect(kinds('Loads of couples go through this, it happens all the time.')).toContain('comparison');
  });
});
