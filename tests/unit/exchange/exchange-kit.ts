// Two partners, each with their own workbook in their own data folder (real
// vaults, real crypto), and the envelopes carried between them by hand.
import { afterAll, beforeAll } from 'vitest';
import { Exchange } from '../../../main/services/exchange/exchange.ts';
import type { Outcome } from '../../../main/services/exchange/exchange.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import { makeTempDir, removeDir } from '../main/helpers.ts';

export interface Partner {
  dir: string;
  vault: Vault;
  exchange: Exchange;
}

export async function newPartner(now?: () => Date): Promise<Partner> {
  const dir = makeTempDir();
  const vault = new Vault(dir);
  await vault.create(`passphrase for ${dir}`);
  const exchange = new Exchange(vault, now ? { now } : {});
  exchange.answerSafety(true);
  return { dir, vault, exchange };
}

/** A invites, B opens it and answers with their own invitation, A opens that: both show the phrase, nothing confirmed. */
export function pair(a: Partner, b: Partner, names = { a: 'Alex', b: 'Blair' }): void {
  b.exchange.openInvitation(a.exchange.makeInvitation(), names.a);
  a.exchange.openInvitation(b.exchange.status().invitation!, names.b);
}

/** The newest envelope of each item `from` may send now. */
export const envelopesOf = (from: Partner) => from.exchange.sendable().map((o) => Buffer.from(o.envelope, 'base64'));

export function deliver(from: Partner, to: Partner): Outcome[] {
  return envelopesOf(from).map((bytes) => to.exchange.receive(bytes));
}

export async function pairedAndConfirmed(now?: () => Date): Promise<[Partner, Partner]> {
  const a = await newPartner(now);
  const b = await newPartner(now);
  pair(a, b);
  a.exchange.confirmPhrase();
  b.exchange.confirmPhrase();
  deliver(a, b);
  deliver(b, a);
  return [a, b];
}

/**
 * For a test file that shares one confirmed pair and a stranger (making each costs an scrypt): makes
 * them before the file's tests, hands them to `take`, and removes them after.
 */
export function pairAndStrangerForFile(take: (made: { a: Partner; b: Partner; mallory: Partner }) => void): void {
  let made: Partner[] = [];
  beforeAll(async () => {
    const [a, b] = await pairedAndConfirmed();
    const mallory = await newPartner();
    made = [a, b, mallory];
    take({ a, b, mallory });
  }, 60_000);
  afterAll(() => cleanup(...made));
}

export function saveEntry(p: Partner, text: string, day = '2026-03-01'): string {
  return p.vault.journal().save({ exerciseId: 'next-right-thing', day, answers: { rightThing: text, didI: 'yes' } }).id;
}

/** Every sealed setting of the workbook, as bytes: what "nothing stored" compares. */
export function storedSettings(p: Partner): string {
  const { settings } = p.vault.ownSealedSettings();
  const rows = settings.db.prepare('SELECT key, hex(nonce) AS n, hex(ciphertext) AS c FROM settings ORDER BY key').all();
  return JSON.stringify(rows);
}

export function cleanup(...partners: (Partner | undefined)[]): void {
  for (const p of partners) {
    if (!p) continue;
    p.vault.lock();
    removeDir(p.dir);
  }
}

export const refusedWith = (outcome: Outcome | undefined) => (outcome && 'refused' in outcome ? outcome.refused.reason : 'taken');
