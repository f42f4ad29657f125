// Catalog #7: an apology letter without excuses, with live wording feedback.
import type { ExerciseDef } from './types.ts';

export const owningIt = {
  id: 'owning-it',
  number: 7,
  title: 'Owning it: an apology without excuses',
  summary: 'Write an apology that names what you did and asks for nothing in return.',
  whyItHelps:
    'An apology lands when it owns the whole of what happened, sees what it cost your partner, and leaves out the “but”. Saying what you have changed shows you are taking responsibility for putting it right, and saying what you are not demanding leaves your partner free to take their own time. Knowing that being forgiven would not let you off the hook keeps the apology honest. If your partner has asked for no contact, write it for yourself and do not send it.',
  audience: ['R'],
  kind: 'letter',
  cadence: 'once',
  advice: ['S1.4', 'S1.6', 'S2.10', 'S2.3'],
  steps: [
    {
      id: 'letter',
      title: 'Your letter',
      intro:
        'Write it in your own words, as if your partner were reading it. You do not have to send it.',
      fields: [
        {
          id: 'whatIDid',
          label: 'What I did',
          help: 'Name it plainly, without softening it.',
          type: 'long-text',
          required: true,
          feedback: 'apology',
          printLines: 6,
        },
        {
          id: 'whatItCost',
          label: 'What it cost you',
          help: 'How it may have felt from your partner’s side, as best you can see it.',
          type: 'long-text',
          required: true,
          feedback: 'apology',
          printLines: 6,
        },
        {
          id: 'whatIChanged',
          label: 'What I have changed',
          help: 'The concrete steps you have already taken.',
          type: 'long-text',
          required: true,
          feedback: 'apology',
          printLines: 5,
        },
        {
          id: 'whatIAsk',
          label: 'What I am asking for',
          help: 'Perhaps only that your partner reads this, when they are ready.',
          type: 'long-text',
          feedback: 'apology',
          printLines: 3,
        },
        {
          id: 'whatIDontDemand',
          label: 'What I am not demanding',
          help: 'For example: forgiveness, an answer, or a timeline.',
          type: 'long-text',
          feedback: 'apology',
          printLines: 3,
        },
        {
          id: 'offTheHook',
          label: 'What forgiveness would and would not mean',
          help: 'If your partner ever forgives you, it would not let you off the hook for what you did; it might help them let go of some of the weight. Say that you understand this, without asking for it.',
          type: 'long-text',
          feedback: 'apology',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
