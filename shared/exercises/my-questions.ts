// Catalog #19 (the hurt partner's track): my questions, and which answers I am ready to hear.
import type { ExerciseDef } from './types.ts';

export const myQuestions = {
  id: 'my-questions',
  number: 19,
  title: 'My questions, and when I want the answers',
  summary: 'The questions you carry, and which answers you are ready to hear, now or later.',
  whyItHelps:
    'After trust is broken, questions often come back again and again; asking them is not a failure to move on. Some answers help and some can hurt more than they help, so you get to choose which you want to hear, and when. Writing the questions down lets you keep them without having to carry all of them at once.',
  audience: ['H'],
  kind: 'reflection',
  cadence: 'once',
  advice: ['S2.7', 'S1.2', 'S1.7'],
  steps: [
    {
      id: 'questions',
      title: 'My questions',
      intro: 'Any question is allowed here, including the ones you may never ask aloud. Nobody sees this list unless you choose to show it.',
      fields: [
        {
          id: 'questions',
          label: 'Questions I have',
          help: 'One per row, with whether you want to hear the answer now.',
          type: 'list',
          required: true,
          itemName: 'question',
          maxItems: 30,
          printLines: 8,
          itemFields: [
            { id: 'question', label: 'Question', type: 'short-text' },
            {
              id: 'ready',
              label: 'Ready to hear the answer?',
              type: 'choice',
              options: [
                { value: 'ready', label: 'Ready now' },
                { value: 'not-yet', label: 'Not yet' },
                { value: 'not-sure', label: 'Not sure' },
                { value: 'rather-not', label: 'Rather not know' },
              ],
            },
            { id: 'note', label: 'Note', type: 'short-text' },
          ],
        },
      ],
    },
    {
      id: 'asking',
      title: 'If I ask',
      intro: 'Only if you want to. It can help to think about how and where you would like to ask, so that you are not caught off guard by the answer.',
      fields: [
        {
          id: 'howIWantToAsk',
          label: 'How and where I would like to ask',
          help: 'For example: in a counseling session, by letter, on a walk, not late at night.',
          type: 'long-text',
          printLines: 3,
        },
        {
          id: 'afterAnAnswer',
          label: 'What I will do for myself after a hard answer',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
