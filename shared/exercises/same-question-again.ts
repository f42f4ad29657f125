// Catalog #10: a log of doubts and questions that come back. The one who asked and
// the one who answered each get their own prompts; only the answerer is asked how
// steady they stayed, and nothing here measures whether the asker is "over it".
import type { ExerciseDef } from './types.ts';

export const sameQuestionAgain = {
  id: 'same-question-again',
  number: 10,
  title: 'The same question again',
  summary: 'Note a doubt or question that came back: what you needed if you asked, how you met it if you answered.',
  whyItHelps:
    'After trust has been broken, the same doubts and questions often come back many times; asking again is normal, and nobody has to apologise for it. For the one who answers, answering patiently each time, and staying steady while the fear behind the question has room to ease, matters more than finding perfect words.',
  audience: ['R', 'H'],
  kind: 'running-log',
  cadence: 'log',
  advice: ['S2.7', 'S1.8'],
  steps: [
    {
      id: 'question',
      title: 'A question that came back',
      intro: 'Either of you can keep this log, each in your own space. Fill in the part below that is yours: the one who asked, or the one who answered.',
      fields: [
        {
          id: 'whoseTurn',
          label: 'This time, I was the one who',
          type: 'choice',
          options: [
            { value: 'asked', label: 'Asked' },
            { value: 'answered', label: 'Answered' },
          ],
        },
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
          label: 'The answer that was given',
          type: 'long-text',
          printLines: 4,
        },
      ],
    },
    {
      id: 'asker',
      title: 'If I asked',
      intro: 'Asking again is allowed, as often as the question comes back. There is nothing to get right here.',
      fields: [
        {
          id: 'whatINeeded',
          label: 'What I needed to hear, or to know',
          type: 'long-text',
          printLines: 3,
        },
        {
          id: 'howIFelt',
          label: 'How I felt afterwards',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
    {
      id: 'answerer',
      title: 'If I answered',
      intro: 'The question is not a test of the one asking. Meeting it with patience, each time, is yours to bring.',
      fields: [
        {
          id: 'howCalm',
          label: 'How steady I managed to be',
          help: 'There is no score to beat. Just notice it.',
          type: 'scale',
          scaleLabels: { low: 'not steady at all', high: 'completely steady' },
        },
        {
          id: 'nextTime',
          label: 'What I want to remember next time it comes up',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
