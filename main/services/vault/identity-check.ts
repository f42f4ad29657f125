// Whom the unlocked partner can believe. Their own public keys are those of the
// seeds sealed in their slot, whatever the header says; the other partner's are
// the ones pinned in their own slot (the first time both had identities), or,
// before that, the ones the header publishes (trusted on first use, then pinned
// by identity-upgrade.ts). A header whose public keys differ from what the
// unlocked partner's slot holds was altered: it is refused, since accepting it
// would let someone else's signature pass as theirs or their partner's.
import { MendError } from '../../../shared/contract/result.ts';
import { publicKeyOf, publicsOf, samePublics } from '../crypto/identity.ts';
import type { IdentityPublics } from '../crypto/identity.ts';
import type { Verifiers } from '../journal/record-proof.ts';
import { slotPublics } from './header.ts';
import type { HeaderBody } from './header.ts';
import type { MemberKeys } from './member-keys.ts';

export interface IdentityView {
  verifiers: Verifiers;
  /** The unlocked partner's slot must be sealed again: it has no identity yet, no pin of a partner who now has one, or the header lost their public keys. */
  upgrade: boolean;
  /** The other partner's public keys, to pin in the unlocked partner's slot. */
  peer: IdentityPublics | null;
}

const altered = () =>
  new MendError(
    'damaged-file',
    'This workbook’s header was altered: the public keys it gives for you or your partner are not the ones sealed with your passphrase. Nothing has been changed on disk; a backup from before can be restored.',
  );

export function checkIdentities(body: HeaderBody, keys: MemberKeys): IdentityView {
  const mySlot = body.members.find((m) => m.id === keys.memberId);
  const peerSlot = body.members.find((m) => m.id !== keys.memberId);
  const publishedMine = mySlot ? slotPublics(mySlot) : null;
  const mine = keys.identity ? publicsOf(keys.identity) : null;
  // Public keys published for someone whose slot has none, or other than theirs: not written by Mend.
  if ((publishedMine && !mine) || (publishedMine && mine && !samePublics(publishedMine, mine))) throw altered();
  const publishedPeer = peerSlot ? slotPublics(peerSlot) : null;
  if (keys.peer && (!publishedPeer || !samePublics(keys.peer, publishedPeer))) throw altered();
  const peer = keys.peer ?? publishedPeer;
  const publics: Verifiers['publics'] = {};
  const legacy: string[] = [];
  if (mine) publics[keys.memberId] = publicKeyOf('ed25519', mine.sign);
  else legacy.push(keys.memberId);
  if (peerSlot && peer) publics[peerSlot.id] = publicKeyOf('ed25519', peer.sign);
  else if (peerSlot) legacy.push(peerSlot.id);
  return {
    verifiers: { firstMemberId: body.members[0]!.id, publics, legacy },
    upgrade: !mine || !publishedMine || (peer !== null && !keys.peer) || body.format < 3,
    peer,
  };
}
