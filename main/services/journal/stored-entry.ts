// What a decrypted record must hold to be taken as an entry. It has just passed
// AES-256-GCM authentication under this workbook's key, with its own row id in
// the associated data, so it was written by Mend from an entry that passed the
// full schema on save. Running that schema again (zod's EntrySchema) on every
// record cost a tenth of an unlock; this checks, cheaply, what main and the
// screens rely on: the fields, their kinds, a known exercise, and the row's id.
import type { Entry } from '../../../shared/domain/entry.ts';
import { EXERCISE_IDS } from '../../../shared/exercises/catalog.ts';

const EXERCISES = new Set<string>(EXERCISE_IDS);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KEYS = new Set(['id', 'exerciseId', 'day', 'answers', 'visibility', 'author', 'signedBy', 'keepPrivate', 'createdAt', 'updatedAt', 'proof']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entry (with a shared record's `proof`, which record-proof.ts checks and takes off), or null when the record does not hold one (or holds another row's). */
export function storedEntry(value: unknown, rowId: string): (Entry & { proof?: unknown }) | null {
  if (!isPlainObject(value)) return null;
  const { id, exerciseId, day, answers, visibility, author, signedBy, keepPrivate, createdAt, updatedAt } = value;
  if (id !== rowId) return null;
  if (typeof exerciseId !== 'string' || !EXERCISES.has(exerciseId)) return null;
  if (typeof day !== 'string' || !DAY.test(day)) return null;
  if (!isPlainObject(answers)) return null;
  if (visibility !== 'private' && visibility !== 'shared') return null;
  if (keepPrivate !== undefined && typeof keepPrivate !== 'boolean') return null;
  if (author !== undefined && typeof author !== 'string') return null;
  if (signedBy !== undefined && !Array.isArray(signedBy)) return null;
  if (typeof createdAt !== 'string' || typeof updatedAt !== 'string') return null;
  for (const key in value) if (!KEYS.has(key)) return null;
  return value as Entry;
}
