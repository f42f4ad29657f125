// Catalog #18 (the hurt partner's track): what I have noticed, good signs and worrying ones, for my own eyes.
import type { ExerciseDef } from './types.ts';

export const whatIHaveNoticed = {
  id: 'what-i-have-noticed',
  number: 18,
  title: 'What I have noticed',
  summary: 'The signs you notice, hopeful or worrying, written down for yourself.',
  whyItHelps:
    'It is fair to watch what your partner does before believing what they say, and to take your time over it. Noting what you notice, the hopeful and the worrying alike, helps you trust your own eyes rather than your partner’s account or anyone’s hopes. This is not a record you keep for your partner, and you do not need to note anything good to be fair.',
  audience: ['H'],
  kind: 'running-log',
  cadence: 'log',
  advice: ['S2.4', 'S1.9', 'S2.3'],
  steps: [
    {
      id: 'noticed',
      title: 'Something I noticed',
      intro: 'Write down what you saw or heard, as plainly as you can. You do not have to decide yet what it means.',
      fields: [
        {
          id: 'whatINoticed',
          label: 'What I noticed',
          help: 'What happened, or what did not happen. For example: a plan kept, a story that did not add up, a change in how we talk.',
          type: 'long-text',
          required: true,
          printLines: 4,
        },
        {
          id: 'howItSeemed',
          label: 'How it seemed to me',
          type: 'choice',
          tally: true,
          options: [
            { value: 'hopeful', label: 'A hopeful sign' },
            { value: 'worrying', label: 'A worrying sign' },
            { value: 'not-sure', label: 'I am not sure' },
          ],
        },
        {
          id: 'whatItMeansToMe',
          label: 'What it means to me, for now',
          help: 'Your own reading, which you can change later. “I don’t know yet” is enough.',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
