// Catalog #4: small actions and small gains, noticed by either partner or both.
import type { ExerciseDef } from './types.ts';

export const smallSteps = {
  id: 'small-steps',
  number: 4,
  title: 'No step too small',
  summary: 'Note the small actions and small gains, by either of you, as they happen.',
  whyItHelps:
    'Each small choice shows that you mean it, and change that comes slowly is the kind people come to believe and the kind that lasts. Writing small steps down, your own or your partner’s, keeps them from disappearing on the days when nothing seems to move.',
  audience: ['R', 'H', 'T'],
  kind: 'running-log',
  cadence: 'log',
  advice: ['S0.6', 'S2.8'],
  steps: [
    {
      id: 'small-step',
      title: 'A small step',
      intro: 'One entry for one small thing, done or noticed. Either of you can write here, alone or together. Small is the point.',
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
          label: 'Who did it, or noticed it',
          type: 'choice',
          options: [
            { value: 'me', label: 'Me' },
            { value: 'my-partner', label: 'My partner' },
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
