// What the partner shared of one exercise, for that exercise's screen: their
// entries (read-only, each signature verified again: received.ts) and the ones
// they withdrew since.
//
// A withdrawn entry is not silently removed: its words are gone (the tombstone
// replaced them in this workbook), but the exercise says "Alex withdrew an
// entry they had shared", with its day. The partner who was hurt has already
// read it; a page that vanishes without a word would leave them doubting what
// they saw, and rebuilding trust is not served by things disappearing unseen.
// Nothing more is kept or shown: not the words, not why.
import type { FromPartner, WithdrawnItem } from '../../../shared/exchange/sharing-contract.ts';
import type { Vault } from '../vault/vault.ts';
import { verifyEnvelope } from './envelope.ts';
import type { Exchange } from './exchange.ts';
import { ExchangeStore } from './exchange-store.ts';
import { PayloadSchema, unb64 } from './payload.ts';
import { authorsOf } from './received.ts';

export function fromPartner(exchange: Exchange, vault: Vault, exerciseId: string): FromPartner {
  const items = exchange.received().filter((item) => item.exerciseId === exerciseId);
  const { settings, privateKey, memberId } = vault.ownSealedSettings();
  const store = new ExchangeStore(settings, privateKey, memberId);
  const authors = authorsOf(store.state());
  const withdrawn: WithdrawnItem[] = [];
  for (const row of store.allIncoming()) {
    const author = authors.get(row.author);
    if (!author || row.kind !== 'tombstone' || row.withdrawn?.exerciseId !== exerciseId) continue;
    const payloadBytes = unb64(row.payload);
    const parsed = PayloadSchema.safeParse(JSON.parse(payloadBytes.toString('utf8')));
    if (!parsed.success || parsed.data.kind !== 'tombstone') continue;
    if (!verifyEnvelope({ payload: parsed.data, payloadBytes, signature: unb64(row.signature) }, unb64(row.author))) continue;
    withdrawn.push({ id: row.item, day: row.withdrawn.day, from: author.name, withdrawnAt: parsed.data.sentAt });
  }
  withdrawn.sort((a, b) => b.day.localeCompare(a.day) || a.id.localeCompare(b.id));
  return { items, withdrawn };
}
