// Training of the apology checker's small learned model (shared/apology/model.ts):
// logistic regression over the sentence features of model-features.ts, fitted by
// gradient descent with an L2 penalty, features seen fewer than `minCount` times
// left out. Pure, so cross-validation and the build script share it.
import { compromiseTagger } from '../../shared/apology/compromise-tagger.ts';
import { featureNames, sentenceFeatures } from '../../shared/apology/model-features.ts';
import type { CheckMode } from '../../shared/apology/types.ts';

export interface Example {
  features: string[];
  flag: boolean;
}

export interface Weights {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainOptions {
  l2: number;
  epochs: number;
  minCount: number;
  rate: number;
}

export const DEFAULT_TRAINING: TrainOptions = { l2: 1e-3, epochs: 60, minCount: 2, rate: 0.5 };

const cache = new Map<string, string[]>();
export function featuresOf(text: string, mode: CheckMode): string[] {
  const key = `${mode}\u0000${text}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = featureNames(sentenceFeatures(compromiseTagger(text), mode))));
  return f;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function logit(model: Weights, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return z;
}

/** AdaGrad over the mean log-loss with an L2 penalty; a fixed order (no randomness), so the same data give the same weights. */
export function train(examples: Example[], options: TrainOptions = DEFAULT_TRAINING): Weights {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= options.minCount) index.set(f, index.size);
  const rows = examples.map((e) => e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let b2 = 1e-8;
  const n = examples.length;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const grad = new Float64Array(index.size);
    let gb = 0;
    rows.forEach((row, k) => {
      let z = bias;
      for (const i of row) z += w[i]!;
      const err = sigmoid(z) - (examples[k]!.flag ? 1 : 0);
      for (const i of row) grad[i]! += err / n;
      gb += err / n;
    });
    for (let i = 0; i < w.length; i++) {
      const g = grad[i]! + options.l2 * w[i]!;
      g2[i]! += g * g;
      w[i]! -= (options.rate * g) / Math.sqrt(g2[i]!);
    }
    b2 += gb * gb;
    bias -= (options.rate * gb) / Math.sqrt(b2);
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of index) if (Math.abs(w[i]!) >= 1e-3) weights[f] = w[i]!;
  return { bias, weights };
}

/** Weights rounded and the near-zero ones left out, so the committed file stays small. */
export function compact(model: Weights, least: number, digits = 3): Weights {
  const scale = 10 ** digits;
  const weights: Record<string, number> = {};
  for (const [f, v] of Object.entries(model.weights).sort(([a], [b]) => a.localeCompare(b))) if (Math.abs(v) >= least) weights[f] = Math.round(v * scale) / scale;
  return { bias: Math.round(model.bias * scale) / scale, weights };
}
