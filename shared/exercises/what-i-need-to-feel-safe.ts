// Catalog #15: for the hurt partner: needs, boundaries, pace and trust today, all on their own terms.
import { shareTrustField } from '../progress/trust-sharing.ts';
import type { ExerciseDef } from './types.ts';

export const whatINeedToFeelSafe = {
  id: 'what-i-need-to-feel-safe',
  number: 15,
  title: 'What I need to feel safe again',
  summary: 'Your needs, your boundaries, your pace: written for you, and shared only if you choose.',
  whyItHelps:
    'Feeling safe again takes time, and how much time is yours to decide: nobody can hurry you towards forgiveness or towards any decision. It is fair to watch what your partner does before believing it. Writing down what you need, your boundaries and your pace helps you keep hold of them, whatever you decide.',
  audience: ['H'],
  kind: 'reflection',
  cadence: 'once',
  advice: ['S1.7', 'S1.8', 'S2.4'],
  steps: [
    {
      id: 'needs',
      title: 'What I need',
      intro: 'This is yours. You do not owe anyone an explanation for what you write here, and you can change it whenever you like.',
      fields: [
        {
          id: 'whatINeed',
          label: 'What I need to feel safe',
          help: 'For example: straight answers when I ask, time on my own, knowing where things stand.',
          type: 'long-text',
          required: true,
          printLines: 5,
        },
        {
          id: 'myBoundaries',
          label: 'My boundaries',
          help: 'What is not all right with you, now. You can change them whenever you choose to.',
          type: 'long-text',
          printLines: 5,
        },
      ],
    },
    {
      id: 'pace',
      title: 'My pace',
      intro: 'There is no right speed, and no wrong one. “Not much yet” is a real answer.',
      fields: [
        {
          id: 'readyNow',
          label: 'What I am ready for now',
          type: 'long-text',
          printLines: 3,
        },
        {
          id: 'notYet',
          label: 'What I am not ready for yet',
          type: 'long-text',
          printLines: 3,
        },
        {
          id: 'trustToday',
          label: 'How much I trust my partner today',
          help: 'Any number is all right, and it may go up or down. It is not a test of you. Optional: you may leave it blank.',
          type: 'scale',
          scaleLabels: { low: 'no trust at all', high: 'complete trust' },
        },
        shareTrustField('trustTodayShared'),
      ],
    },
    {
      id: 'for-my-partner',
      title: 'For my partner, if I choose',
      intro: 'Only if you want to. You decide whether your partner ever reads this, and when.',
      fields: [
        {
          id: 'partnerToKnow',
          label: 'What I’d like my partner to know',
          type: 'long-text',
          printLines: 4,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
