// The parts of docs/CONTENT.md that are not exercises: the sources by title, what
// Mend says to the hurt partner and to a partner who was abusive, the contact
// ladder's hold, the session-preparation seam, and the helplines with when and
// against what each was checked.
import { ADVICE_SOURCE_TITLES } from '../advice/advice-points.ts';
import { HELPLINES, STOPPING_DRINKING_NOTE } from './helplines.ts';
import type { HelpCheck } from './helplines.ts';
import { NOTHING_IS_OWED, OWN_BEHAVIOUR_PATH } from './role-texts.ts';
import { ladderPace } from '../exercises/ladder-pace.ts';

const cell = (text: string) => text.replaceAll('|', '\\|');

const LEVEL_WORDS: Record<HelpCheck['level'], string> = {
  'own-site': 'the organisation’s own text',
  'other-source': 'another source only',
  'not-verified': 'not verified here',
};

export function sourcesSection(): string[] {
  return [
    '## The sources',
    '',
    'Three published articles. Mend paraphrases their advice in its own words (the table below); it quotes none of them.',
    '',
    ...Object.entries(ADVICE_SOURCE_TITLES).map(([id, s]) => `- **${id}**: “${s.title}”, ${s.by}.`),
  ];
}

export function appendixSections(): string[] {
  const lines: string[] = ['', '## Said plainly to the hurt partner', '', 'On the hurt partner’s home and in the welcome:', '', ...NOTHING_IS_OWED.points.map((p) => `- ${p}`)];
  lines.push('', `## ${OWN_BEHAVIOUR_PATH.title}`, '', 'A screen of its own, open without unlocking: reached from the role question (“I have been abusive or controlling”) and from the safety note. That partner’s home starts with it, and holds the contact ladder, the apology letter and the exercises for two apart.', '', OWN_BEHAVIOUR_PATH.lede);
  for (const section of [...OWN_BEHAVIOUR_PATH.sections, OWN_BEHAVIOUR_PATH.programmes]) {
    lines.push('', `### ${section.heading}`, '', ...section.paragraphs.flatMap((p, i) => (i ? ['', p] : [p])));
  }
  lines.push('', '## The contact ladder’s hold', '', 'When a step is marked “Offered” (not yet answered), “Not now” or “They said no”, the steps after it are on hold, and the ladder says what to do instead:');
  for (const status of ['said-no', 'not-now', 'offered']) {
    const pace = ladderPace([{ status }, { status: 'not-yet' }]);
    lines.push('', `- **${status}**: ${pace.message}`, ...pace.whatToDo.map((w) => `  - ${w}`));
  }
  lines.push(
    '',
    '## Session preparation and the counselor summary',
    '',
    'Each partner has their own preparation exercise (28 and 29); both use the same field ids. The counselor summary’s note can start from the author’s latest entry of their own preparation exercise: the field “For the note to my counselor” (`forTheNote`), and nothing else, only if the entry is not kept private, and always editable before anything is exported.',
  );
  lines.push(
    '',
    '## Helplines',
    '',
    'Shown on the safety screen (open without unlocking), with the “right now” card. Each was compared on the day given against the text named; where only another source or nothing could be found, it says so. Check them again before each release.',
    '',
    '| region | service | how to reach it | for | checked | against |',
    '| --- | --- | --- | --- | --- | --- |',
    ...HELPLINES.map((h) => {
      const reach = [h.phone, h.text, h.hours, h.web].filter(Boolean).join(' · ');
      return `| ${h.region} | ${cell(h.name)} | ${cell(reach)} | ${cell(h.description)} | ${h.checked.on}, ${LEVEL_WORDS[h.checked.level]} | ${cell(h.checked.against)} |`;
    }),
    '',
    `For someone newly sober, the safety screen also says: “${STOPPING_DRINKING_NOTE}”`,
  );
  return lines;
}
