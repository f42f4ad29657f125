// What each note says: what the checker saw, in plain words, and one gentle
// suggestion. Notes never tell the writer they are wrong and never block; a
// cause named honestly is called honest. The "Why it happened" field and the
// forgiving-myself letter get words of their own where the letter differs.
import type { ApologyFindingKind, CheckMode } from './types.ts';

export interface NoteText {
  saw: string;
  note: string;
}

const APOLOGY: Record<ApologyFindingKind, NoteText> = {
  minimising: { saw: 'makes it sound smaller', note: 'How big it was is for your partner to feel; you could describe what you did plainly, without measuring it.' },
  conditional: { saw: 'makes the apology conditional', note: 'An “if”, or a sorry for your partner’s feelings, can make the hurt sound uncertain; you could name what you did and say sorry for that.' },
  blame: { saw: 'places the cause in your partner', note: 'This ties what you did to what your partner did or did not do; you could keep the sentence about your own choices.' },
  excuse: { saw: 'sounds as if there was no choice', note: 'This can read as if it was out of your hands; you could name the choice you made at that moment.' },
  cause: { saw: 'names a cause', note: 'Naming what was going on is honest, and your partner may need to hear it. Does the sentence also say that the choice was yours?' },
  comparison: { saw: 'compares it with others or with worse', note: 'Measuring it against other people or worse acts can make it sound ordinary; you could speak only about what you did and what it did to your partner.' },
  technicality: { saw: 'leans on a technicality', note: 'Leaning on the exact words, or on what was left out, can still deceive; you could say plainly what you let your partner believe.' },
  passive: { saw: 'leaves out who did it', note: 'The sentence has no one doing the act; you could put yourself in it: “I did…”.' },
  pressure: { saw: 'puts a timeline on your partner', note: 'Healing and forgiveness take the time they take; you could leave the pace, and whether you are a family again, to your partner.' },
  past: { saw: 'uses the past as a shield', note: 'An earlier apology or the time gone by does not close it for your partner; you could say you will keep answering for it.' },
  intentions: { saw: 'offers good intentions as cover', note: 'What you meant may matter less to your partner than what it did; you could name the effect of what you did.' },
  'partner-conduct': { saw: 'points to your partner’s conduct', note: 'Describing what your partner did can sound like the reason; you could say what you chose to do in that situation.' },
  others: { saw: 'makes someone else the one who acted', note: 'The other person’s part does not carry yours; you could say what you chose each time.' },
  needs: { saw: 'offers your unmet needs as the reason', note: 'Your needs are real, and meeting them this way was a choice; you could name the need and own how you went after it.' },
  'takes-back': { saw: 'may take back what came before it', note: 'What follows it can undo the apology; you could end the sentence at the apology, or use the “but” for what you will do now.' },
  closing: { saw: 'closes the matter for your partner', note: 'Forgiving yourself is yours; whether and when your partner forgives is theirs.' },
  absolves: { saw: 'says there is nothing left to own', note: 'Your partner may still be living with what happened; you could say what you are still answering for.' },
  drift: { saw: 'makes it sound as if it drifted', note: '“Ended up” can make it sound as if you arrived there without choosing; you could tell your partner the steps you chose along the way.' },
};

// "Why it happened": naming causes is the point of the field, so only the ways blame hides are noted.
const CAUSES: Partial<Record<ApologyFindingKind, NoteText>> = {
  blame: { saw: 'places the cause in your partner', note: 'This field is about what was going on in you; you could start the sentence again with “I”.' },
  'partner-conduct': { saw: 'points to your partner’s conduct', note: 'What your partner did belongs to another conversation; here you could look at what was going on in you at the time.' },
  needs: { saw: 'names a need', note: 'Naming the need is honest and useful here; you could add how you chose to meet it.' },
};

// Forgiving myself: kindness to oneself is welcome; it is noted only when it closes the matter or hides who acted.
const SELF: Partial<Record<ApologyFindingKind, NoteText>> = {
  cause: { saw: 'names a cause', note: 'Naming what was going on is honest and kind. Being gentle with yourself can sit beside owning the choice; does the sentence do both?' },
  minimising: { saw: 'makes it sound smaller', note: 'Self-compassion does not need the harm to be small; you can be kind to yourself and still see it at its full size.' },
  excuse: { saw: 'sounds as if there was no choice', note: 'Being human is a reason for kindness, not a reason it had to happen; you could hold both.' },
  closing: { saw: 'closes the matter for your partner', note: 'Forgiving yourself is yours to do; your partner’s forgiveness and pace stay theirs.' },
  absolves: { saw: 'lets you off the hook', note: 'Being kind to yourself does not need you to be blameless; you can forgive yourself for what you did and still own it.' },
};

export function noteFor(kind: ApologyFindingKind, mode: CheckMode): NoteText {
  const special = mode === 'causes' ? CAUSES[kind] : mode === 'self-compassion' ? SELF[kind] : undefined;
  return special ?? APOLOGY[kind];
}
