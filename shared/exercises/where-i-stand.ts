// Catalog #1: what happened, in plain words, what has stopped, and what is still being worked on.
import type { ExerciseDef } from './types.ts';

export const whereIStand = {
  id: 'where-i-stand',
  number: 1,
  title: 'Where I stand',
  summary: 'Say plainly what happened, what you have already stopped, and what you are still working on.',
  whyItHelps:
    'Change begins with stopping what did the harm and calling it by its real name, including the parts it is tempting to call small. An honest starting point also helps you hold on when your partner needs a long time to see any change, because nobody can promise how this ends.',
  audience: ['R'],
  kind: 'reflection',
  cadence: 'once',
  advice: ['S0.1', 'S2.1', 'S0.8'],
  steps: [
    {
      id: 'what-happened',
      title: 'What happened',
      intro: 'Write it for your own eyes first, as plainly as you can. Leave the reasons aside for now; there is room for them in another exercise.',
      fields: [
        {
          id: 'whatHappened',
          label: 'What happened, in plain words',
          help: 'Say what you did rather than why. If you find yourself writing “only” or “just”, try the sentence again without those words.',
          type: 'long-text',
          required: true,
          printLines: 6,
        },
        {
          id: 'whyItMatters',
          label: 'Why it matters, even where part of me calls it small',
          help: 'What it has cost, or put at risk, between you and your partner.',
          type: 'long-text',
          printLines: 4,
        },
      ],
    },
    {
      id: 'stopped',
      title: 'What I have stopped',
      intro: 'Stopping is the first step, and it counts. Write it down honestly, without making it bigger or smaller than it is.',
      fields: [
        {
          id: 'alreadyStopped',
          label: 'What I have already stopped',
          help: 'For example: “No drinking since the start of the month.” or “I deleted the app I used to chat on.”',
          type: 'long-text',
          required: true,
          printLines: 5,
        },
        {
          id: 'stillWorkingOn',
          label: 'What I am still working on stopping',
          help: 'It is all right if this is not empty. Naming it is part of the work.',
          type: 'long-text',
          printLines: 4,
        },
      ],
    },
    {
      id: 'ahead',
      title: 'Looking ahead',
      intro:
        'Your partner may take a long time to notice that anything has changed, and nobody can promise how this ends. A slow response does not mean the work is wasted. It can be part of rebuilding; it can also be how a partner who has decided to end it is telling you, and that is theirs to decide.',
      fields: [
        {
          id: 'toRemember',
          label: 'What I want to remember on the days it feels slow',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
