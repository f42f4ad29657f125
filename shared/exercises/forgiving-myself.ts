// Catalog #5: a guided letter to myself, honest about the harm and kind to the one who did it.
import type { ExerciseDef } from './types.ts';

export const forgivingMyself = {
  id: 'forgiving-myself',
  number: 5,
  title: 'Forgiving myself first',
  summary: 'A letter to yourself: honest about what you did, and kind to the person who did it.',
  whyItHelps:
    'It is hard to ask anyone for forgiveness while you are sure you deserve none. Everyone has flaws; and where the harm went on for a long time, forgiving yourself means facing all of it, not calling it a moment. Offering yourself the care you would offer a friend keeps you going, and it shows the people around you how you hope to be treated too.',
  audience: ['R'],
  kind: 'letter',
  cadence: 'once',
  advice: ['S1.3', 'S0.9'],
  steps: [
    {
      id: 'letter',
      title: 'A letter to myself',
      intro:
        'Forgiving yourself is not letting yourself off the hook. What you did still matters, and putting it right is still yours to do; this letter is about carrying that without being crushed by it. Nobody else needs to read it.',
      fields: [
        {
          id: 'hardToForgive',
          label: 'What I am finding hard to forgive in myself',
          help: 'Name it honestly. There is no need to explain it away.',
          type: 'long-text',
          feedback: 'self-compassion',
          required: true,
          printLines: 5,
        },
        {
          id: 'kindFriend',
          label: 'What a kind friend would say to me',
          help: 'A friend who knows what you did and still cares about you: they would not pretend it did not happen, and they would not give up on you either.',
          type: 'long-text',
          feedback: 'self-compassion',
          printLines: 5,
        },
        {
          id: 'whatImLearning',
          label: 'What I am learning',
          help: 'About yourself, about what led here, about what you want now.',
          type: 'long-text',
          feedback: 'self-compassion',
          printLines: 4,
        },
      ],
    },
    {
      id: 'care',
      title: 'Looking after myself',
      intro: 'You are worth the effort too. Pick something small and real.',
      fields: [
        {
          id: 'lookAfterMyself',
          label: 'One thing I will do to look after myself',
          help: 'For example: an early night, a walk, a call with someone who is on my side.',
          type: 'short-text',
          printLines: 2,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
