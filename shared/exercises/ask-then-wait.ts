// Catalog #9: a journal of moments when the urge to push came, and what was done instead.
import type { ExerciseDef } from './types.ts';

export const askThenWait = {
  id: 'ask-then-wait',
  number: 9,
  title: 'Ask, then wait',
  summary: 'When you feel the urge to push for an answer, write it here, and what you did instead.',
  whyItHelps:
    'Forgiveness cannot be hurried, and pushing for a quick answer tends to make your words sound empty. Your partner needs time to feel safe and will be watching what you do, so keeping in touch gently and letting results show before you ask for anything gives your sincerity room to be seen.',
  audience: ['R'],
  kind: 'running-log',
  cadence: 'log',
  advice: ['S1.7', 'S2.4', 'S2.5', 'S2.9'],
  steps: [
    {
      id: 'moment',
      title: 'One moment',
      intro:
        'Forgiveness cannot be hurried. You can ask once, and then the waiting is part of the work: let what you do show before you ask for anything in return. Waiting is not owed an ending: your partner may say no, or may have already decided, and if they have asked for no contact, do not ask at all. Use one entry for each time you felt the pull to push.',
      fields: [
        {
          id: 'theUrge',
          label: 'The urge to push',
          help: 'What you wanted to ask for or demand: an answer, a decision, a date.',
          type: 'long-text',
          printLines: 3,
        },
        {
          id: 'whatIDidInstead',
          label: 'What I did instead',
          help: 'Even if all you did was wait, that counts.',
          type: 'long-text',
          required: true,
          printLines: 3,
        },
        {
          id: 'howItWent',
          label: 'How it went, and how I feel now',
          help: 'Waiting is often hard, and if your partner has left, panic and loneliness are a normal part of it. Writing the feeling down is a way to hold it without acting on it.',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
