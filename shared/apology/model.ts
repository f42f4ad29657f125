// The checker's small learned model (weights in model-weights.json, made by
// tests/tools/train-apology-model.ts from tuned sentences only) and how its
// reading is weighed with the rules'. The rules name what they saw from the
// words; the model reads the sentence's shape over every writer it was trained
// on and carries further to a writer it has not met (trained on all writers but
// one, it scored the one left out better than the rules did: see docs/CONTENT.md).
// The two are combined as evidence: the model's log-odds plus the log-likelihood
// ratio of the rules' verdict, as the rules scored on blind writers' sentences
// before they were tuned on them (the third and fourth writers: 160 of 211
// excuses noted, 23 of 227 accountable sentences noted). A note the model adds
// takes the kind its kind models read, on the clause that weighs most.
import weights from './model-weights.json' with { type: 'json' };
import { sentenceFeatures } from './model-features.ts';
import { assertedText, read } from './reading.ts';
import { OWNS } from './rules.ts';
import type { SentenceFinding } from './sentence-checker.ts';
import type { ApologyFindingKind, CheckMode, Token } from './types.ts';

interface Weights {
  bias: number;
  weights: Record<string, number>;
}
const MODEL = weights as unknown as { flag: Weights; kinds: Partial<Record<ApologyFindingKind, Weights>> };

/** ln((160/211) / (23/227)): the rules noting a sentence, as evidence that it deserves a note. */
export const RULES_NOTED = 2.01;
/** ln((51/211) / (204/227)): the rules leaving a sentence alone, as evidence that it does not. */
export const RULES_SILENT = -1.31;

const score = (model: Weights, names: Iterable<string>) => {
  let z = model.bias;
  for (const name of names) z += model.weights[name] ?? 0;
  return z;
};

/** The rules' findings on a sentence weighed with the model's reading: the notes the sentence gets. */
export function weighWithModel(tokens: Token[], mode: CheckMode, ruled: SentenceFinding[]): SentenceFinding[] {
  // "Why it happened" is for naming causes: only the rules' few notes on blame hiding there.
  if (mode === 'causes' || tokens.length === 0) return ruled;
  const features = sentenceFeatures(tokens, mode);
  const names = new Set(features.map((f) => f.name));
  const evidence = score(MODEL.flag, names) + (ruled.length ? RULES_NOTED : RULES_SILENT);
  if (evidence <= 0) return [];
  if (ruled.length) return ruled;
  // The writer owning the choice or the wrong in their own words ("…because I didn't want to be
  // caught") is what the rules read best: the model does not add a note against it.
  if (OWNS.test(assertedText(read(tokens)))) return [];
  return [modelFinding(tokens, features, names)];
}

function modelFinding(tokens: Token[], features: ReturnType<typeof sentenceFeatures>, names: Set<string>): SentenceFinding {
  let kind: ApologyFindingKind = 'excuse';
  let best = -Infinity;
  for (const [name, model] of Object.entries(MODEL.kinds) as [ApologyFindingKind, Weights][]) {
    const z = score(model, names);
    if (z > best) [best, kind] = [z, name];
  }
  // The clause whose words weigh most towards a note.
  const { clauseStart } = read(tokens);
  const weightOf = new Map<number, number>();
  const seen = new Set<string>();
  for (const f of features) {
    if (seen.has(f.name)) continue;
    seen.add(f.name);
    const clause = clauseStart[f.token] ?? 0;
    weightOf.set(clause, (weightOf.get(clause) ?? 0) + (MODEL.flag.weights[f.name] ?? 0));
  }
  const from = [...weightOf].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  let to = from + 1;
  while (to < tokens.length && clauseStart[to] === from) to++;
  const words = tokens.slice(from, to).filter((t) => t.word !== ',');
  const first = words[0] ?? tokens[0]!;
  const last = words.at(-1) ?? tokens.at(-1)!;
  return { start: first.start, end: last.end, kind };
}
