// Words Mend says to particular people, outside the exercises: what the hurt
// partner is owed (nothing), and what changes for a partner who was abusive or
// controlling. Kept as data so docs/CONTENT.md prints them and the wording tests
// read them (no gendered words, no promised outcome).

/** Said plainly on the hurt partner's home and in the welcome. */
export const NOTHING_IS_OWED = {
  title: 'Nothing is owed',
  points: [
    'You owe nothing: not forgiveness, not contact, not another chance.',
    'Forgiveness is yours to give or not, whenever and if ever you choose.',
    'Ending the relationship is a real choice, and so is trying again, or taking your time.',
    'Mend works for you whichever you choose.',
  ],
} as const;

export interface TextSection {
  heading: string;
  paragraphs: readonly string[];
}

/** The path for a partner who was abusive or controlling: what changes. */
export const OWN_BEHAVIOUR_PATH = {
  title: 'If you have been abusive or controlling',
  lede:
    'Saying this to yourself is a hard and honest step. Mend can still help, but some things change, because the other person’s safety comes first, and their wishes decide what happens between you.',
  sections: [
    {
      heading: 'Individual help first',
      paragraphs: [
        'Work on your own behaviour with someone trained in it, before any couples work. Couples counseling is not the place to start when one partner has been afraid of the other: it can put them at more risk.',
        'Programmes exist for people who want to stop being abusive. They take time, and they ask you to take full responsibility, without blaming drink, stress or the other person.',
      ],
    },
    {
      heading: 'No contact they have not asked for',
      paragraphs: [
        'If your partner has left, or has asked for no contact, do not contact them: no messages, no calls, no visits, no gifts, no messages through friends, family or the children.',
        'Respecting their “no” is the work, not an obstacle to it. Co-parenting contact, where there is some, stays about the children.',
      ],
    },
    {
      heading: 'The ladder and the letters are held',
      paragraphs: [
        'The contact ladder, the apology letter and the exercises for two are held until the other partner opens the door themselves. Mend lists them apart on your home. You can still write for yourself, but nothing is to be sent.',
        'If they do open the door, it will be on their terms and at their pace, and “no” or “not now” can be their answer at any time.',
      ],
    },
    {
      heading: 'What you can do now',
      paragraphs: [
        'Lean on your own support, make a plan for the moments you might slip back, and keep the “right now” card close for hard evenings. Change shows over a long time, in what you do when nobody is asking.',
      ],
    },
  ] satisfies readonly TextSection[],
  programmes: {
    heading: 'Where to find a programme',
    paragraphs: [
      'In the UK, the Respect Phone Line talks with people worried about their own behaviour and can point you to a programme near you.',
      'In the US, the National Domestic Violence Hotline also talks with people who are worried about their own behaviour, and can tell you about programmes in your area.',
      'Elsewhere, ask your doctor or a domestic abuse service about programmes for people who want to stop.',
    ],
  },
} as const;
