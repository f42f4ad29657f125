// Signing an exercise done together: in a together session both partners have
// typed their passphrase on this computer, so main can put each one's name on
// their part and stamp who confirmed it and when. Outside a session nobody can
// sign for anyone, and a change to what was confirmed takes the confirmations
// away (they confirmed other words).
import type { Entry, Signature } from '../domain/entry.ts';
import { localDay } from '../domain/dates.ts';
import type { ExerciseDef } from '../exercises/types.ts';

export interface Signer {
  memberId: string;
  name: string;
}

type Answers = Entry['answers'];

/**
 * The answers with each part's name or signature field filled, and who signed, in part order:
 * the order the partners confirmed in, or, for an entry signed before, the order it was signed
 * in (each part stays its partner's, whoever confirms first this time).
 */
export function signTogether(
  exercise: ExerciseDef,
  answers: Answers,
  confirmed: readonly [Signer, Signer],
  now: Date,
  previous?: Entry,
): { answers: Answers; signedBy: Signature[] } {
  const parts = exercise.together;
  if (!parts) throw new Error(`${exercise.id} is not done together`);
  const firstBefore = previous?.signedBy?.[0]?.memberId;
  const signers = firstBefore === confirmed[1].memberId ? ([confirmed[1], confirmed[0]] as const) : confirmed;
  const signed: Answers = { ...answers };
  parts.forEach((part, i) => {
    const signer = signers[i]!;
    if (part.nameField) signed[part.nameField] = signer.name;
    if (part.signatureField) signed[part.signatureField] = { name: signer.name, date: localDay(now) };
  });
  return { answers: signed, signedBy: signers.map((s) => ({ memberId: s.memberId, name: s.name, at: now.toISOString() })) };
}

/** JSON with object keys sorted, so two answer objects compare by content, not key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? '');
}

/**
 * A save outside a together session: signatures stay only if the answers are unchanged. In a
 * workbook for two the name and signature fields of the parts are main's to fill, never typed:
 * they keep what the entry held (empty for a new one), so nobody can sign for anyone.
 */
export function keepOrDropSignatures(
  exercise: ExerciseDef,
  previous: Entry | undefined,
  typed: Answers,
  { stampedFieldsLocked }: { stampedFieldsLocked: boolean },
): { answers: Answers; signedBy?: Signature[] } {
  const parts = exercise.together ?? [];
  const answers: Answers = { ...typed };
  if (stampedFieldsLocked) {
    for (const part of parts) {
      for (const field of [part.nameField, part.signatureField]) if (field) answers[field] = previous?.answers[field] ?? '';
    }
  }
  if (!previous?.signedBy) return { answers };
  if (canonical(previous.answers) === canonical(answers)) return { answers, signedBy: previous.signedBy };
  for (const part of parts) if (part.signatureField) answers[part.signatureField] = '';
  return { answers };
}
