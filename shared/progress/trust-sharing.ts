// Trust numbers belong to whoever gave them. They are optional, and beyond the
// entry itself (progress charts, counselor summaries, the partner's view) a
// number shows only where its author chose "share this number". An entry made
// before that choice existed has no answer to it, and so counts as not shared.
import type { Entry } from '../domain/entry.ts';

export interface TrustField {
  exerciseId: string;
  /** The 0-10 scale. */
  field: string;
  /** The author's choice for that number: 'shared', or anything else for "kept to myself". */
  shareField: string;
  /** In an exercise done together, the part (0 or 1) whose partner gave the number; null for an entry of one author. */
  part: 0 | 1 | null;
}

export const TRUST_SHARED = 'shared';

export const TRUST_FIELDS: readonly TrustField[] = [
  { exerciseId: 'weekly-check-in', field: 'oneTrust', shareField: 'oneTrustShared', part: 0 },
  { exerciseId: 'weekly-check-in', field: 'twoTrust', shareField: 'twoTrustShared', part: 1 },
  { exerciseId: 'what-i-need-to-feel-safe', field: 'trustToday', shareField: 'trustTodayShared', part: null },
];

/** The share choice as a field of the exercise (the same wording in every exercise that asks for a number). */
export const shareTrustField = (id: string) =>
  ({
    id,
    label: 'Share this number?',
    help: 'Only if you want to. A number you keep to yourself stays out of progress charts, your partner’s view and counselor summaries.',
    type: 'choice',
    options: [
      { value: TRUST_SHARED, label: 'Yes, it may be shown' },
      { value: 'private', label: 'No, I keep it to myself' },
    ],
  }) as const;

const fieldsOf = (exerciseId: string) => TRUST_FIELDS.filter((f) => f.exerciseId === exerciseId);

export const isTrustShared = (entry: Pick<Entry, 'answers'>, f: TrustField) => entry.answers[f.shareField] === TRUST_SHARED;

/** Who gave a number: the partner who signed that part of an exercise done together, else the entry's author. */
export function trustAuthor(entry: Pick<Entry, 'author' | 'signedBy'>, f: TrustField): string | undefined {
  return (f.part !== null ? entry.signedBy?.[f.part]?.memberId : undefined) ?? entry.author;
}

function keeping<E extends Entry>(entry: E, shows: (f: TrustField) => boolean): E {
  const fields = fieldsOf(entry.exerciseId);
  if (fields.length === 0) return entry;
  const answers = { ...entry.answers };
  for (const f of fields) {
    if (!shows(f)) delete answers[f.field];
    // The choice itself is about the number, not part of what was written: it never goes further.
    delete answers[f.shareField];
  }
  return { ...entry, answers };
}

/** The entry as a counselor summary may show it: only the numbers their authors shared. */
export const withSharedTrustOnly = <E extends Entry>(entry: E): E => keeping(entry, (f) => isTrustShared(entry, f));

/**
 * The entry as `viewer` may see it: their own numbers, and another's only if shared. `viewer`
 * null is a workbook for one, where every number is the reader's own.
 */
export function withTrustVisibleTo<E extends Entry>(entry: E, viewer: string | null): E {
  if (viewer === null) return entry;
  return keeping(entry, (f) => isTrustShared(entry, f) || (trustAuthor(entry, f) ?? viewer) === viewer);
}
