// Which exercises each role's home puts first, and which it holds back. The catalog keeps its
// numbers; a track is only an order. For the partner who was abusive, the exercises that reach
// out to the other partner (the contact ladder, the apology letter, the exercises for two) are
// held until the other partner opens the door: home lists them apart, with why.
import type { Role } from '../domain/profile.ts';
import { CATALOG, getExercise } from './catalog.ts';
import type { Audience, ExerciseDef } from './types.ts';

/** The hurt partner's own track, shown first on their home. */
export const HURT_PARTNER_TRACK = ['what-i-need-to-feel-safe', 'what-i-have-noticed', 'my-questions', 'my-own-support', 'deciding-at-my-own-pace', 'when-it-comes-back'] as const;

/** The partner who was abusive: individual work first. */
export const ABUSIVE_PARTNER_FIRST = ['support-i-lean-on', 'plan-for-a-slip', 'right-now', 'where-i-stand', 'what-i-changed', 'through-their-eyes', 'ask-then-wait'] as const;

/** Reaching out to the other partner: held for the partner who was abusive until the other opens the door. */
export const HELD_UNTIL_INVITED = ['rebuilding-contact', 'owning-it', 'weekly-check-in', 'rebuilding-agreement'] as const;

/** The exercises a role's "For you" list is drawn from (the partner who was abusive works on the rebuilding side). */
export function audienceOf(role: Role): Audience {
  return role === 'A' ? 'R' : role;
}

export interface HomeLists {
  /** For you, in the order home shows them. */
  mine: ExerciseDef[];
  /** Held until the other partner asks (only for the partner who was abusive). */
  held: ExerciseDef[];
  /** Everything else, open to anyone. */
  others: ExerciseDef[];
}

const inOrder = (ids: readonly string[]) => ids.map((id) => getExercise(id));

/** Whether this exercise is held for this role (only ever for a partner who was abusive). */
export function isHeldFor(role: Role, exerciseId: string): boolean {
  return role === 'A' && (HELD_UNTIL_INVITED as readonly string[]).includes(exerciseId);
}

export function homeListsFor(role: Role): HomeLists {
  const audience = audienceOf(role);
  const first = role === 'H' ? inOrder(HURT_PARTNER_TRACK) : role === 'A' ? inOrder(ABUSIVE_PARTNER_FIRST) : [];
  const held = role === 'A' ? inOrder(HELD_UNTIL_INVITED) : [];
  const placed = new Set([...first, ...held].map((e) => e.id));
  const rest = CATALOG.filter((e) => !placed.has(e.id));
  return {
    mine: [...first, ...rest.filter((e) => e.audience.includes(audience))],
    held,
    others: rest.filter((e) => !e.audience.includes(audience)),
  };
}
