// Catalog #10: a log of doubts and questions that come back, and how calmly they were met.
import type { ExerciseDef } from './types.ts';

export const sameQuestionAgain = {
  id: 'same-question-again',
  number: 10,
  title: 'The same question again',
  summary: 'Note each time a doubt or question comes back, and how it was met.',
  whyItHelps:
    'After trust has been broken, the same doubts and questions often return many times; that is part of rebuilding, not a sign that nothing is working. Answering patiently each time, and staying steady while the fear behind the question eases, matters more than finding perfect words.',
  audience: ['R', 'H'],
  kind: 'running-log',
  cadence: 'log',
  advice: ['S2.7', 'S1.8'],
  steps: [
    {
      id: 'question',
      title: 'A question that came back',
      intro:
        'Expect the same question many times. Meeting it with patience, each time, is the point. Either of you can keep this log: the one who asks, or the one who answers.',
      fields: [
        {
          id: 'theQuestion',
          label: 'The question that came back',
          help: 'In the words it was asked, as near as you remember them.',
          type: 'long-text',
          required: true,
          printLines: 2,
        },
        {
          id: 'theAnswer',
          label: 'What I answered (or: what I was told)',
          type: 'long-text',
          printLines: 4,
        },
        {
          id: 'howIFelt',
          label: 'How I felt',
          type: 'long-text',
          printLines: 3,
        },
        {
          id: 'howCalm',
          label: 'How calm I managed to be',
          help: 'There is no score to beat. Just notice it.',
          type: 'scale',
          scaleLabels: { low: 'not calm at all', high: 'completely calm' },
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
