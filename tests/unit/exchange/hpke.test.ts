// HPKE against RFC 9180's own published vector (appendix A.1.1: DHKEM(X25519,
// HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode, sequence 0). A round trip
// alone would pass a construction that derives the wrong key on both sides.
import { describe, expect, it } from 'vitest';
import { hpkeOpen, hpkeSeal } from '../../../main/services/exchange/hpke.ts';
import { newIdentity, publicsOf } from '../../../main/services/crypto/identity.ts';

const hex = (s: string) => Buffer.from(s, 'hex');
const A1 = {
  info: hex('4f6465206f6e2061204772656369616e2055726e'),
  skEm: hex('52c4a758a802cd8b936eceea314432798d5baf2d7e9235dc084ab1b9cfa2f736'),
  pkEm: '37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431',
  pkRm: hex('3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d'),
  skRm: hex('4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8'),
  pt: hex('4265617574792069732074727574682c20747275746820626561757479'),
  aad: hex('436f756e742d30'),
  ct: 'f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a',
};

describe('HPKE (RFC 9180 base mode)', () => {
  it('gives the RFC vector exactly, and opens it', () => {
    const sealed = hpkeSeal(A1.pkRm, A1.info, A1.aad, A1.pt, { aead: 'aes-128-gcm', ephemeralSeed: A1.skEm });
    expect(sealed.enc.toString('hex')).toBe(A1.pkEm);
    expect(sealed.ciphertext.toString('hex')).toBe(A1.ct);
    expect(hpkeOpen(A1.skRm, { enc: hex(A1.pkEm), ciphertext: hex(A1.ct) }, A1.info, A1.aad, { aead: 'aes-128-gcm' })).toEqual(A1.pt);
  });

  it('opens only with the right key, info and associated data (AES-256-GCM)', () => {
    const me = newIdentity();
    const other = newIdentity();
    const sealed = hpkeSeal(publicsOf(me).agree, A1.info, A1.aad, A1.pt);
    expect(hpkeOpen(me.agree, sealed, A1.info, A1.aad)).toEqual(A1.pt);
    expect(hpkeOpen(other.agree, sealed, A1.info, A1.aad)).toBeNull();
    expect(hpkeOpen(me.agree, sealed, Buffer.from('other'), A1.aad)).toBeNull();
    expect(hpkeOpen(me.agree, sealed, A1.info, Buffer.from('other'))).toBeNull();
    const flipped = Buffer.from(sealed.ciphertext);
    flipped.writeUInt8(flipped.readUInt8(0) ^ 1, 0);
    expect(hpkeOpen(me.agree, { enc: sealed.enc, ciphertext: flipped }, A1.info, A1.aad)).toBeNull();
    expect(hpkeOpen(me.agree, { enc: Buffer.alloc(32), ciphertext: sealed.ciphertext }, A1.info, A1.aad)).toBeNull();
  });
});
