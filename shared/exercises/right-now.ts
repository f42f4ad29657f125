// Catalog #25: a "right now" card for a hard evening; the safety screen shows the same four prompts.
import type { ExerciseDef } from './types.ts';

export const rightNow = {
  id: 'right-now',
  number: 25,
  title: 'Right now',
  summary: 'For a hard evening: what you feel, the next ten minutes, who you will call, where help is.',
  whyItHelps:
    'On a hard evening, the whole road ahead is too much; the next ten minutes are not. When you cannot see the next right thing, you usually know the wrong one, and you can simply not do it for now. If you are rebuilding trust, staying with your commitment hour by hour is part of this; for anyone, reaching for someone who supports you is enough for tonight.',
  audience: ['R', 'H'],
  kind: 'reflection',
  cadence: 'log',
  advice: ['S0.2', 'S0.10', 'S0.7'],
  steps: [
    {
      id: 'now',
      title: 'Right now',
      intro: 'Just the next ten minutes. If you are in danger, or might hurt yourself or someone else, call your local emergency number now.',
      fields: [
        {
          id: 'whatIFeel',
          label: 'What I feel',
          help: 'A word or two is enough.',
          type: 'short-text',
          required: true,
          printLines: 1,
        },
        {
          id: 'nextTenMinutes',
          label: 'What I will do for the next ten minutes',
          help: 'Something small and safe: a glass of water, a walk round the block, a shower, leaving the phone in another room.',
          type: 'long-text',
          printLines: 3,
        },
        {
          id: 'whoIWillCall',
          label: 'Who I will call',
          type: 'short-text',
          printLines: 1,
        },
        {
          id: 'whereHelpIs',
          label: 'Where help is',
          help: 'A helpline, a meeting tonight, a friend’s door. Mend’s safety page lists helplines.',
          type: 'short-text',
          printLines: 1,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
