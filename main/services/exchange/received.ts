// What the partner shared, as this side shows it: read-only, under the name of
// the partner who signed it, each signature verified again from the stored
// signed bytes (so what is shown is exactly what they signed). A tombstone
// hides its item. A former partner's items stay, under their name.
import type { Answers } from '../../../shared/exercises/answer-schema.ts';
import { verifyEnvelope } from './envelope.ts';
import type { ExchangeState, Incoming } from './exchange-store.ts';
import { PayloadSchema, unb64 } from './payload.ts';

export interface ReceivedItem {
  id: string;
  version: number;
  exerciseId: string;
  day: string;
  answers: Answers;
  updatedAt: string;
  /** The author's clock when sent: shown, never used to order (clocks disagree). */
  sentAt: string;
  from: string;
  /** True only while paired with its author: a former partner's items are kept but marked. */
  fromCurrentPartner: boolean;
}

/** Whose items are shown, by signing key: the partner now, and former partners (marked). */
export function authorsOf(state: ExchangeState): Map<string, { name: string; current: boolean }> {
  const authors = new Map<string, { name: string; current: boolean }>();
  for (const f of state.former) authors.set(f.sign, { name: f.name, current: false });
  if (state.pairing) authors.set(state.pairing.partner.sign, { name: state.pairing.partnerName, current: true });
  return authors;
}

export function receivedItems(incoming: readonly Incoming[], state: ExchangeState): ReceivedItem[] {
  const authors = authorsOf(state);
  const items: ReceivedItem[] = [];
  for (const row of incoming) {
    const author = authors.get(row.author);
    if (!author || row.kind !== 'entry') continue;
    const payloadBytes = unb64(row.payload);
    const parsed = PayloadSchema.safeParse(JSON.parse(payloadBytes.toString('utf8')));
    if (!parsed.success || parsed.data.kind !== 'entry') continue;
    if (!verifyEnvelope({ payload: parsed.data, payloadBytes, signature: unb64(row.signature) }, unb64(row.author))) continue;
    const { body } = parsed.data;
    items.push({
      id: row.item,
      version: row.version,
      exerciseId: body.exerciseId,
      day: body.day,
      answers: body.answers as Answers,
      updatedAt: body.updatedAt,
      sentAt: parsed.data.sentAt,
      from: author.name,
      fromCurrentPartner: author.current,
    });
  }
  return items.sort((a, b) => b.day.localeCompare(a.day) || b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}
