// Catalog #4: small actions and small gains, noticed by either partner or both.
import type { ExerciseDef } from './types.ts';

export const smallSteps = {
  id: 'small-steps',
  number: 4,
  title: 'No step too small',
  summary: 'Note your own small steps and small gains as they happen.',
  whyItHelps:
    'Each small choice shows that you mean it, and gradual change is more likely to be seen as sincere and more likely to last. Writing your own small steps down keeps them from disappearing on the days when nothing seems to move. If you were hurt, this is for your own steps, not a record of your partner’s: keeping track of their efforts is not your job.',
  audience: ['R', 'H', 'T'],
  kind: 'running-log',
  cadence: 'log',
  advice: ['S0.6', 'S2.8'],
  steps: [
    {
      id: 'small-step',
      title: 'A small step',
      intro: 'One entry for one small thing you did, or one small gain you noticed for yourself. If you are writing together, note a step you took together. Small is the point.',
      fields: [
        {
          id: 'whatHappened',
          label: 'What happened',
          help: 'For example: a phone call that stayed calm, a promise kept, a walk together.',
          type: 'long-text',
          required: true,
          printLines: 3,
        },
        {
          id: 'whoDidIt',
          label: 'Whose step it was',
          type: 'choice',
          options: [
            { value: 'me', label: 'Me' },
            // Earlier entries could log the other partner's steps; that is no longer asked of anyone.
            { value: 'my-partner', label: 'My partner (from an earlier version of Mend)', retired: true },
            { value: 'both', label: 'Both of us' },
          ],
        },
        {
          id: 'whyItMatters',
          label: 'Why it matters, however small',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
