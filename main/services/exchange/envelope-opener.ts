// Opening many envelopes at once (a shared folder full of them) off main's
// thread: a helper thread (envelope-worker.ts) does the HPKE, AES-GCM and
// Ed25519 work, in batches, while main's event loop stays free; main then only
// checks each against its state and stores it, a slice at a time
// (folder-transport.ts). The helper is only a helper: if it cannot start or
// fails, the envelopes are opened on main as before, so the outcome is the
// same either way.
import { Worker } from 'node:worker_threads';
import type { OpenedEnvelope } from './envelope.ts';
import type { RefusalReason } from './refusal.ts';

export interface OpenerTask {
  /** This partner's X25519 seed, copied to the helper for its lifetime (one run), wiped by the caller's copy. */
  agreeSeed: Uint8Array;
  /** The partner's Ed25519 public key, base64url, as the pairing holds it. */
  partnerSign: string;
}

/** An envelope opened by the helper; `signedBy` names the key its signature verified with there, if any. */
export type OpenedInHelper = { opened: OpenedEnvelope; signedBy: string | null } | { refused: RefusalReason };

/** Below this, a thread costs more than it saves. */
export const HELPER_FROM_ENVELOPES = 16;
/** Envelopes per message: small enough that main takes each answer in quickly. */
const BATCH = 64;

/** The helper's script in the sources; the app passes its built file (out/main/envelope-worker.js) through createAppServices. */
export const SOURCE_ENVELOPE_WORKER = new URL('./envelope-worker.ts', import.meta.url);

/** Opens `files` in a helper thread, in order; resolves null if the helper could not do it (then main opens them). */
export async function openInHelper(files: readonly Buffer[], task: OpenerTask, workerUrl: URL = SOURCE_ENVELOPE_WORKER): Promise<OpenedInHelper[] | null> {
  let worker: Worker;
  try {
    worker = new Worker(workerUrl, { workerData: task });
  } catch {
    return null;
  }
  try {
    const results: OpenedInHelper[] = [];
    for (let at = 0; at < files.length; at += BATCH) {
      const answer = await new Promise<OpenedInHelper[] | null>((resolve) => {
        const done = (value: OpenedInHelper[] | null) => {
          worker.off('message', onMessage);
          worker.off('error', onFail);
          worker.off('exit', onFail);
          resolve(value);
        };
        const onMessage = (m: OpenedInHelper[]) => done(m);
        const onFail = () => done(null);
        worker.on('message', onMessage);
        worker.on('error', onFail);
        worker.on('exit', onFail);
        worker.postMessage(files.slice(at, at + BATCH));
      });
      if (!answer) return null;
      for (const r of answer) {
        // Structured cloning turns Buffers into plain Uint8Arrays: make them Buffers again.
        if ('opened' in r) {
          r.opened.payloadBytes = Buffer.from(r.opened.payloadBytes);
          r.opened.signature = Buffer.from(r.opened.signature);
        }
        results.push(r);
      }
    }
    return results;
  } finally {
    void worker.terminate();
  }
}
