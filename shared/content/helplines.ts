// Where to find help: the helplines on the safety screen, the "right now" card and
// the path for a partner who was abusive. Each is checked against text found from
// the organisation itself where that could be had; `checked` says on what day,
// against what, and how far (docs/CONTENT.md prints it). Numbers are written as
// people dial them in that country; a test checks every one's format.

export type HelpRegion = 'Anywhere' | 'United States' | 'United Kingdom';

/** Who a line is for, so each screen can show the ones that fit. */
export type HelpTopic = 'danger' | 'abuse' | 'own-behaviour' | 'drinking' | 'family-of-drinker' | 'crisis';

export interface HelpCheck {
  /** The day the details were compared (YYYY-MM-DD). */
  on: string;
  /** What they were compared against. */
  against: string;
  /** own-site: the organisation's own text; other-source: only a government or third-party page; not-verified: nothing found here. */
  level: 'own-site' | 'other-source' | 'not-verified';
}

export interface Helpline {
  id: string;
  name: string;
  region: HelpRegion;
  topics: readonly HelpTopic[];
  /** What it is for, in one plain sentence. */
  description: string;
  phone?: string;
  /** How to reach it by text message, as the service words it. */
  text?: string;
  web?: string;
  hours?: string;
  checked: HelpCheck;
}

const CHECKED_ON = '2026-12-03';

export const HELPLINES: readonly Helpline[] = [
  {
    id: 'emergency',
    name: 'Emergency services',
    region: 'Anywhere',
    topics: ['danger'],
    description: 'If you or anyone else is in danger now: 911 in the US, 999 in the UK, 112 in most of Europe.',
    phone: '911 / 999 / 112',
    checked: { on: CHECKED_ON, against: 'the standard emergency numbers of each country', level: 'other-source' },
  },
  {
    id: 'us-hotline',
    name: 'National Domestic Violence Hotline',
    region: 'United States',
    topics: ['abuse', 'own-behaviour'],
    description: 'Free, confidential support for anyone affected by abuse, day and night; it also talks with people worried about their own behaviour.',
    phone: '1-800-799-7233',
    text: 'Text START to 88788',
    web: 'thehotline.org',
    hours: '24 hours',
    checked: { on: CHECKED_ON, against: 'the US Office for Victims of Crime page on the Hotline (ovc.ojp.gov), which gives the number and the text option; not the Hotline’s own site', level: 'other-source' },
  },
  {
    id: 'samhsa',
    name: 'SAMHSA National Helpline',
    region: 'United States',
    topics: ['drinking', 'family-of-drinker'],
    description: 'Free, confidential treatment referral and information about alcohol, drugs and mental health, for people and their families. It does not offer counseling.',
    phone: '1-800-662-4357',
    web: 'samhsa.gov',
    hours: '24 hours',
    checked: { on: CHECKED_ON, against: 'SAMHSA’s own National Helpline page text (samhsa.gov/find-help/national-helpline)', level: 'own-site' },
  },
  {
    id: 'us-988',
    name: '988 Suicide and Crisis Lifeline',
    region: 'United States',
    topics: ['crisis'],
    description: 'For anyone in emotional distress or thinking about suicide.',
    phone: '988',
    text: 'Text 988',
    web: '988lifeline.org',
    hours: '24 hours',
    checked: { on: CHECKED_ON, against: 'university and state pages (mcphs.edu, cdcr.ca.gov) on calling, texting or chatting with 988; not the Lifeline’s own site', level: 'other-source' },
  },
  {
    id: 'al-anon-us',
    name: 'Al-Anon Family Groups',
    region: 'United States',
    topics: ['family-of-drinker'],
    description: 'Meetings for the families and friends of people who drink, whether or not the drinking has stopped.',
    web: 'al-anon.org',
    checked: { on: CHECKED_ON, against: 'only local Al-Anon groups’ pages describing the fellowship; the address al-anon.org not confirmed from Al-Anon’s own text', level: 'not-verified' },
  },
  {
    id: 'uk-ndah',
    name: 'National Domestic Abuse Helpline (Refuge)',
    region: 'United Kingdom',
    topics: ['abuse'],
    description: 'Free, confidential support for people experiencing domestic abuse, day and night. Run by Refuge, mainly for women; the Men’s Advice Line and Galop are below.',
    phone: '0808 2000 247',
    web: 'nationaldahelpline.org.uk',
    hours: '24 hours',
    checked: { on: CHECKED_ON, against: 'Refuge’s own site (refuge.org.uk: “Freephone 24-Hour National Domestic Abuse Helpline: 0808 2000 247”, and nationaldahelpline.org.uk named there)', level: 'own-site' },
  },
  {
    id: 'mens-advice-line',
    name: 'Men’s Advice Line',
    region: 'United Kingdom',
    topics: ['abuse'],
    description: 'Confidential support for men experiencing domestic abuse, run by the charity Respect.',
    phone: '0808 801 0327',
    web: 'mensadviceline.org.uk',
    hours: 'Monday and Wednesday 9am to 8pm; Tuesday, Thursday and Friday 9am to 5pm',
    checked: { on: CHECKED_ON, against: 'a Scottish Government release and a charity page (base25.org, which also gives the hours); Respect’s own site confirms the service, but no page of its own with the number was found', level: 'other-source' },
  },
  {
    id: 'galop',
    name: 'Galop, LGBT+ Domestic Abuse Helpline',
    region: 'United Kingdom',
    topics: ['abuse'],
    description: 'Support for LGBT+ people experiencing domestic abuse, from LGBT+ advisers.',
    phone: '0800 999 5428',
    web: 'galop.org.uk',
    checked: { on: CHECKED_ON, against: 'Galop’s own site (galop.org.uk, the survivors’ forum page gives the helpline number)', level: 'own-site' },
  },
  {
    id: 'respect-phoneline',
    name: 'Respect Phone Line',
    region: 'United Kingdom',
    topics: ['own-behaviour'],
    description: 'Confidential help for people who are worried about their own behaviour towards a partner and want to stop.',
    phone: '0808 802 4040',
    web: 'respect.org.uk',
    checked: { on: CHECKED_ON, against: 'Respect’s own site describes the Phoneline; the number from a public-sector page (noexcuseforabuse.info)', level: 'other-source' },
  },
  {
    id: 'samaritans',
    name: 'Samaritans',
    region: 'United Kingdom',
    topics: ['crisis'],
    description: 'Someone to talk to about anything, whatever you are going through. Free from any phone.',
    phone: '116 123',
    web: 'samaritans.org',
    hours: '24 hours, every day',
    checked: { on: CHECKED_ON, against: 'Samaritans’ own site (samaritans.org, “contact a Samaritan”)', level: 'own-site' },
  },
  {
    id: 'drinkline',
    name: 'Drinkline',
    region: 'United Kingdom',
    topics: ['drinking', 'family-of-drinker'],
    description: 'Free, confidential advice about your own drinking or someone else’s.',
    phone: '0300 123 1110',
    hours: 'weekdays 9am to 8pm, weekends 11am to 4pm',
    checked: { on: CHECKED_ON, against: 'nothing found here for the number or the hours (searched for Drinkline’s and the NHS’s own text); kept as last known, to check before release', level: 'not-verified' },
  },
  {
    id: 'al-anon-uk',
    name: 'Al-Anon UK',
    region: 'United Kingdom',
    topics: ['family-of-drinker'],
    description: 'Meetings for the families and friends of people who drink.',
    web: 'al-anonuk.org.uk',
    checked: { on: CHECKED_ON, against: 'nothing from Al-Anon UK itself found here', level: 'not-verified' },
  },
];

/** One plain sentence for someone who has just stopped drinking. */
export const STOPPING_DRINKING_NOTE =
  'If you have been drinking heavily, stopping suddenly can be medically dangerous: please talk to a doctor about how to stop safely.';

export const helplinesFor = (topics: readonly HelpTopic[]) => HELPLINES.filter((h) => h.topics.some((t) => topics.includes(t)));

/** A line as one readable string: name, number, text option, hours, website. */
export function helplineLine(h: Helpline): string {
  const parts = [h.phone, h.text, h.hours, h.web].filter((p): p is string => Boolean(p));
  return `${h.name}: ${parts.join(' · ')}`;
}
