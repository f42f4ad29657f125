// Catalog #11: a ladder of small steps of contact, taken at the partner's pace.
import type { ExerciseDef } from './types.ts';

export const rebuildingContact = {
  id: 'rebuilding-contact',
  number: 11,
  title: 'Rebuilding contact, step by step',
  summary: 'Small steps back towards each other, a message, a call, a coffee, at your partner’s pace.',
  whyItHelps:
    'Reaching out in small ways, such as a message, a phone call or a coffee, reopens communication without asking for more than your partner can give. Going one step at a time, at their pace, lets results show before you ask for anything in return.',
  audience: ['R', 'T'],
  kind: 'ladder',
  cadence: 'once',
  advice: ['S0.5', 'S2.9'],
  steps: [
    {
      id: 'pace',
      title: 'My partner’s pace',
      intro: 'This ladder moves at your partner’s pace, not yours. Start with what they have said about it.',
      fields: [
        {
          id: 'theirPace',
          label: 'My partner’s pace, in their words',
          help: 'What they have said they are ready for, and what not yet. If you do not know, “I don’t know yet” is an honest answer, and it means waiting: nothing is offered until they say what they want.',
          type: 'long-text',
          required: true,
          printLines: 4,
        },
        {
          id: 'notPushFor',
          label: 'What I will not push for',
          type: 'long-text',
          printLines: 3,
        },
      ],
    },
    {
      id: 'ladder',
      title: 'The steps',
      intro:
        'List small steps, smallest first. Offer one only if your partner has said they are open to it, then wait for the answer. If they said no, or have asked for no contact, do not offer any step: respecting that is the work. Either of you can pause a step at any time.',
      fields: [
        {
          id: 'steps',
          label: 'Steps of contact',
          help: 'One row for each step, with where it stands.',
          type: 'list',
          required: true,
          itemName: 'step',
          maxItems: 12,
          printLines: 6,
          feedback: 'ladder-pace',
          itemFields: [
            { id: 'step', label: 'Step', help: 'For example: “a message”, “a phone call”, “a coffee”.', type: 'short-text' },
            {
              id: 'status',
              label: 'Where it stands',
              type: 'choice',
              options: [
                { value: 'not-yet', label: 'Not yet' },
                { value: 'offered', label: 'Offered' },
                { value: 'happened', label: 'Happened' },
                { value: 'paused', label: 'Paused' },
                { value: 'not-now', label: 'Not now' },
                { value: 'said-no', label: 'They said no' },
              ],
            },
            { id: 'note', label: 'Note', type: 'short-text' },
          ],
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
