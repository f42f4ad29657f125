// How the checker reads the structure of a sentence (shared/apology/reading.ts and
// sentence-checker.ts), pinned with sentences written for this test, not taken from
// the corpus: a claim the writer reports is not the writer owning anything, the writer
// acting answers an act told as an event, a shrinking measure is not a negation,
// "more than" reverses a small word, and fillers inside a phrase do not hide it.
import { describe, expect, it } from 'vitest';
import { compromiseTagger } from '../../../shared/apology/compromise-tagger.ts';
import { checkApology } from '../../../shared/apology/excuse-checker.ts';
import { assertedText, ownsWrongAct, read, saidOfOthers, simplified, writerActs } from '../../../shared/apology/reading.ts';

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

describe('reading a sentence (third widening)', () => {
  const plain = (s: string) => read(simplified(compromiseTagger(s))).text;

  it('reads the plainest tense: a perfect "had" after a subject dropped (kept before a negator), hedges left out', () => {
    expect(plain("She'd kept on at me for weeks.")).toBe('she kept on at me for weeks');
    expect(plain("We'd basically drifted apart.")).toBe('we drifted apart');
    expect(plain("I hadn't told you.")).toBe('i had not told you');
    expect(plain("I'd had a few drinks.")).toBe('i had a few drinks');
  });

  it('reads a contracted "would" before a bare verb even in a long sentence', () => {
    expect(reading("You'd roll your eyes every time I tried to talk about how I felt.").text).toMatch(/^you would roll/u);
  });

  it("knows whose intention a phrase is: the writer's or the partner's", () => {
    const r = reading('You were working nights to keep us afloat.');
    const m = { from: r.tokens.findIndex((t) => t.word === 'to'), to: r.tokens.length };
    expect(saidOfOthers(r, m)).toBe(true);
    const mine = reading('I was working nights to keep us afloat.');
    expect(saidOfOthers(mine, { from: mine.tokens.findIndex((t) => t.word === 'to'), to: mine.tokens.length })).toBe(false);
  });

  it("counts a wrong act owned, not one told as the consequence of the partner's conduct", () => {
    expect(ownsWrongAct(reading("You weren't cold to me; I made myself distant."))).toBe(true);
    expect(ownsWrongAct(reading('You were cold to me, so I went looking elsewhere.'))).toBe(false);
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

  it("reads the partner's habit or lack as the cause placed in them, and leaves their good habits and their hurt alone", () => {
    expect(kinds('You would sulk for days whenever I went out.')).toEqual(['partner-conduct']);
    expect(kinds("You hadn't kissed me since the spring.")).toEqual(['partner-conduct']);
    expect(kinds('You always made time for me, and I still lied.')).toEqual([]);
    expect(kinds("You barely ate for a month because of what I'd done.")).toEqual([]);
    expect(kinds("You didn't make me do any of it.")).toEqual([]);
  });

  it('reads the partner in the third person: pressure on her, reversed by a "not"', () => {
    expect(kinds("He'll have to forgive me eventually.")).toContain('pressure');
    expect(kinds("It doesn't mean he has to forgive me.")).toEqual([]);
  });

  it('lets a "but" after any owning up take it back, unless it adds what the writer will do', () => {
    expect(kinds("I own it, but you weren't easy to live with.")).toContain('takes-back');
    expect(kinds('I take responsibility, but I will not ask you to hurry.')).toEqual([]);
  });

  it('does not read a comparison that sets the writer apart as one that makes the act ordinary', () => {
    expect(kinds('Lots of people are lonely without cheating, and I cheated.')).toEqual([]);
    expect(kinds('Loads of couples go through this, it happens all the time.')).toContain('comparison');
  });
});
