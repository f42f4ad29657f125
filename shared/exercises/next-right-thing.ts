// Catalog #2: a small commitment each day, and an honest look back at it later.
import type { ExerciseDef } from './types.ts';

export const nextRightThing = {
  id: 'next-right-thing',
  number: 2,
  title: 'The next right thing, today',
  summary: 'Choose one right thing for today, and later look back: did I?',
  whyItHelps:
    'Whatever happens between you, change is lived one ordinary day at a time. Naming one right thing, and one wrong thing you will leave alone, keeps the day small enough to manage, and checking back honestly turns intentions into a record of what you actually did.',
  audience: ['R'],
  kind: 'daily-commitment',
  cadence: 'daily',
  advice: ['S0.2', 'S0.6', 'S0.7'],
  steps: [
    {
      id: 'commit',
      title: 'This morning',
      intro: 'Keep it small and concrete. Something you can really do today counts more than something grand.',
      fields: [
        {
          id: 'rightThing',
          label: 'Today’s next right thing',
          help: 'For example: “Call when I said I would call.”',
          type: 'short-text',
          required: true,
          printLines: 2,
        },
        {
          id: 'wrongThing',
          label: 'The wrong thing I will not do today',
          help: 'If you are unsure what the right thing is, you often know the wrong one.',
          type: 'short-text',
          printLines: 2,
        },
      ],
    },
    {
      id: 'follow-up',
      title: 'Looking back, tonight or tomorrow',
      showAfter: 'commit',
      intro: 'Be honest and kind with yourself. A day that did not go as planned still tells you something.',
      fields: [
        {
          id: 'didI',
          label: 'Did I?',
          type: 'choice',
          required: true,
          options: [
            { value: 'yes', label: 'Yes' },
            { value: 'partly', label: 'Partly' },
            { value: 'not-today', label: 'Not today' },
          ],
        },
        {
          id: 'whatHelped',
          label: 'What helped, or what got in the way',
          type: 'long-text',
          printLines: 4,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
