// Catalog #13: a daily minute of self-care for either partner: mood, one kind act, one kind sentence.
import type { ExerciseDef } from './types.ts';

export const caringForMyself = {
  id: 'caring-for-myself',
  number: 13,
  title: 'Caring for myself',
  summary: 'A minute a day: how you are, one kind thing you did, one kind sentence to yourself.',
  whyItHelps:
    'Whichever side of this you are on, you are worth looking after. One kind act and one kind sentence a day are a small, steady way of caring for yourself, and caring for yourself is one of the places hope can come from.',
  audience: ['R', 'H'],
  kind: 'daily-check-in',
  cadence: 'daily',
  advice: ['S0.4', 'S0.9'],
  steps: [
    {
      id: 'today',
      title: 'Today',
      intro: 'This is just for you, whichever partner you are. If you miss a day, there is nothing to catch up on.',
      fields: [
        {
          id: 'mood',
          label: 'My mood today',
          type: 'scale',
          required: true,
          scaleLabels: { low: 'very low', high: 'very good' },
        },
        {
          id: 'kindThing',
          label: 'One kind thing I did for myself',
          help: 'A walk, a proper meal, an early night, a call with a friend. Small is enough.',
          type: 'short-text',
          printLines: 2,
        },
        {
          id: 'kindSentence',
          label: 'One self-compassionate sentence',
          help: 'Something you would say to a friend in your place.',
          type: 'short-text',
          printLines: 2,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
