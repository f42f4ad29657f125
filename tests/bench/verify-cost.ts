// The cost of one Ed25519 verify as the loader makes it (crypto/identity.ts), in ms: the median of 20 rounds of 200.
import { newIdentity, privateKeyOf, publicKeyOf, publicsOf, signWith, verifyWith } from '../../main/services/crypto/identity.ts';

export function measureVerify(): number {
  const seeds = newIdentity();
  const key = publicKeyOf('ed25519', publicsOf(seeds).sign);
  const message = Buffer.from('mend/record-sig/v1|vault|record|digest');
  const signature = signWith(privateKeyOf('ed25519', seeds.sign), message);
  const rounds: number[] = [];
  for (let r = 0; r < 20; r++) {
    const started = performance.now();
    for (let i = 0; i < 200; i++) if (!verifyWith(key, message, signature)) throw new Error('verify failed');
    rounds.push((performance.now() - started) / 200);
  }
  return rounds.sort((a, b) => a - b)[10]!;
}
