// How hard a passphrase would be to guess, estimated with zxcvbn-ts (loaded
// only on the passphrase step: its word lists are large).
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export interface Strength {
  /** 0 (very weak) to 4 (strong) */
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  advice: string | null;
}

const LABELS = ['Very easy to guess', 'Easy to guess', 'Could be stronger', 'Strong', 'Very strong'] as const;
let estimator: Promise<ZxcvbnFactory> | null = null;

function load(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      }),
  );
  return estimator;
}

export async function estimateStrength(passphrase: string): Promise<Strength> {
  const result = (await load()).check(passphrase);
  const score = result.score as Strength['score'];
  const advice = result.feedback.warning ?? result.feedback.suggestions[0] ?? null;
  return { score, label: LABELS[score], advice: score >= 3 ? null : advice };
}
