// Taking in one opened envelope: whose it is, whether it belongs to this
// pairing, whether it is new. Anything refused throws an EnvelopeRefusal and
// stores nothing; what is taken in is stored in the same transaction as the
// state change, so an envelope is shown exactly once however often it arrives.
import { exerciseDraftSchema } from '../../../shared/exercises/answer-schema.ts';
import { getExercise } from '../../../shared/exercises/catalog.ts';
import { verifyEnvelope } from './envelope.ts';
import type { OpenedEnvelope } from './envelope.ts';
import { b64, PayloadSchema, unb64 } from './payload.ts';
import type { ExchangeState, ExchangeStore } from './exchange-store.ts';
import { refuse } from './refusal.ts';
import { togetherItemFits } from './together-exchange.ts';
import type { RefusalReason } from './refusal.ts';

/** An exercise's answer schema, built once: zod schemas are costly to build and a batch holds many entries of few exercises. */
const answerSchemas = new Map<string, ReturnType<typeof exerciseDraftSchema>>();
function answersFit(exerciseId: string, answers: unknown): boolean {
  let schema = answerSchemas.get(exerciseId);
  if (!schema) answerSchemas.set(exerciseId, (schema = exerciseDraftSchema(getExercise(exerciseId))));
  return schema.safeParse(answers).success;
}

export type TakenIn = 'confirmed' | 'pace' | 'entry' | 'tombstone' | 'answer' | 'agree';

/** Refusals that may turn into a success later (the file is still arriving, the pace or the pairing changes): tried again. */
export const RETRY_LATER: ReadonlySet<RefusalReason> = new Set(['truncated', 'not-confirmed', 'paused', 'not-paired']);

/** Who wrote it, checked before anything of it is believed. */
function checkAuthor(opened: OpenedEnvelope, state: ExchangeState, mySign: Buffer, verifiedBy: string | null): void {
  const author = opened.payload.author;
  if (author === b64(mySign)) refuse('own');
  if (state.former.some((f) => f.sign === author)) refuse('unpaired');
  const pairing = state.pairing ?? refuse('not-paired');
  if (author !== pairing.partner.sign) refuse('unknown-author');
  // The helper thread may have checked the signature already, against this very key; otherwise it is checked here.
  if (verifiedBy !== pairing.partner.sign && !verifyEnvelope(opened, unb64(pairing.partner.sign))) refuse('forged');
  if (opened.payload.pairing !== pairing.id) refuse('wrong-couple');
}

/** Where a shown entry was (its exercise and day), kept when a tombstone replaces it: the words go, the place stays. */
function placeOf(signedPayload: string): { exerciseId: string; day: string } | undefined {
  const parsed = PayloadSchema.safeParse(JSON.parse(unb64(signedPayload).toString('utf8')));
  return parsed.success && parsed.data.kind === 'entry' ? { exerciseId: parsed.data.body.exerciseId, day: parsed.data.body.day } : undefined;
}

/** `verifiedBy`: the partner key the helper thread (envelope-worker.ts) verified the signature with, if it did. */
export function takeIn(opened: OpenedEnvelope, store: ExchangeStore, mySign: Buffer, now: Date, verifiedBy: string | null = null): TakenIn {
  return store.transaction(() => {
    const state = store.state();
    checkAuthor(opened, state, mySign, verifiedBy);
    const pairing = state.pairing!;
    const { payload } = opened;
    if (payload.kind === 'confirm') {
      if (pairing.confirmedByPartner) refuse('duplicate');
      pairing.confirmedByPartner = true;
      store.saveState(state);
      return 'confirmed';
    }
    if (!pairing.confirmedByMe || !pairing.confirmedByPartner) refuse('not-confirmed');
    if (payload.kind === 'pace') {
      // Taken in even while paused: it is the partner setting their own pace, and it shows no words.
      if (payload.version === pairing.partnerPaceVersion) refuse('duplicate');
      if (payload.version < pairing.partnerPaceVersion) refuse('outdated');
      pairing.partnerPaceVersion = payload.version;
      pairing.partnerAskedNoContact = payload.body.noContact;
      store.saveState(state);
      return 'pace';
    }
    if (state.paused) refuse('paused');
    const held = store.incoming(payload.item);
    if (held && held.version === payload.version) refuse('duplicate');
    if (held && held.version > payload.version) refuse('outdated');
    if (payload.kind === 'entry' && !answersFit(payload.body.exerciseId, payload.body.answers)) refuse('malformed');
    if (!togetherItemFits(payload)) refuse('malformed');
    store.putIncoming({
      item: payload.item,
      kind: payload.kind,
      version: payload.version,
      payload: b64(opened.payloadBytes),
      signature: b64(opened.signature),
      author: payload.author,
      receivedAt: now.toISOString(),
      ...(payload.kind === 'tombstone' && held?.kind === 'entry' && { withdrawn: placeOf(held.payload) }),
    });
    return payload.kind;
  });
}
