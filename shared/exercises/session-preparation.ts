// Catalog #28 and #29: preparing for a counseling session, one for each partner. What is written in
// "for the note" is what the counselor summary's note can start from (see docs/CONTENT.md).
import type { ExerciseDef, StepDef } from './types.ts';

/** The same questions for both partners; only the hints differ. Field ids are shared so the summary can read either. */
function prepSteps(hints: { bring: string; afraid: string }): readonly StepDef[] {
  return [
    {
      id: 'prepare',
      title: 'Before the session',
      intro: 'For your own counseling or for a session together. You choose what, if anything, you read out or share.',
      fields: [
        { id: 'bringToSession', label: 'What I want to bring to the next session', help: hints.bring, type: 'long-text', required: true, printLines: 5 },
        { id: 'afraidToSay', label: 'What I am afraid to say', help: hints.afraid, type: 'long-text', printLines: 4 },
        { id: 'needFromCounselor', label: 'What I need from the counselor', type: 'long-text', printLines: 3 },
        {
          id: 'forTheNote',
          label: 'For the note to my counselor',
          help: 'A few lines you would be happy for your counselor to read. Mend can start the summary’s note from this, and you can still change it there.',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ];
}

export const sessionPrepRebuilding = {
  id: 'session-prep-rebuilding',
  number: 28,
  title: 'Preparing for a session (rebuilding trust)',
  summary: 'What you want to bring to your next counseling session, and what you are afraid to say.',
  whyItHelps:
    'Counseling is a place to work on what drove the harm, and it works better when you arrive knowing what you want to say, including the hard parts. Owning what you did, without excuses, is easier when you have found the words beforehand.',
  audience: ['R'],
  kind: 'reflection',
  cadence: 'log',
  advice: ['S0.3', 'S2.10', 'S0.4'],
  steps: prepSteps({
    bring: 'What happened since last time, what you are working on, what you are stuck on.',
    afraid: 'Something you have not said yet, to the counselor or to yourself.',
  }),
} as const satisfies ExerciseDef;

export const sessionPrepHurt = {
  id: 'session-prep-hurt',
  number: 29,
  title: 'Preparing for a session (I was hurt)',
  summary: 'What you want to bring to your next session, and what you are afraid to say.',
  whyItHelps:
    'A session is as much yours as anyone’s. Deciding beforehand what you want to raise, what you are not ready to talk about, and what you need from the counselor helps you keep your own pace in the room.',
  audience: ['H'],
  kind: 'reflection',
  cadence: 'log',
  advice: ['S2.4', 'S0.4', 'S1.7'],
  steps: prepSteps({
    bring: 'What you have been carrying, what you need to say, a question you want help with.',
    afraid: 'Something hard to say aloud, perhaps in front of your partner. You can ask to see the counselor alone.',
  }),
} as const satisfies ExerciseDef;
