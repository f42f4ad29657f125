// Catalog #26: what I am proud of, starting with the first step: stopping.
import type { ExerciseDef } from './types.ts';

export const whatIAmProudOf = {
  id: 'what-i-am-proud-of',
  number: 26,
  title: 'What I am proud of',
  summary: 'Starting with the first step, stopping what did the harm, and every small step since.',
  whyItHelps:
    'Stopping what did the harm is the first step, and it is a real one: it is all right to be proud of it. Noticing the small steps you take, and treating yourself with the care you are learning to show others, helps you keep going on the days when nobody else can see the change yet.',
  audience: ['R'],
  kind: 'running-log',
  cadence: 'log',
  advice: ['S0.1', 'S0.9', 'S0.6'],
  steps: [
    {
      id: 'proud',
      title: 'Something I am proud of',
      intro: 'Start with the first step: what you have stopped. Pride here is quiet, for you, and asks nothing of anyone else.',
      fields: [
        {
          id: 'proudOf',
          label: 'What I am proud of',
          type: 'long-text',
          required: true,
          printLines: 4,
        },
        {
          id: 'whatItTook',
          label: 'What it took',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
