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

/** The answers with each part's name or signature field filled, and who signed, in part order. */
export function signTogether(exercise: ExerciseDef, answers: Answers, signers: readonly [Signer, Signer], now: Date): { answers: Answers; signedBy: Signature[] } {
  const parts = exercise.together;
  if (!parts) throw new Error(`${exercise.id} is not done together`);
  const signed: Answers = { ...answers };
  parts.forEach((part, i) => {
    const signer = signers[i]!;
    if (part.nameField) signed[part.nameField] = signer.name;
    if (part.signatureField) signed[part.signatureField] = { name: signer.name, date: localDay(now) };
  });
  return { answers: signed, signedBy: signers.map((s) => ({ memberId: s.memberId, name: s.name, at: now.toISOString() })) };
}

/** JSON with object keys sorted, so two answer objects compare by content, not key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? '');
}

/** A save outside a together session: signatures stay only if the answers are unchanged. */
export function keepOrDropSignatures(exercise: ExerciseDef, previous: Entry | undefined, answers: Answers): { answers: Answers; signedBy?: Signature[] } {
  if (!previous?.signedBy) return { answers };
  if (canonical(previous.answers) === canonical(answers)) return { answers, signedBy: previous.signedBy };
  const unsigned: Answers = { ...answers };
  for (const part of exercise.together ?? []) if (part.signatureField) unsigned[part.signatureField] = '';
  return { answers: unsigned };
}
