// Catalog #12: a log of counseling, groups and people leaned on, and what each gave.
import type { ExerciseDef } from './types.ts';

export const supportILeanOn = {
  id: 'support-i-lean-on',
  number: 12,
  title: 'The support I lean on',
  summary: 'After a counseling session, a group or a talk with a friend, note what it gave you.',
  whyItHelps:
    'You do not have to do this alone. Getting help with whatever drove the harm, and leaning on counseling, groups and the people who care about you, gives you places to find hope and helps you keep going on the hard days.',
  audience: ['R'],
  kind: 'running-log',
  cadence: 'log',
  advice: ['S0.3', 'S0.4', 'S0.10'],
  steps: [
    {
      id: 'session',
      title: 'One session or contact',
      intro: 'One entry for each session, meeting or conversation that helped, or tried to.',
      fields: [
        {
          id: 'supportKind',
          label: 'Kind of support',
          type: 'choice',
          tally: true,
          options: [
            { value: 'counseling', label: 'Counseling' },
            { value: 'support-group', label: 'A support group' },
            { value: 'friend-or-family', label: 'A friend or family member' },
            { value: 'other', label: 'Something else' },
          ],
        },
        {
          id: 'whatItGaveMe',
          label: 'What it gave me',
          help: 'An idea, some comfort, a hard truth, or simply company.',
          type: 'long-text',
          required: true,
          printLines: 4,
        },
        {
          id: 'bringNextTime',
          label: 'What I want to bring next time',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
