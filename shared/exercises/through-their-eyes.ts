// Catalog #6: what it cost the partner, what they may fear, and how to stay steady.
import type { ExerciseDef } from './types.ts';

export const throughTheirEyes = {
  id: 'through-their-eyes',
  number: 6,
  title: 'Through my partner’s eyes',
  summary: 'Try to see what it cost your partner, what they may fear now, and how to stay steady.',
  whyItHelps:
    'Being let down by the person you trusted most can turn a life upside down. Looking honestly at what it cost your partner, and at how things look from their side, shows you what has to be overcome, and helps you stay patient and understanding while their fear of being hurt again slowly eases.',
  audience: ['R'],
  kind: 'reflection',
  cadence: 'once',
  advice: ['S1.2', 'S2.3', 'S1.8'],
  steps: [
    {
      id: 'cost',
      title: 'What it cost them',
      intro:
        'You cannot know exactly what your partner feels, and this is not a place to decide it for them. Write what you have seen and heard, and what you can imagine, as honestly as you can.',
      fields: [
        {
          id: 'whatItCost',
          label: 'What it cost my partner',
          help: 'Their peace of mind, their sleep, their sense of being safe, their plans, how they see themselves. Not what it cost you.',
          type: 'long-text',
          required: true,
          printLines: 6,
        },
        {
          id: 'afraidOf',
          label: 'What they may be afraid of now',
          help: 'For example: that it could happen again, that they missed the signs, that they could not go through this twice.',
          type: 'long-text',
          printLines: 4,
        },
      ],
    },
    {
      id: 'their-side',
      title: 'From their side',
      intro: 'Think about how recent weeks might look to someone who sees what you do, not what you intend.',
      fields: [
        {
          id: 'fromTheirSide',
          label: 'How it might look from my partner’s side',
          help: 'Including the things you mean well, which might still look different to them.',
          type: 'long-text',
          printLines: 5,
        },
      ],
    },
    {
      id: 'steady',
      title: 'Staying steady',
      intro: 'Their fear may show as anger, distance, questions or silence. It is not something to argue with, or to fix quickly.',
      fields: [
        {
          id: 'stayingSteady',
          label: 'How I can stay steady when their fear shows',
          help: 'What you will do, and not do, in those moments. For example: listen to the end, answer the question that was asked, breathe before replying.',
          type: 'long-text',
          required: true,
          printLines: 5,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
