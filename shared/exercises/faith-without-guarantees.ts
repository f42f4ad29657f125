// Catalog #14: what is in my hands, what is not, and why I keep going without any promise of the outcome.
import type { ExerciseDef } from './types.ts';

export const faithWithoutGuarantees = {
  id: 'faith-without-guarantees',
  number: 14,
  title: 'Faith without guarantees',
  summary: 'Sort what you can control from what you cannot, and write down why you keep going.',
  whyItHelps:
    'There are no guarantees, and your partner may take a long time to see the change. What you can bring is sincerity and steady character, which give the relationship a chance but not a promise. Knowing why you keep going, and who you can lean on, helps you not give up on the slow days.',
  audience: ['R'],
  kind: 'reflection',
  cadence: 'once',
  advice: ['S0.8', 'S1.10', 'S2.11'],
  steps: [
    {
      id: 'control',
      title: 'What is mine to do',
      intro: 'Nobody can promise how this ends: not you, not your partner, not this workbook. What you can do is look after your own part.',
      fields: [
        {
          id: 'canControl',
          label: 'What I can control',
          help: 'For example: what I do each day, keeping my word, getting help, how I answer a hard question.',
          type: 'long-text',
          printLines: 5,
        },
        {
          id: 'cannotControl',
          label: 'What I cannot control',
          help: 'For example: what my partner feels, how long they need, what they decide.',
          type: 'long-text',
          printLines: 5,
        },
        {
          id: 'integrityElsewhere',
          label: 'Where else in my life I keep my word',
          help: 'At work, with friends, with the children, with money. Character shows in the rest of your life too, not only towards your partner.',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
    {
      id: 'keep-going',
      title: 'Why I keep going',
      intro: 'Many couples do find their way through this, and some do not; no one can tell in advance. Come back to this page on the days it feels slow.',
      fields: [
        {
          id: 'whyIKeepGoing',
          label: 'Why I keep going',
          help: 'Your own reasons, the ones that still hold whatever your partner decides.',
          type: 'long-text',
          required: true,
          printLines: 5,
        },
        {
          id: 'whoICanLeanOn',
          label: 'Who I can lean on when it feels slow',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
