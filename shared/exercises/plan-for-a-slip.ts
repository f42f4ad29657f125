// Catalog #23: a plan for a slip: warning signs, the first hour, who I call, how I tell my partner.
import type { ExerciseDef } from './types.ts';

export const planForASlip = {
  id: 'plan-for-a-slip',
  number: 23,
  title: 'A plan for a slip',
  summary: 'Warning signs, the first hour, who you call, and how you would tell your partner.',
  whyItHelps:
    'Nobody can promise they will never slip back, and pretending otherwise makes a slip harder to face. Knowing your temptations, and deciding ahead of time what you will do in the first hour, who you will call and how you will tell your partner, gives you a way back to your commitment. A slip is not the end of recovery; hiding one does more harm than telling it.',
  audience: ['R'],
  kind: 'plan',
  cadence: 'once',
  advice: ['S1.10', 'S1.1', 'S0.3', 'S0.10'],
  steps: [
    {
      id: 'signs',
      title: 'Warning signs',
      fields: [
        {
          id: 'warningSigns',
          label: 'The signs that I am heading towards a slip',
          help: 'Feelings, places, people, times of day, thoughts like “just once won’t matter”.',
          type: 'long-text',
          required: true,
          printLines: 4,
        },
        {
          id: 'whenISeeThem',
          label: 'What I will do when I see them',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
    {
      id: 'first-hour',
      title: 'If I slip',
      intro: 'If it happens, come back to this page. One slip does not undo everything you have done, and it is not a reason to give up.',
      fields: [
        {
          id: 'firstHour',
          label: 'What I do in the first hour',
          help: 'For example: stop, get somewhere safe, pour it away, delete the app, call someone.',
          type: 'long-text',
          required: true,
          printLines: 4,
        },
        {
          id: 'whoICall',
          label: 'Who I call',
          help: 'A sponsor, a counselor, a friend who knows, a helpline.',
          type: 'short-text',
          printLines: 1,
        },
        {
          id: 'tellingMyPartner',
          label: 'How and when I tell my partner',
          help: 'Honestly, soon, and without asking them to make it all right. If they have asked for no contact, tell your counselor or sponsor instead, and respect their wish.',
          type: 'long-text',
          printLines: 4,
        },
        {
          id: 'afterwards',
          label: 'What I do in the days after',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
