// Catalog #24: the children: promises kept to them, out of adult conflict, co-parenting never a way back.
import type { ExerciseDef } from './types.ts';

export const theChildren = {
  id: 'the-children',
  number: 24,
  title: 'The children',
  summary: 'Promises you keep to your children, keeping them out of adult conflict, and co-parenting as it is.',
  whyItHelps:
    'Children notice what you do more than what you say. Keeping small promises to them, and keeping them out of the adults’ conflict, shows them, and you, that you can be relied on. Contact about the children is about the children: using it to press for a way back puts pressure on your partner and on them.',
  audience: ['R'],
  kind: 'reflection',
  cadence: 'once',
  advice: ['S0.9', 'S0.7', 'S2.5'],
  steps: [
    {
      id: 'promises',
      title: 'Promises to them',
      intro: 'Small, real promises you can keep: a bedtime story, being on time, turning up when you said.',
      fields: [
        {
          id: 'promises',
          label: 'What I have promised them',
          type: 'list',
          required: true,
          itemName: 'promise',
          maxItems: 15,
          printLines: 6,
          itemFields: [
            { id: 'promise', label: 'Promise', type: 'short-text' },
            {
              id: 'kept',
              label: 'Kept?',
              type: 'choice',
              options: [
                { value: 'kept', label: 'Kept' },
                { value: 'not-kept', label: 'Not kept' },
                { value: 'still-to-come', label: 'Still to come' },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'out-of-it',
      title: 'Keeping them out of it',
      fields: [
        {
          id: 'outOfConflict',
          label: 'How I keep them out of adult conflict',
          help: 'For example: no arguments in front of them, no messages through them, never asking them to take sides or carry news.',
          type: 'long-text',
          printLines: 4,
        },
        {
          id: 'whatTheyNeed',
          label: 'What they might need from me now',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
    {
      id: 'co-parenting',
      title: 'Co-parenting contact',
      intro: 'When you are in touch about the children, keep to the children. It is not the moment to talk about the two of you unless your partner raises it.',
      fields: [
        {
          id: 'contactAboutChildren',
          label: 'How I keep our contact about the children',
          type: 'long-text',
          printLines: 3,
        },
        {
          id: 'urgeToUseIt',
          label: 'When I feel the urge to use it as a way back, I will',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
