// Catalog #3: a ledger of promises, one per entry, and whether each was kept.
import type { ExerciseDef } from './types.ts';

export const promisesKept = {
  id: 'promises-kept',
  number: 3,
  title: 'Promises kept',
  summary: 'Write down each thing you said you would do, and later note whether you did.',
  whyItHelps:
    'What you do, again and again, says more than anything you say. A plain record of each promise and whether you kept it shows you, over weeks and months, whether your actions match your words, and a promise you missed becomes something to learn from rather than a reason to stop.',
  audience: ['R'],
  kind: 'running-log',
  cadence: 'log',
  advice: ['S0.7', 'S1.9', 'S2.6'],
  steps: [
    {
      id: 'promise',
      title: 'The promise',
      intro: 'One entry for each promise, large or small. This is a record, not a verdict on you.',
      fields: [
        {
          id: 'whatISaid',
          label: 'What I said I would do',
          help: 'For example: “Be home by seven on Thursday.”',
          type: 'short-text',
          required: true,
          printLines: 2,
        },
        {
          id: 'toWhomWhen',
          label: 'To whom, and by when',
          help: 'Who you said it to, and when it was due.',
          type: 'short-text',
          printLines: 1,
        },
      ],
    },
    {
      id: 'looking-back',
      title: 'Looking back',
      showAfter: 'promise',
      intro: 'Come back once the time has come. Whatever the answer, writing it down honestly is what makes this record worth having.',
      fields: [
        {
          id: 'kept',
          label: 'Did I keep it?',
          type: 'choice',
          required: true,
          tally: true,
          options: [
            { value: 'kept', label: 'Kept' },
            { value: 'partly', label: 'Partly' },
            { value: 'not-kept', label: 'Not kept' },
            { value: 'not-yet-due', label: 'Not yet due' },
          ],
        },
        {
          id: 'whatILearned',
          label: 'What I learned',
          help: 'What helped, what got in the way, or how you might word the next promise.',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
