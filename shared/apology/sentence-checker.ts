// Reads one tagged sentence as a sentence: finds the rule matches (in the words
// as written and in their plainest form: without the fillers and hedges inside a
// phrase, a perfect "had" dropped), drops those a negator reverses ("this was no
// small slip"), those said of the partner rather than the writer, those the
// sentence answers by owning the choice (not counting owning words inside a claim
// it reports) or, for an act told as an event, by the writer acting in it; looks
// at whether a "but"/"yet" clause takes the apology back or adds a commitment, at
// "you did this, so I did that" and the other's habits told as the reason
// (partner-shape.ts), and notices a passive verb with no one doing it.
import { assertedText, find, negated, ownsWrongAct, read, saidOfOthers, simplified, writerActs, type Match, type Reading } from './reading.ts';
import { otherHabit, partnerHabit } from './partner-shape.ts';
import { COMMITS, OWNS, REFUSES, RULES, TELLS_ACT } from './rules.ts';
import type { ApologyFindingKind, CheckMode, Token } from './types.ts';

/** A finding inside one sentence (offsets in the sentence). */
export interface SentenceFinding {
  start: number;
  end: number;
  kind: ApologyFindingKind;
}

const FIRST_OR_SECOND = new Set(['i', 'me', 'you', 'we']);
// Words that only add emphasis, and sit inside the phrases the rules know.
const FILLERS = /^(?:really|honestly|truly|literally|genuinely|totally|seriously|frankly)$/u;

/** A match as offsets in the sentence as written. */
type Found = SentenceFinding;
const at = (reading: Reading, match: Match, kind: ApologyFindingKind): Found => ({ start: reading.tokens[match.from]!.start, end: reading.tokens[match.to - 1]!.end, kind });
// Words of owning up in the clause before a "but": only then can the "but" take it back.
const ADMITS = /\b(?:sorry|admit|admitted|know|regret|should not have|mistake|messed up|lied|hid|cheated|wrong|did it|did lie|it hurt|hurt you|not saying|apologi[sz]e|apologi[sz]ed|responsibility|own (?:it|that|this|what|my)|accept (?:it|that|my|what|the blame)|not proud|i was wrong|my fault|on me|guilty|ashamed|yes ,? i|not perfect|not a saint|not (?:making|offering) (?:any )?excuses|not (?:trying to )?(?:excuse|justify))\b/u;

export function checkSentence(tokens: Token[], mode: CheckMode): SentenceFinding[] {
  const reading = read(tokens);
  const butClause = takesBack(reading);
  // Owning up before a "but" that takes it back does not answer what follows the "but".
  // Owning words inside a claim the sentence reports ("I said I'd stopped") are not owning.
  const asserted = assertedText(reading);
  const owns = !butClause && (OWNS.test(asserted) || COMMITS.test(asserted));
  const withoutActs = asserted.replace(TELLS_ACT, ' ');
  const ownsChoice = owns && (OWNS.test(withoutActs) || COMMITS.test(withoutActs));
  const acts = writerActs(reading);
  const ownsAct = ownsWrongAct(reading);
  const found: Found[] = [];
  // Rules read the sentence as written and, when it differs, in its plainest form: without the
  // fillers and hedges that sit inside a phrase ("it didn't really mean anything" is "it didn't
  // mean anything") and with a perfect "had" dropped ("she'd kept on at me": "she kept on at me").
  const plain = simplified(tokens.filter((t) => !FILLERS.test(t.word)));
  // Where the first refusing frame ends ("no version of this where…"): what a rule finds after it is refused, not said.
  const refusing = find(reading, REFUSES)[0];
  const refusedFrom = refusing ? reading.tokens[refusing.to - 1]!.end : Infinity;
  for (const r of plain.length < tokens.length ? [reading, read(plain)] : [reading]) {
    for (const rule of RULES) {
      if (rule.modes && !rule.modes.includes(mode)) continue;
      if (rule.unless?.test(r.text)) continue;
      if (rule.ownable === true && owns) continue;
      if (rule.ownable === 'choice' && ownsChoice) continue;
      if (rule.actorAnswers && acts) continue;
      if (rule.wrongActAnswers && ownsAct) continue;
      for (const match of find(r, rule.pattern)) {
        if (rule.negatable && negated(r, match)) continue;
        if (rule.writerOnly && saidOfOthers(r, match)) continue;
        // The act told after the intention ("I didn't mean to hurt you, and I did hurt you") owns it.
        if (rule.ownable === 'choice' && owns && ownsAfter(r, match)) continue;
        const f = at(r, match, rule.kind);
        if (f.start >= refusedFrom) continue;
        found.push(f);
      }
    }
  }
  if (butClause) found.push(at(reading, butClause, 'takes-back'));
  const consequence = partnerThenMe(reading) ?? partnerHabit(reading);
  // A reading of the sentence's shape, used only when no rule has found anything in it.
  if (consequence && !owns && !ownsAct && mode !== 'self-compassion' && found.length === 0) found.push(at(reading, consequence, 'partner-conduct'));
  const pursuit = found.length === 0 && !owns && !ownsAct && mode !== 'self-compassion' ? otherHabit(reading) : undefined;
  if (pursuit) found.push(at(reading, pursuit, 'others'));
  const passive = agentlessPassive(reading);
  if (passive && !owns && !acts) found.push(at(reading, passive, 'passive'));
  return spans(found);
}

function ownsAfter(reading: Reading, match: Match): boolean {
  const after = reading.tokens.slice(match.to).map((t) => t.word).join(' ');
  return OWNS.test(after) || COMMITS.test(after);
}

/** A "but"/"yet" after owning up, followed by words that neither commit nor own. */
function takesBack(reading: Reading): Match | undefined {
  const { tokens } = reading;
  for (let i = 1; i < tokens.length - 1; i++) {
    const word = tokens[i]!.word;
    const prev = tokens[i - 1]!.word;
    if (word !== 'but' && !((word === 'yet' || word === 'though') && (prev === ',' || prev === 'and'))) continue;
    if (['nothing', 'all', 'anything', 'everything', 'a', 'no', 'any', 'the'].includes(prev)) continue;
    const before = tokens.slice(0, i).map((t) => t.word).join(' ');
    const after = tokens.slice(i + 1).map((t) => t.word).join(' ');
    if (/\bnot only\b/u.test(before)) continue;
    if (!ADMITS.test(before) && !OWNS.test(before)) continue;
    if (COMMITS.test(after) || OWNS.test(after)) continue;
    return { from: i, to: i + 1 };
  }
  return undefined;
}

// What the partner did that the writer may fairly tell as the start of an honest answer ("you asked,
// so I told you"), and what the writer did next that repairs rather than strays.
const PARTNER_BENIGN = /^(?:asked|ask|found|find|trusted|deserved|believed|forgave|noticed|caught|discovered|confronted|saw|read|begged|gave|needed|wanted to know|were right|had every|deserve|did nothing|never deserved)/u;
const REPAIR = /^(?:told you (?:the truth|everything|all)|stopped (?:lying|seeing|drinking|gambling)|came clean|confessed|admitted|apologi[sz]ed|said sorry|owned|moved out|left)/u;

/**
 * "You kept shutting me out, so I found someone who'd listen": a clause with the partner as its
 * subject, then a "so" (or "until", "which is why") clause with the writer doing something. The
 * cause is placed in the partner's conduct without any "because you".
 */
function partnerThenMe(reading: Reading): Match | undefined {
  const { tokens, clauseStart } = reading;
  if (tokens[0]?.word !== 'you') return undefined;
  const start = tokens.slice(1, 4).map((t) => t.word).join(' ');
  if (PARTNER_BENIGN.test(start.replace(/^(?:had|have|would|were|kept|always|never|just|only) /u, '')) || PARTNER_BENIGN.test(start)) return undefined;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (clauseStart[i] !== i && tokens[i - 1]!.word !== ',') continue;
    const opener = tokens[i]!.word;
    if (!['so', 'until', 'which', 'that'].includes(opener)) continue;
    const rest = tokens.slice(i + 1).map((t) => t.word).join(' ');
    const me = /^(?:is why |was why |is when |was when )?(?:in the end |eventually |then |finally |after a while )?i (.*)$/u.exec(rest);
    if (!me || REPAIR.test(me[1]!)) continue;
    return { from: 0, to: i };
  }
  return undefined;
}

/** A passive verb ("were made", "got deleted") whose subject is not I/you and with no "by me". */
function agentlessPassive(reading: Reading): Match | undefined {
  const { tokens } = reading;
  if (/\bby (?:me|my|i)\b/u.test(reading.text)) return undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // After a negator the tagger often reads the participle as a plain verb ("was not shared"): its shape decides.
    const afterNegator = /^(?:not|never)$/u.test(tokens[i - 1]!.word) && PARTICIPLE.test(t.word) && !NOT_PASSIVE.has(t.word);
    if (!(t.tags.has('Passive') || looksPassive(t) || afterNegator) || t.tags.has('Auxiliary')) continue;
    // "was not shared": the auxiliary can stand before a negator.
    const aux = /^(?:not|never)$/u.test(tokens[i - 1]!.word) && i > 1 ? tokens[i - 2]! : tokens[i - 1]!;
    if (!/^(?:was|were|got|been|is|are|be|get)$/u.test(aux.word)) continue;
    const clauseFrom = reading.clauseStart[i - 1] ?? 0;
    // The subject is the nearest noun or pronoun before the auxiliary ("the effect was that you were lied to": you).
    const subject = tokens.slice(clauseFrom, tokens.indexOf(aux)).findLast((s) => s.tags.has('Noun') || s.tags.has('Pronoun'));
    // "It" is often no one ("it was said"); but "it was kept from you" is the act with its actor left out.
    if (!subject || FIRST_OR_SECOND.has(subject.word) || (subject.word === 'it' && !HIDDEN.test(t.word))) continue;
    return { from: clauseFrom, to: i + 1 };
  }
  return undefined;
}

// The tagger reads "promises were broken" as a copula and an adjective; a participle's shape tells them apart.
const PARTICIPLE = /^(?:\w+ed|broken|lost|told|said|kept|done|given|taken|hidden|spent|left|made|hurt|sent|forgotten|shared)$/u;
const HIDDEN = /^(?:kept|hidden|deleted|taken|spent|concealed|withheld)$/u;
const NOT_PASSIVE = new Set(['tired', 'scared', 'worried', 'ashamed', 'married', 'interested', 'embarrassed', 'bored', 'excited', 'confused', 'exhausted', 'stressed', 'depressed', 'wasted', 'frustrated', 'isolated', 'devoted', 'committed']);
const looksPassive = (t: Token) => t.tags.has('Adjective') && PARTICIPLE.test(t.word) && !NOT_PASSIVE.has(t.word);

/** Findings as written-text spans: the first of each kind, sorted, never overlapping. */
function spans(found: Found[]): SentenceFinding[] {
  const seen = new Set<ApologyFindingKind>();
  const out: SentenceFinding[] = [];
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const { start, end, kind } of sorted) {
    if (seen.has(kind)) continue;
    seen.add(kind);
    const last = out.at(-1);
    if (last && start < last.end) continue;
    out.push({ start, end, kind });
  }
  return out;
}
