// Catalog #22 (the hurt partner's track): a plan for the moments that bring it all back.
import type { ExerciseDef } from './types.ts';

export const whenItComesBack = {
  id: 'when-it-comes-back',
  number: 22,
  title: 'When it all comes back',
  summary: 'A plan for the moments, places and dates that bring the hurt back.',
  whyItHelps:
    'Fear of being hurt again eases slowly, if it eases, and some moments bring everything back at once: a song, a date, a message tone. Knowing what tends to set it off, and what helps you through, means you do not have to work it out in the middle of the storm. Being kind to yourself in those moments is part of the plan.',
  audience: ['H'],
  kind: 'plan',
  cadence: 'once',
  advice: ['S1.8', 'S0.9', 'S0.4'],
  steps: [
    {
      id: 'triggers',
      title: 'What brings it back',
      fields: [
        {
          id: 'whatBringsItBack',
          label: 'What tends to bring it back',
          help: 'Places, dates, words, times of day, things on a screen.',
          type: 'long-text',
          required: true,
          printLines: 4,
        },
        {
          id: 'howINotice',
          label: 'How I notice it starting',
          help: 'In my body, my thoughts, what I want to do.',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
    {
      id: 'plan',
      title: 'What I will do',
      fields: [
        {
          id: 'whatHelps',
          label: 'What helps me through',
          help: 'Breathing slowly, going outside, writing it down, a bath, music, calling someone.',
          type: 'long-text',
          printLines: 4,
        },
        {
          id: 'whoICanReach',
          label: 'Who I can reach',
          type: 'short-text',
          printLines: 1,
        },
        {
          id: 'fromMyPartner',
          label: 'What I would like from my partner then, if anything',
          help: 'Only if you want anything from them at all. “Nothing” and “to be left alone” are real answers.',
          type: 'long-text',
          printLines: 3,
        },
        {
          id: 'kindWords',
          label: 'Something kind I can say to myself',
          type: 'long-text',
          printLines: 2,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
