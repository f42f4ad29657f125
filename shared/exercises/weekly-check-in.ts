// Catalog #16: once a week, each partner in turn: trust, one win, one worry, one request.
import { shareTrustField } from '../progress/trust-sharing.ts';
import type { ExerciseDef } from './types.ts';

export const weeklyCheckIn = {
  id: 'weekly-check-in',
  number: 16,
  title: 'Weekly trust check-in',
  summary: 'Once a week, each of you in turn: trust this week, one win, one worry, one request.',
  whyItHelps:
    'Sincerity shows over the long haul, and slow gains are easier to see week by week than day by day. A short, regular check-in gives you both a steady place to say how you feel and mean it, and to ask for one thing, without turning every day into a review.',
  audience: ['T'],
  kind: 'check-in',
  cadence: 'weekly',
  advice: ['S2.6', 'S2.8', 'S0.7'],
  steps: [
    {
      id: 'partner-one',
      title: 'First partner',
      intro:
        'Each of you answers for yourself. Your numbers may differ, and that is all right: nobody argues with the other’s number, and nobody has to explain it.',
      fields: [
        { id: 'oneName', label: 'Name or initials', type: 'short-text', printLines: 1 },
        {
          id: 'oneTrust',
          label: 'Trust this week',
          help: 'How much trust you feel between you this week, as you see it. Optional: you may leave it blank.',
          type: 'scale',
          scaleLabels: { low: 'none', high: 'complete' },
        },
        shareTrustField('oneTrustShared'),
        { id: 'oneWin', label: 'One win this week', type: 'short-text', printLines: 2 },
        { id: 'oneWorry', label: 'One worry', type: 'short-text', printLines: 2 },
        { id: 'oneRequest', label: 'One request for the coming week', help: 'Something small and specific.', type: 'short-text', printLines: 2 },
      ],
    },
    {
      id: 'partner-two',
      title: 'Second partner',
      intro: 'Your own answers, in your own words. Listening to each other is the point; there is nothing to win.',
      fields: [
        { id: 'twoName', label: 'Name or initials', type: 'short-text', printLines: 1 },
        {
          id: 'twoTrust',
          label: 'Trust this week',
          help: 'How much trust you feel between you this week, as you see it. Optional: you may leave it blank.',
          type: 'scale',
          scaleLabels: { low: 'none', high: 'complete' },
        },
        shareTrustField('twoTrustShared'),
        { id: 'twoWin', label: 'One win this week', type: 'short-text', printLines: 2 },
        { id: 'twoWorry', label: 'One worry', type: 'short-text', printLines: 2 },
        { id: 'twoRequest', label: 'One request for the coming week', help: 'Something small and specific.', type: 'short-text', printLines: 2 },
      ],
    },
  ],
  together: [
    { step: 'partner-one', nameField: 'oneName' },
    { step: 'partner-two', nameField: 'twoName' },
  ],
} as const satisfies ExerciseDef;
