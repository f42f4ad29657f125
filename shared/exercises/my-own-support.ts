// Catalog #20 (the hurt partner's track): the people and places that hold me up.
import type { ExerciseDef } from './types.ts';

export const myOwnSupport = {
  id: 'my-own-support',
  number: 20,
  title: 'My own support',
  summary: 'Who and what holds you up: your own counselor, friends, a group.',
  whyItHelps:
    'You do not have to carry this alone, and your support does not have to be your partner’s. A counselor of your own, friends who listen, or a group for people in your place (such as Al-Anon, if drinking is part of it) can give you hope and room to think, whatever you decide.',
  audience: ['H'],
  kind: 'reflection',
  cadence: 'once',
  advice: ['S0.10', 'S0.4'],
  steps: [
    {
      id: 'people',
      title: 'Who I can lean on',
      intro: 'Name the people and places you could turn to. It is fine if the list is short, or empty for now.',
      fields: [
        {
          id: 'supporters',
          label: 'People and places',
          help: 'One per row: a friend, a relative, your own counselor or doctor, a group, a helpline.',
          type: 'list',
          required: true,
          itemName: 'supporter',
          maxItems: 15,
          printLines: 6,
          itemFields: [
            { id: 'who', label: 'Who or what', type: 'short-text' },
            { id: 'howToReach', label: 'How to reach them', type: 'short-text' },
            { id: 'goodFor', label: 'What they are good for', help: 'Listening, practical help, a distraction, a straight answer.', type: 'short-text' },
          ],
        },
      ],
    },
    {
      id: 'next',
      title: 'One step towards support',
      fields: [
        {
          id: 'oneStep',
          label: 'One small step I could take this week',
          help: 'For example: look up a group meeting near me, ask my doctor about a counselor, call a friend.',
          type: 'long-text',
          printLines: 3,
        },
        {
          id: 'whatIWantFromThem',
          label: 'What I would like from the people around me',
          help: 'Including what you would rather they did not do, such as giving advice you did not ask for.',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
