// The wording rules every text of Mend keeps: gender-neutral, and never promising
// an outcome. The phrases are those a counselor's read of the catalog refused
// (issue 17), besides the plain promises.
export const GENDERED = /\b(he|she|him|her|his|hers|himself|herself)\b/i;

export const PROMISES = [
  'will save',
  'will fix',
  'will heal',
  'guaranteed',
  'you will be forgiven',
  'will forgive you',
  'trust will come back',
  'trust comes back',
  'not a sign that nothing is working',
  'what rebuilding trust looks like',
  'what rebuilding looks like',
  'is believed, and it lasts',
  'as long as it takes',
  'moments of weakness',
  'words that hurt',
];

/** Every string in a value, with where it is (titles, intros, labels, help, options, scale ends...). */
export function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  return [];
}
