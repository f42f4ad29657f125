import { describe, it, expect } from 'vitest';
import { checkApology, checkApologyWithin, sentencesRead, type ApologyFinding, type ApologyFindingKind } from '../../../shared/apology/excuse-checker.ts';
import { MAX_SENTENCE_CHARS } from '../../../shared/apology/letter-checker.ts';

// Each sentence gets a note whose first finding is of this kind, on these words as written.
// (The sentence checker may add a second note: "I am sorry, But I needed attention." also names the need.)
const FLAGGED: [sentence: string, kind: ApologyFindingKind, phrase: string][] = [
  ["I am sorry, But I needed attention.", "takes-back", "But"],
  ["I only texted them a few times.", "minimising", "I only texted"],
  ["I   only  did it that   way once.", "minimising", "I   only  did"],
  ["It was only once.", "minimising", "only once"],
  ["It was only a kiss.", "minimising", "only a"],
  ["It was just a bit of flirting.", "minimising", "just a bit"],
  ["We met up just once.", "minimising", "just once"],
  ["It was a little mistake that got out of hand.", "minimising", "little mistake"],
  ["I made one small mistake.", "minimising", "small mistake"],
  ["It was a tiny lie.", "minimising", "tiny lie"],
  ["Honestly, it's not a big deal.", "minimising", "not a big deal"],
  ["It's not that bad when you look at it calmly.", "minimising", "not that bad"],
  ["What I did wasn't that bad.", "minimising", "wasn't that bad"],
  ["It just happened.", "excuse", "It just happened"],
  ["If you hadn't stopped talking to me, I wouldn't have looked elsewhere.", "blame", "If you hadn't"],
  ["If you had not been so distant, none of this would have started.", "blame", "If you had"],
  ["If you didn't work so late, I would have been home.", "blame", "If you didn't"],
  ["I did it because you were never home.", "blame", "because you were"],
  ["You made me feel invisible.", "blame", "You made me"],
  ["You drove me to it.", "blame", "You drove me"],
  ["I never meant to hurt you.", "intentions", "I never meant to"],
  ["I didn’t mean for any of this to happen.", "intentions", "I didn’t mean for"],
  ["I am sorry if I hurt you.", "conditional", "sorry if"],
  ["I apologise if you were hurt by it.", "conditional", "apologise if"],
  ["I am sorry if you felt ignored.", "conditional", "sorry if"],
  ["Sorry if that came across badly.", "conditional", "Sorry if"],
  ["I'm sorry you feel that way.", "conditional", "sorry you feel"],
  ["I am sorry that you feel betrayed.", "conditional", "sorry that you feel"],
  ["I was drunk and did not think.", "cause", "I was drunk"],
  ["I was so stressed at work.", "cause", "I was so stressed"],
  ["I was tired and lonely.", "cause", "I was tired"],
  ["Everyone does this at some point.", "comparison", "Everyone does"],
  ["Everybody does something like this.", "comparison", "Everybody does"],
  ["Anyone would have done the same.", "comparison", "Anyone would have done"],
  ["At least I told you eventually.", "comparison", "At least I"],
  ["You always assume the worst.", "blame", "You always assume"],
  ["You never listen to me.", "blame", "You never listen"],
  ["It meant nothing to me.", "minimising", "meant nothing"],
  ["You need to move on.", "pressure", "need to move on"],
  ["Can we just move on?", "pressure", "Can we just move on"],
  ["It has been a year, please let it go.", "pressure", "It has been a year"],
  ["Get over it.", "pressure", "Get over it"],
  ["Can't you just get over it?", "pressure", "get over it"],
];

// Each sentence must produce no finding at all.
const CLEAN: string[] = [
  'I remember the butter cookies we baked together.',
  'I pressed the button to delete the messages so you would not see them.',
  'You deserve justice and honesty from me.',
  'You are the only person I want to be honest with.',
  "I did this and I'm sorry.",
  'What I did hurt you deeply.',
  'I have stopped drinking and see a counselor every week.',
  'I am not asking you to forgive me.',
  'I lied to you for months.',
  'I am telling you everything because you deserve the truth.',
  'You never deserved any of this.',
  'Anyone would be hurt by what I did.',
  'I have nothing but regret for the choices I made.',
  'I was tired of hiding, so I am telling you everything now.',
  'I cannot move on from what I did until I have been fully honest.',
  'You may need a long time to get over this, and I will be here.',
  'Only you can decide what happens next.',
  'I just want you to know the whole truth.',
  'I chose to break your trust, and that was wrong.',
  'There is no excuse for it.',
  // Describing the partner's hurt is not blaming them.
  'You stopped feeling safe in your own home.',
  'You were so hurt that you could not eat.',
];

// A second round, written after the rules' first version to see how they did on phrasing they
// had not met (they noted 7 of these 29 and 2 of the 10 accountable ones); the rules were then
// widened, so these are regression tests now, not a measure. The measure is the corpus test.
const SECOND_ROUND_NOTED: string[] = [
  "I want to say sorry for what happened.",
  "Looking back, we had drifted apart long before I met him.",
  "I was in a dark place and he made me feel seen.",
  "Honestly it was mostly talking.",
  "I never planned for it to become anything.",
  "You have to understand how hard that year was for me.",
  "I have said sorry so many times now.",
  "Can we please try to put it behind us before the wedding?",
  "I think we both need to take some responsibility.",
  "Some things were done that I regret.",
  "I'd never have looked at anyone else if things at home had been different.",
  "Everyone goes through a rough patch.",
  "I kept quiet so you wouldn't get hurt.",
  "I was not in my right mind back then.",
  "If I'm honest, the marriage had been over for a while before she came along.",
  "I suppose I hurt your feelings.",
  "There were faults on both sides.",
  "It was a moment of weakness, that's all.",
  "I've been punished enough for one mistake.",
  "You're blowing this out of proportion.",
  "I thought what you didn't know couldn't hurt you.",
  "She threw herself at me.",
  "I had no idea it would affect you this much.",
  "Let's not let this ruin everything we have built.",
  "I'll say it one more time: I am sorry, now can we drop it?",
  "Nobody's perfect, and I never claimed to be.",
  "I got swept up in the attention.",
  "I was lonely because you were always at your mother's.",
  "The kids deserve parents who get along, so I need you to try harder.",
];
const SECOND_ROUND_CLEAN: string[] = [
  "I was in a dark place, and I chose to lie rather than ask for help.",
  "I told you she meant nothing, and that was another way of hiding.",
  "I have been going through my old messages so I can answer you fully.",
  "When you ask me the same question again, I will answer it again.",
  "You were right to be suspicious.",
  "What I did was cruel, and I did it deliberately.",
  "I used the kids as an excuse to stay out late.",
  "I owe you an apology for the lies and for the way I treated you when you asked.",
  "I hope, one day, you will feel safe with me, and if you never do, I will understand.",
  "It was not a moment of weakness; it was a pattern I kept choosing.",
];

// A realistic letter that owns everything: not one note.
const OWNED_LETTER =
  'Dear Sam, I am writing this because you asked me to tell you everything, and you deserve to hear it from me. ' +
  'For eleven months I had an affair with a colleague. I told you I was working late on Tuesdays and Thursdays. I was not. ' +
  'I met her at her flat, and I lied to you every time you asked how work had been. When you found the hotel receipt, ' +
  'I told you it was for a client dinner. That was a lie too. I made you doubt yourself, and that may be the worst thing I did. ' +
  'You have been sleeping badly since then, and you flinch when my phone lights up. That is because of me. ' +
  'I have ended it with her and I have told my manager I need to change teams. I am seeing a counsellor on Mondays, ' +
  'and I will tell you what I learn there if you want to know. I am not asking you to forgive me, and I am not asking ' +
  'for a date when things will be normal again. If you want me to sleep in the spare room, I will. If you have questions, ' +
  'at any hour, I will answer them as honestly as I can. I know sorry is a small word next to what I did. I am sorry. ' +
  'Whatever you decide, I will respect it. You do not have to reply.';

// Every finding slices back to its phrase, sits inside its sentence, and findings are sorted and never overlap.
const assertWellFormed = (text: string, findings: ApologyFinding[]): void => {
  const problems: string[] = [];
  for (const [i, f] of findings.entries()) {
    if (text.slice(f.start, f.end) !== f.phrase) problems.push(`#${i} slice differs from ${JSON.stringify(f.phrase)}`);
    if (f.end <= f.start) problems.push(`#${i} is empty`);
    if (f.start < f.sentenceStart || f.end > f.sentenceEnd) problems.push(`#${i} is outside its sentence`);
    const prev = findings[i - 1];
    if (prev && f.start < prev.end) problems.push(`#${i} overlaps or precedes #${i - 1}`);
  }
  expect(problems).toEqual([]);
};

const kinds = (text: string, mode?: Parameters<typeof checkApology>[1]) => checkApology(text, mode).map((f) => [f.kind, f.phrase]);

describe('checkApology', () => {
  it('has a table of the promised size', () => {
    expect(FLAGGED.length).toBeGreaterThanOrEqual(40);
    expect(CLEAN.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FLAGGED)('notes %j as %s (%j)', (sentence, kind, phrase) => {
    const findings = checkApology(sentence);
    expect(findings.map((f) => [f.kind, f.phrase])[0]).toEqual([kind, phrase]);
    assertWellFormed(sentence, findings);
  });

  it.each(CLEAN)('leaves %j alone', (sentence) => {
    expect(checkApology(sentence)).toEqual([]);
  });

  it.each(SECOND_ROUND_NOTED)('notes %j (second round)', (sentence) => {
    expect(checkApology(sentence).length).toBeGreaterThan(0);
  });

  it.each(SECOND_ROUND_CLEAN)('leaves %j alone (second round)', (sentence) => {
    expect(checkApology(sentence)).toEqual([]);
  });

  it('leaves a realistic letter that owns what it says without a single note', () => {
    expect(OWNED_LETTER.split(/(?<=[.?!]) /u).length).toBeGreaterThan(15);
    expect(checkApology(OWNED_LETTER)).toEqual([]);
  });

  it('reports positions that slice back to the phrase, with the sentence they are in', () => {
    const text = 'Dear love,\n\nI was drunk. It meant nothing.';
    const findings = checkApology(text);
    expect(findings.map((f) => [f.start, f.end, f.sentenceStart, f.sentenceEnd])).toEqual([
      [12, 23, 12, 24],
      [28, 41, 25, 42],
    ]);
    assertWellFormed(text, findings);
  });

  it('returns sorted, non-overlapping notes for a paragraph, one sentence at a time', () => {
    const text =
      "I'm sorry, but it was only a kiss and it meant nothing. I was drunk, and if you hadn't been away so much " +
      'it never would have happened. I am sorry if I hurt you. You need to get over it.';
    const findings = checkApology(text);
    expect(findings.map((f) => f.kind)).toEqual(['takes-back', 'minimising', 'cause', 'blame', 'conditional', 'pressure']);
    assertWellFormed(text, findings);
  });

  it('lets a negator reverse a phrase in its clause', () => {
    expect(kinds('It was a small slip.')).toEqual([['minimising', 'small slip']]);
    expect(kinds('This was no small slip.')).toEqual([]);
    expect(kinds('It was not a little mistake, and I will not call it one.')).toEqual([]);
    // Outside the negator's clause the phrase counts again.
    expect(kinds('I did not hide it, but it was a small slip.').map(([k]) => k)).toContain('minimising');
  });

  it('tells a "but" that takes the apology back from one that adds a commitment', () => {
    expect(kinds('I lied to you, but you were not easy to live with.')[0]).toEqual(['takes-back', 'but']);
    expect(kinds('I lied to you, but I will answer every question you ask.')).toEqual([]);
    expect(kinds('I cannot undo it, but from now on you will know where I am.')).toEqual([]);
  });

  it('asks whether a sentence that names a cause also owns the choice, rather than calling it an excuse', () => {
    const [finding] = checkApology('I had been drinking all night.');
    expect(finding?.kind).toBe('cause');
    expect(finding?.note).toMatch(/honest/);
    expect(finding?.note).toMatch(/\?$/);
    expect(finding?.note).not.toMatch(/excuse/i);
    expect(checkApology('I had been drinking all night, and I still chose to lie to you.')).toEqual([]);
  });

  it('reads contractions as the words they stand for, and people as well as "it"', () => {
    // "'d" is "had" before "been" and "would" before a verb: the tagger tells them apart.
    expect(kinds("She'd been texting me for weeks.")[0]?.[0]).toBe('others');
    expect(kinds("I'd do anything to take back the pain I caused.")).toEqual([]);
    expect(kinds('It wasn\u2019t that bad.')).toEqual([['minimising', 'wasn\u2019t that bad']]);
    expect(kinds("It wasn't that bad.")).toEqual([['minimising', "wasn't that bad"]]);
  });

  it('notices a passive verb that leaves out who acted, unless the writer is in the sentence', () => {
    expect(kinds('Promises were broken.')[0]?.[0]).toBe('passive');
    expect(kinds('The messages got deleted.')[0]?.[0]).toBe('passive');
    expect(kinds('You were lied to by me.')).toEqual([]);
    expect(kinds('I broke the promises I made.')).toEqual([]);
  });

  it('suits the notes to "Why it happened": naming a cause is the point there, blame still gets a note', () => {
    expect(kinds('I was lonely and stressed that year.', 'causes')).toEqual([]);
    const [blame] = checkApology('You were never home, so I went elsewhere.', 'causes');
    expect(blame?.kind).toBe('partner-conduct');
    expect(blame?.note).toMatch(/going on in you/);
  });

  it('suits the notes to the forgiving-myself letter: kindness is welcome, closing the matter is noted', () => {
    expect(kinds('I am more than the worst thing I have done.', 'self-compassion')).toEqual([]);
    expect(kinds('I can be gentle with myself and still tell the whole truth.', 'self-compassion')).toEqual([]);
    const [closing] = checkApology("I've forgiven myself, so my partner should too.", 'self-compassion');
    expect(closing?.kind).toBe('closing');
    expect(closing?.note).toMatch(/yours/);
    // The same words in an apology are not about self-forgiveness and get no "closing" note.
    expect(checkApology("I've forgiven myself, so my partner should too.").map((f) => f.kind)).not.toContain('closing');
  });

  it('returns [] for an empty string', () => {
    expect(checkApology('')).toEqual([]);
  });

  it('reads a sentence once: a keystroke re-reads only the sentence being typed', () => {
    const letter = Array.from({ length: 40 }, (_, i) => `I lied to you on day ${i}, but it was only a kiss.`).join(' ');
    checkApology(letter);
    const before = sentencesRead();
    const edited = checkApology(`${letter} I am sorr`);
    expect(sentencesRead() - before).toBe(1);
    expect(edited.filter((f) => f.kind === 'minimising')).toHaveLength(40);
  });

  it('within a time budget, reads what it can and says the rest is still to come', () => {
    const letter = Array.from({ length: 30 }, (_, i) => `On the ${i}th night I was stressed and I lied.`).join(' ');
    let clock = 0;
    // Each reading of the clock advances it 1 ms: a budget of 5 ms reads a handful of sentences.
    const first = checkApologyWithin(letter, 'apology', 5, () => clock++);
    expect(first.complete).toBe(false);
    let passes = 1;
    let last = first;
    while (!last.complete && passes < 100) {
      last = checkApologyWithin(letter, 'apology', 5, () => clock++);
      passes++;
    }
    expect(last.complete).toBe(true);
    expect(passes).toBeGreaterThan(2);
    expect(last.findings).toEqual(checkApology(letter));
  });

  it('reads an overlong run-on sentence in pieces, and stays fast on whitespace-heavy input', () => {
    const text = `${' '.repeat(100_000)}but ${'I  \t '.repeat(25_000)}only`;
    const t0 = performance.now();
    const findings = checkApology(text);
    // Backtracking would take minutes on this input; a generous ceiling keeps a busy CI machine from failing a fast checker.
    expect(performance.now() - t0).toBeLessThan(10_000);
    assertWellFormed(text, findings);
    const runOn = `${'and then I went out again '.repeat(80)}and it was only a kiss`;
    expect(runOn.length).toBeGreaterThan(MAX_SENTENCE_CHARS);
    expect(checkApology(runOn).map((f) => f.phrase)).toEqual(['only a']);
  });

  it('gives every note a gentle, gender-neutral wording that names what it saw', () => {
    const found = FLAGGED.flatMap(([sentence]) => checkApology(sentence));
    const notes = new Set(found.map((f) => f.note));
    expect(notes.size).toBeGreaterThanOrEqual(10);
    for (const f of found) {
      expect(f.saw.trim().length).toBeGreaterThan(0);
      expect(f.note).not.toMatch(/\b(he|she|him|her|his|hers|himself|herself|must|wrong|never)\b/i);
      expect(f.note).toMatch(/partner|you/i);
    }
  });
});
