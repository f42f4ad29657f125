// A new shared key for a partner who is not at the keyboard. When one partner
// rotates the shared key (a passphrase change, or asked for in a together
// session), the other partner's slot cannot be sealed again: that needs their
// passphrase. So the new key is sealed to their X25519 agreement key
// (crypto/seal-to-key.ts) and put beside their slot, signed with the sender's
// Ed25519 key over everything that says what it is, so that nobody who merely
// can write the file (and so could seal a key of their own choosing to the
// partner's public key) gets a key of theirs adopted. At the partner's next
// unlock it is opened, checked against the sender's pinned public key, and
// taken into their slot (key-rotation.ts).
import { MendError } from '../../../shared/contract/result.ts';
import { privateKeyOf, publicKeyOf, signWith, verifyWith } from '../crypto/identity.ts';
import type { IdentityPublics, IdentitySeeds } from '../crypto/identity.ts';
import { openSealedToKey, sealToKey } from '../crypto/seal-to-key.ts';
import type { SharedKeyEnvelope } from './header.ts';

const contextOf = (vaultId: string, to: string, from: string) => `mend/shared-key/v1|${vaultId}|${to}|${from}`;

function signedBytes(vaultId: string, to: string, e: Omit<SharedKeyEnvelope, 'signature'>): Buffer {
  return Buffer.from(JSON.stringify([contextOf(vaultId, to, e.from), e.ephemeral, e.nonce, e.ciphertext]), 'utf8');
}

/** `sharedKey` sealed to the partner `to` (their agreement public key) and signed by `from`. */
export function sealSharedKeyTo(vaultId: string, to: { id: string; publics: IdentityPublics }, from: { id: string; seeds: IdentitySeeds }, sharedKey: Buffer): SharedKeyEnvelope {
  const sealed = sealToKey(to.publics.agree, sharedKey, contextOf(vaultId, to.id, from.id));
  const body = { from: from.id, ephemeral: sealed.ephemeral.toString('base64'), nonce: sealed.nonce.toString('base64'), ciphertext: sealed.ciphertext.toString('base64') };
  const signature = signWith(privateKeyOf('ed25519', from.seeds.sign), signedBytes(vaultId, to.id, body)).toString('base64');
  return { ...body, signature };
}

const notTheirs = () =>
  new MendError('damaged-file', 'This workbook holds a new shared key that your partner did not sign. It was not used; a backup from before can be restored.');

/** The shared key in an envelope for `me`, if `sender` (their pinned public keys) signed it; refused otherwise. */
export function openSharedKeyEnvelope(vaultId: string, me: { id: string; seeds: IdentitySeeds }, sender: IdentityPublics | null, envelope: SharedKeyEnvelope): Buffer {
  if (!sender) throw notTheirs();
  const { signature, ...body } = envelope;
  if (!verifyWith(publicKeyOf('ed25519', sender.sign), signedBytes(vaultId, me.id, body), Buffer.from(signature, 'base64'))) throw notTheirs();
  try {
    const key = openSealedToKey(
      me.seeds.agree,
      { ephemeral: Buffer.from(body.ephemeral, 'base64'), nonce: Buffer.from(body.nonce, 'base64'), ciphertext: Buffer.from(body.ciphertext, 'base64') },
      contextOf(vaultId, me.id, body.from),
    );
    if (key.length !== 32) throw new Error('wrong size');
    return key;
  } catch {
    throw notTheirs();
  }
}
