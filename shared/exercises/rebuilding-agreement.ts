// Catalog #17: the commitments both partners agree on, how they are checked, and a dated confirmation by each.
import type { ExerciseDef } from './types.ts';

export const rebuildingAgreement = {
  id: 'rebuilding-agreement',
  number: 17,
  title: 'Our rebuilding agreement',
  summary: 'Write down together what each of you commits to, how you will check on it, and confirm it.',
  whyItHelps:
    'Telling your partner the steps you are taking so it does not happen again, and then living them out day after day, is part of rebuilding. The shape of this agreement is Mend’s own, not the articles’: each of you writes your own “I will…” commitments, both of you confirm them, and a review date keeps it fair to both of you.',
  audience: ['T'],
  kind: 'agreement',
  cadence: 'once',
  advice: ['S1.5', 'S1.9', 'S2.2'],
  steps: [
    {
      id: 'agreement',
      title: 'What we are committing to',
      intro:
        'Openness works when it is agreed, not demanded. Write only what both of you are willing to confirm, and remember that either of you can ask to revisit it at any time.',
      fields: [
        {
          id: 'commitments',
          label: 'Our commitments',
          help: 'One per row, each in the words of the one who makes it: “I will tell you if that person gets in touch.” Each of you writes only your own commitments; nobody writes the other’s.',
          type: 'list',
          required: true,
          itemName: 'commitment',
          maxItems: 20,
          printLines: 8,
          itemFields: [
            {
              id: 'who',
              label: 'Who',
              help: '“I” is whoever writes the row. “We will” is for a row both of you have said in your own words.',
              type: 'choice',
              options: [
                { value: 'i-will', label: 'I will' },
                // Earlier entries could say this; it still opens, but one partner no longer writes the other's commitments.
                { value: 'my-partner-will', label: 'My partner will (from an earlier version of Mend)', retired: true },
                { value: 'we-will', label: 'We will' },
              ],
            },
            { id: 'commitment', label: 'Commitment', type: 'short-text' },
          ],
        },
        {
          id: 'howWeCheck',
          label: 'How we will check on it',
          help: 'Something calm and regular that you both agree to. For example: a short talk each Sunday evening.',
          type: 'long-text',
          printLines: 4,
        },
        {
          id: 'whenWeReview',
          label: 'When we will review it',
          help: 'A date, or “in a month”. Either of you can ask to look at it again sooner.',
          type: 'short-text',
          printLines: 1,
        },
      ],
    },
    {
      id: 'confirm',
      title: 'Confirming it',
      showAfter: 'agreement',
      intro:
        'Each of you confirms that you agree to what is written above, and the date is kept with it: by signing on paper, by typing your name, or, in a workbook for two, by each typing your own passphrase together. Confirming is a free choice, not something either of you owes the other.',
      fields: [
        { id: 'partnerOneSignature', label: 'First partner confirms', type: 'signature', required: true },
        { id: 'partnerTwoSignature', label: 'Second partner confirms', type: 'signature', required: true },
      ],
    },
  ],
  together: [{ signatureField: 'partnerOneSignature' }, { signatureField: 'partnerTwoSignature' }],
} as const satisfies ExerciseDef;
