// Runs in a worker thread (envelope-opener.ts starts it): opens envelopes with
// this partner's X25519 seed and checks each signature against the partner's
// Ed25519 key, the costly part of taking envelopes in (about 9 ms of a busy
// core each), so main is left only the checks against its state and the
// writes. It decides nothing: main believes an envelope only after its own
// checks (receive.ts), and checks a signature again itself unless it was
// checked here against the key main pairs with now.
import { parentPort, workerData } from 'node:worker_threads';
import { openEnvelope, verifyEnvelope } from './envelope.ts';
import { unb64 } from './payload.ts';
import { EnvelopeRefusal } from './refusal.ts';
import type { OpenedInHelper, OpenerTask } from './envelope-opener.ts';

const { agreeSeed, partnerSign } = workerData as OpenerTask;
const partner = unb64(partnerSign);

function openOne(bytes: Uint8Array): OpenedInHelper {
  try {
    const opened = openEnvelope(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), Buffer.from(agreeSeed));
    return { opened, signedBy: opened.payload.author === partnerSign && verifyEnvelope(opened, partner) ? partnerSign : null };
  } catch (err) {
    if (err instanceof EnvelopeRefusal) return { refused: err.reason };
    return { refused: 'malformed' };
  }
}

parentPort!.on('message', (batch: Uint8Array[]) => {
  parentPort!.postMessage(batch.map(openOne));
});
