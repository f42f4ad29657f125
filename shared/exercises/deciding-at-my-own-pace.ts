// Catalog #21 (the hurt partner's track): deciding at my own pace; staying and leaving are both real choices.
import type { ExerciseDef } from './types.ts';

export const decidingAtMyOwnPace = {
  id: 'deciding-at-my-own-pace',
  number: 21,
  title: 'Deciding, at my own pace',
  summary: 'Where you stand today. Trying again and ending it are both real choices, and not deciding yet is one too.',
  whyItHelps:
    'Only you can decide whether you want to rebuild this relationship, and there is no deadline. Nobody can promise how it would turn out either way. You owe no one forgiveness, contact or another chance; ending the relationship is a real choice, as is trying again, or waiting. Writing down where you stand, and what each path would need, can make room to think without being rushed.',
  audience: ['H'],
  kind: 'reflection',
  cadence: 'once',
  advice: ['S1.7', 'S0.8', 'S1.10', 'S2.4'],
  steps: [
    {
      id: 'today',
      title: 'Where I stand today',
      intro: 'This can change, as often as it needs to. Come back to it whenever you like, and start a new one if that helps.',
      fields: [
        {
          id: 'whereIStand',
          label: 'Today, I am leaning towards',
          type: 'choice',
          required: true,
          options: [
            { value: 'trying-again', label: 'Trying to rebuild' },
            { value: 'ending-it', label: 'Ending the relationship' },
            { value: 'a-pause', label: 'A pause, with space between us' },
            { value: 'dont-know', label: 'I don’t know yet' },
          ],
        },
        {
          id: 'whatIFeel',
          label: 'What I feel about it',
          type: 'long-text',
          printLines: 4,
        },
      ],
    },
    {
      id: 'paths',
      title: 'What each path would need',
      intro: 'Think about both, even if one feels impossible today. Neither is a failure.',
      fields: [
        {
          id: 'stayingWouldNeed',
          label: 'If I stayed, I would need',
          type: 'long-text',
          printLines: 4,
        },
        {
          id: 'leavingWouldNeed',
          label: 'If I left, I would need',
          help: 'Practical things too: somewhere to live, money, help with children, people around me.',
          type: 'long-text',
          printLines: 4,
        },
        {
          id: 'notOwed',
          label: 'What I do not owe anyone',
          help: 'For example: an answer by a certain date, forgiveness, a reason for how I feel.',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
