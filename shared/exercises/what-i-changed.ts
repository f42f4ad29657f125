// Catalog #8: the causes, the steps taken and their evidence, and a plan for tempting moments.
import type { ExerciseDef } from './types.ts';

export const whatIChanged = {
  id: 'what-i-changed',
  number: 8,
  title: 'Why it happened and what I have changed',
  summary: 'Look at what led to it, what you have done since, and your plan for the moments that tempt you.',
  whyItHelps:
    'Rebuilding trust is much harder than keeping it, so it helps to understand what drove the harm and to know what tempts you now. Getting help with the causes, writing down the steps you have taken and a plan for risky moments, and telling your partner about them shows that the cause is being dealt with, not only regretted.',
  audience: ['R'],
  kind: 'plan',
  cadence: 'once',
  advice: ['S0.3', 'S1.1', 'S1.5', 'S2.2'],
  steps: [
    {
      id: 'causes',
      title: 'What led to it',
      intro:
        'Look honestly at what was going on in you: the habits, needs and patterns behind it. This is for understanding, not for excusing, and it is not about what anyone else did or failed to do.',
      fields: [
        {
          id: 'causes',
          label: 'What led to it, as honestly as I can see it',
          help: 'Keep the focus on yourself. If a sentence starts with what someone else did, try starting it again with “I”.',
          type: 'long-text',
          feedback: 'causes',
          printLines: 6,
        },
      ],
    },
    {
      id: 'steps-taken',
      title: 'What I have done since',
      intro: 'Concrete steps count for more than intentions: things you have started, stopped or put in place.',
      fields: [
        {
          id: 'stepsTaken',
          label: 'Steps I have taken',
          help: 'For example: counseling for what drove it, a support group, closing an account, a new routine in the evenings.',
          type: 'long-text',
          required: true,
          printLines: 6,
        },
        {
          id: 'evidence',
          label: 'What my partner can see of these steps',
          help: 'Things your partner could notice for themselves, if they want to, without having to take your word for it.',
          type: 'long-text',
          printLines: 4,
        },
      ],
    },
    {
      id: 'temptation-plan',
      title: 'My plan for tempting moments',
      intro: 'Knowing your temptations ahead of time makes them easier to meet. Write one row for each situation.',
      fields: [
        {
          id: 'temptationPlan',
          label: 'Situations that tempt me, and what I will do',
          help: 'The places, times, feelings or people that make it harder to stay on track.',
          type: 'list',
          itemName: 'situation',
          maxItems: 12,
          printLines: 5,
          itemFields: [
            { id: 'situation', label: 'The situation', type: 'short-text' },
            { id: 'whatIWillDoInstead', label: 'What I will do instead', type: 'short-text' },
            { id: 'whoICanCall', label: 'Who I can call', type: 'short-text' },
          ],
        },
      ],
    },
    {
      id: 'telling',
      title: 'Telling my partner',
      intro: 'Your partner may want to hear about this now, later, or not at all yet. Write what you would say, and let them choose when.',
      fields: [
        {
          id: 'whatIWillTell',
          label: 'What I will tell my partner about these steps',
          help: 'Plain facts about what you have done, without asking for anything back.',
          type: 'long-text',
          printLines: 5,
        },
      ],
    },
  ],
} as const satisfies ExerciseDef;
