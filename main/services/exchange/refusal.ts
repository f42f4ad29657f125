// Why an envelope was not taken in, in words for the person reading the list
// of what could not be opened. Nothing of a refused envelope is stored.
export type RefusalReason =
  | 'truncated'
  | 'oversized'
  | 'malformed'
  | 'not-for-us'
  | 'tampered'
  | 'forged'
  | 'unknown-author'
  | 'unpaired'
  | 'own'
  | 'wrong-couple'
  | 'duplicate'
  | 'outdated'
  | 'not-confirmed'
  | 'paused'
  | 'not-paired';

const MESSAGES: Record<RefusalReason, string> = {
  truncated: 'This envelope is incomplete (it may still be arriving); it will be tried again when it changes.',
  oversized: 'This envelope is larger than Mend ever writes, so it was not opened.',
  malformed: 'This envelope is not in a form Mend writes, so it was not taken in.',
  'not-for-us': 'This envelope was not sealed for you: it belongs to another pairing, or it was damaged on the way.',
  tampered: 'This envelope was changed after it was sealed, so it was not taken in.',
  forged: 'This envelope claims to be from your partner but their signature does not match, so it was not taken in.',
  'unknown-author': 'This envelope is signed by someone you are not paired with, so it was not taken in.',
  unpaired: 'This envelope is from a partner you are no longer paired with, so it was not taken in.',
  own: 'This envelope is one of your own; it was not taken in as your partner’s.',
  'wrong-couple': 'This envelope belongs to another pairing (an earlier one, perhaps), so it was not taken in.',
  duplicate: 'You already have this envelope; nothing changed.',
  outdated: 'You already have a newer version of this; the older one was not taken in.',
  'not-confirmed': 'Nothing is taken in until you and your partner have both confirmed the safety phrase.',
  paused: 'Receiving is paused. Nothing new is taken in until you resume.',
  'not-paired': 'You are not paired with anyone, so nothing is taken in.',
};

export class EnvelopeRefusal extends Error {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason) {
    super(MESSAGES[reason]);
    this.name = 'EnvelopeRefusal';
    this.reason = reason;
  }
}

export const refuse = (reason: RefusalReason): never => {
  throw new EnvelopeRefusal(reason);
};
