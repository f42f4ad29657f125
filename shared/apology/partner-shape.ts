// A sentence whose first clause has the partner (or a third person) as its subject and tells a
// habit or a lack of theirs ("you hadn't touched me in months", "you'd roll your eyes every
// time…", "she'd make excuses to come to my desk every day"), with nothing of the writer's own
// wrong in it: in an apology the shape itself points at the other's conduct, whatever the words
// of the habit are. Read only when no rule has found anything in the sentence (sentence-checker.ts).
import type { Match, Reading } from './reading.ts';

const NEGATOR = /^(?:not|never|hardly|barely|rarely|seldom|nothing|no)$/u;
// A habit with a clock on it, a comparison that ranks the writer below, a habit that stopped.
const HABIT = /\b(?:would|kept) (?:\w+ ){0,8}?(?:every (?:night|day|time|week|evening|morning|weekend)|all (?:night|day|the time)|for (?:days|hours|weeks))\b|\bthan (?:i was|me|us)\b|\bstopped \w+ing\b|\b(?:always|constantly|forever) (?:\w+ ){0,3}?(?:too|so busy|so tired|something to|critici[sz]\w*|complain\w*|nag\w*|moan\w*|busy|working|out|away|late|on your phone)\b|\b(?:anymore|any more)$|\bso \w+ (?:\w+ ){0,4}?that i\b|\bwithout (?:saying|speaking|talking|looking|a word|asking)\b|\b(?:been|was|were) \w+ing (?:\w+ ){0,3}?(?:all (?:night|day|evening)|for (?:weeks|months|days))\b/u;
// What the other can be said to have done or been without blame, said or not: being wronged,
// asking, finding out, deserving, not causing it ("you didn't make me do it"), having to do nothing.
const BENIGN =
  /\b(?:deserve|deserved|deserves|right|fault|blame|blamed|reason|cause|caused|know|knew|known|ask|asked|find out|found out|found the|found my|forgive|forgave|forgiveness|notice|noticed|catch|caught|see|saw|suspect|suspected|guess|guessed|owe|owed|have to|need to|needs to|should|must|can|could|will|shall|may|might|make me|made me|push|pushed|drive|drove|force|forced|wrong|anything to|nothing to|to do with|part in|responsible|meant|mean|hurt|angry|upset|sad|exhausted|grieving|ill|sick|pregnant|scared|afraid|safe|alone in this|pace|decision|choice|call|feelings|anger|pain|time to|cried|cry|crying|warned|begged|refused|said no|told me to stop|asked me to stop)\b/u;
// Good conduct: benign when told as it is ("you always told me the truth"), a lack when negated ("you never supported me").
const GOOD = /\b(?:trust|trusted|love|loved|loving|support|supported|help|helped|care|cared|tried|try|honest|faithful|kind|patient|good|there for me|believed|the truth)\b/u;
// The other's conduct told as the writer's own doing: "…because of what I'd done".
const WRITER_CAUSED = /\b(?:because of (?:what i|me|my)|because i|after (?:i|what i)|and i (?:still|kept)|and yet i|while i|i gave you (?:every |good |plenty of )?reason|after (?:that|what i|all i))\b/u;

function firstClause(reading: Reading): { end: number; clause: string; words: string[] } {
  const { tokens, clauseStart } = reading;
  let end = 1;
  for (;;) {
    while (end < tokens.length && clauseStart[end] !== end) end++;
    const opener = tokens[end]?.word;
    // "you were so controlling that…" (an intensifier, not a clause), "you'd come home and go…" (the same subject goes on).
    const intensifier = opener === 'so' && /^(?:am|is|are|was|were|be|been|being|got|get)$/u.test(tokens[end - 1]?.word ?? '');
    const sameSubject = opener === 'and' && !/^(?:i|you|he|she|they|we|it|my|your|the|this|that|there|then)$/u.test(tokens[end + 1]?.word ?? '');
    if (end >= tokens.length || !(intensifier || sameSubject)) break;
    end++;
  }
  const words = tokens.slice(0, end).map((t) => t.word);
  return { end, clause: words.join(' '), words };
}

function habitOrLack(reading: Reading): Match | undefined {
  if (WRITER_CAUSED.test(reading.text)) return undefined;
  const { end, clause, words } = firstClause(reading);
  if (BENIGN.test(clause)) return undefined;
  const negated = words.some((w) => NEGATOR.test(w));
  if (GOOD.test(clause) && !negated) return undefined;
  if (!negated && !HABIT.test(clause)) return undefined;
  // "You would have done the same": a conditional, not a habit (other rules read it).
  if (/^\w+ would (?:have|be|not have|never have)\b/u.test(clause)) return undefined;
  return { from: 0, to: end };
}

/** The first clause, when its subject is "you" or "your …", telling the partner's habit or lack. */
export function partnerHabit(reading: Reading): Match | undefined {
  const first = reading.tokens[0]?.word;
  return first === 'you' || first === 'your' ? habitOrLack(reading) : undefined;
}

/** The same with "he", "she" or "they" as the subject: the other person's habits, told as what the writer met. */
export function otherHabit(reading: Reading): Match | undefined {
  const first = reading.tokens[0]?.word ?? '';
  if (!/^(?:he|she|they)$/u.test(first)) return undefined;
  const match = habitOrLack(reading);
  // Only a habit, not a lack: "she never asked about you" is not pursuit.
  return match && !reading.tokens.slice(0, match.to).some((t) => NEGATOR.test(t.word)) ? match : undefined;
}
