// Catalog #27: saying how I feel, and meaning it, without asking for anything back.
import type { ExerciseDef } from './types.ts';

export const sayingHowIFeel = {
  id: 'saying-how-i-feel',
  number: 27,
  title: 'Saying how I feel, and meaning it',
  summary: 'Practise saying what you feel, honestly, without asking anything in return.',
  whyItHelps:
    'Saying how you feel and meaning it is part of doing what you said you would. Honest feelings, said plainly, can help communication reopen, as long as they are not a way of asking your partner for something: comfort, a decision, a quicker return. This is a place to find the words first.',
  audience: ['R'],
  kind: 'running-log',
  cadence: 'log',
  advice: ['S0.7', 'S2.9', 'S2.5'],
  steps: [
    {
      id: 'feeling',
      title: 'A feeling, in words',
      fields: [
        {
          id: 'whatIFeel',
          label: 'What I feel',
          help: 'Start with “I feel…”. Sad, ashamed, scared, hopeful, lonely: plain words are best.',
          type: 'long-text',
          required: true,
          printLines: 3,
        },
        {
          id: 'whatISaid',
          label: 'What I said, or would say',
          type: 'long-text',
          printLines: 3,
        },
        {
          id: 'askingForSomething',
          label: 'Was I asking for something in return?',
          help: 'An honest check. If the answer is yes, try saying the feeling again without the request.',
          type: 'choice',
          options: [
            { value: 'no', label: 'No' },
            { value: 'a-little', label: 'A little' },
            { value: 'yes', label: 'Yes' },
          ],
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
