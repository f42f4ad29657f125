// The advice the exercises are built on, one point per id, paraphrased in our
// own words from the three source articles (see docs/CONTENT.md). Exercises cite
// these ids; a test checks every point is used and every citation exists.

export interface AdvicePoint {
  id: string;
  text: string;
}

export const ADVICE_SOURCES = {
  S0: 'Advice to a newly sober parent on regaining a partner’s trust',
  S1: 'A counselor on earning back a partner’s trust',
  S2: 'A column on winning back a partner who has left',
} as const;

/** The articles themselves, by their published titles, for docs/CONTENT.md. */
export const ADVICE_SOURCE_TITLES = {
  S0: { title: 'Ask a Sober Mom: How Do I Win Back His Love?', by: 'Nicole, in the “Ask a Sober Mom” column' },
  S1: { title: 'How to Earn Back Your Partner’s Trust', by: 'Nancy’s Counseling Corner, 12 September 2018' },
  S2: { title: 'I Made A Mistake And My Husband Left Me. Is It Possible To Get Him Back?', by: 'Leslie Cane' },
} as const;

export const ADVICE_POINTS = [
  { id: 'S0.1', text: 'Stopping what did the harm is the first step; see that you have taken it, and be proud of it.' },
  { id: 'S0.2', text: 'Do the next right thing. When you cannot tell what it is, you usually know the wrong one: leave that undone.' },
  { id: 'S0.3', text: 'Commit to stopping, and get help with whatever drove the behaviour.' },
  { id: 'S0.4', text: 'Hope can be found in counseling, in support groups and in caring for yourself.' },
  { id: 'S0.5', text: 'Reach out in small ways: ask for a phone call, or a coffee.' },
  { id: 'S0.6', text: 'No step is too small; each small choice shows you mean it.' },
  { id: 'S0.7', text: 'Do what you said you would, say what you feel and mean it, and stay with it hour by hour.' },
  { id: 'S0.8', text: 'Nobody can promise how it ends; your partner may take a long time to see the change.' },
  { id: 'S0.9', text: 'You are worth the effort. Being kind to yourself also shows others how to treat you.' },
  { id: 'S0.10', text: 'You do not have to do this alone: lean on the people who support you.' },
  { id: 'S1.1', text: 'Rebuilding trust is far harder than keeping it; know what tempts you.' },
  { id: 'S1.2', text: 'Try to understand the turmoil the betrayal caused your partner.' },
  { id: 'S1.3', text: 'Forgive yourself first: everyone has flaws, and you need to get right with yourself before asking your partner to heal.' },
  { id: 'S1.4', text: 'Own all of it, and say you are truly sorry.' },
  { id: 'S1.5', text: 'Tell your partner the steps you have taken so that it does not happen again.' },
  { id: 'S1.6', text: 'Being forgiven does not let you off the hook; it helps your partner let go.' },
  { id: 'S1.7', text: 'Forgiveness cannot be hurried: ask for it, then wait, perhaps for a long time.' },
  { id: 'S1.8', text: 'Stay steady and understanding while your partner’s fear of being hurt again slowly eases.' },
  { id: 'S1.9', text: 'Show that you can be trusted through what you do, consistently, more than through what you say.' },
  { id: 'S1.10', text: 'There are no guarantees, but sincerity and character give the relationship a chance.' },
  { id: 'S2.1', text: 'Something you call a small mistake can still cost the relationship; take it seriously.' },
  { id: 'S2.2', text: 'Make it clear it will not happen again, and show that its cause has been dealt with.' },
  { id: 'S2.3', text: 'Look honestly at what has to be overcome, and at how it looks from your partner’s side.' },
  { id: 'S2.4', text: 'Be patient and sincere; your partner needs time to feel safe and will watch what you do.' },
  { id: 'S2.5', text: 'Pushing for a quick reconciliation makes your words look empty.' },
  { id: 'S2.6', text: 'Sincerity shows over the long haul, not in one gesture.' },
  { id: 'S2.7', text: 'Expect the same doubts and the same questions again and again, and answer them patiently each time.' },
  { id: 'S2.8', text: 'Accept slow gains: gradual change is more likely to be seen as sincere, and more likely to last.' },
  { id: 'S2.9', text: 'Re-open communication and show results before you ask for anything in return.' },
  { id: 'S2.10', text: 'No excuses: take responsibility for what you did and for putting it right.' },
  { id: 'S2.11', text: 'Do not give up; many couples do get through this.' },
] as const satisfies readonly AdvicePoint[];

export type AdviceId = (typeof ADVICE_POINTS)[number]['id'];

const byId = new Map<string, AdvicePoint>(ADVICE_POINTS.map((p) => [p.id, p]));

export function advicePoint(id: AdviceId): AdvicePoint {
  const point = byId.get(id);
  if (!point) throw new RangeError(`unknown advice point ${id}`);
  return point;
}

export function isAdviceId(id: string): id is AdviceId {
  return byId.has(id);
}
