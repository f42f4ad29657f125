// For each exercise, what of it is Mend's own rather than the articles': the
// articles give advice, not worksheets, so every structure (a log, a ladder, a
// scale, a check-in, an agreement) is Mend's; some exercises also add a topic the
// articles do not cover. docs/CONTENT.md prints this beside "Built on"; a test
// checks every exercise has a line.

export const MENDS_OWN: Readonly<Record<string, string>> = {
  'where-i-stand': 'The three prompts are Mend’s; the advice to stop, name it and not call it small is the articles’.',
  'next-right-thing': 'The morning commitment with an evening look back, and the streak, are Mend’s.',
  'promises-kept': 'The ledger of promises and the kept count are Mend’s.',
  'small-steps': 'The log is Mend’s. Keeping it to your own steps, not your partner’s, is Mend’s choice.',
  'forgiving-myself': 'The letter to oneself and the kind-friend prompt are Mend’s.',
  'through-their-eyes': 'The prompts are Mend’s.',
  'owning-it': 'The letter’s parts and the excuse and minimising checker are Mend’s; “do not send it if they asked for no contact” is Mend’s safety rule.',
  'what-i-changed': 'The plan’s layout (causes, steps, evidence, a plan for risky moments) is Mend’s.',
  'ask-then-wait': 'The journal of urges is Mend’s; the warning that waiting is not owed an ending is Mend’s.',
  'same-question-again': 'The log, the separate prompts for the one who asks and the one who answers, and the steadiness scale (for the answerer only) are Mend’s.',
  'rebuilding-contact': 'The ladder, its answers (including “Not now” and “They said no”) and the hold on later steps are Mend’s; the articles suggest small contact such as a call or a coffee.',
  'support-i-lean-on': 'The log is Mend’s.',
  'caring-for-myself': 'The daily check-in is Mend’s.',
  'faith-without-guarantees': 'The prompts are Mend’s.',
  'what-i-need-to-feel-safe': 'The whole exercise is Mend’s: the articles speak to the partner who broke trust, not to the hurt partner.',
  'weekly-check-in': 'The check-in itself is Mend’s own structure, not the articles’; they only say that sincerity shows over time and that slow gains count.',
  'rebuilding-agreement': 'The agreement is Mend’s own structure, not the articles’; they only say to tell your partner the steps you have taken and to show it in what you do.',
  'what-i-have-noticed': 'Mend’s own, for the hurt partner; the articles say only that the hurt partner will be watching what is done.',
  'my-questions': 'Mend’s own, for the hurt partner: choosing which answers to hear, and when, is not in the articles.',
  'my-own-support': 'Mend’s own, for the hurt partner; the articles speak of support only for the partner who broke trust.',
  'deciding-at-my-own-pace': 'Mend’s own, for the hurt partner. The articles say only the partner who left can decide; naming ending it as a real choice is Mend’s.',
  'when-it-comes-back': 'Mend’s own, for the hurt partner.',
  'plan-for-a-slip': 'The plan is Mend’s; the articles say only that nobody can promise not to backslide.',
  'the-children': 'Mend’s own; the first article says only that the change is also shown to the children.',
  'right-now': 'The card is Mend’s own.',
  'what-i-am-proud-of': 'The log is Mend’s; the first article says to be proud of the first step.',
  'saying-how-i-feel': 'The log and the check for a hidden request are Mend’s.',
  'session-prep-rebuilding': 'Mend’s own; the articles recommend counseling but not how to prepare for it.',
  'session-prep-hurt': 'Mend’s own; the articles recommend counseling but not how to prepare for it.',
};
