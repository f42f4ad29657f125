// A file to send any way the couple likes: "Save for my partner…" writes every
// envelope that may travel now as one file; "Open from my partner…" takes in
// what it holds. Opening the same file twice changes nothing (each envelope is
// then a duplicate). The file is only envelopes, so it shows what the folder
// shows: how many, and their size steps.
//
//   "MENDBDL1" | u32 count | count × (u32 length | envelope)
import { readFileSync, statSync } from 'node:fs';
import { MendError } from '../../../shared/contract/result.ts';
import { writeFileAtomically } from './atomic-file.ts';
import { MAX_ENVELOPE_BYTES } from './envelope.ts';
import type { Exchange } from './exchange.ts';
import type { RefusalReason } from './refusal.ts';

const MAGIC = Buffer.from('MENDBDL1');
const MAX_ENVELOPES = 100_000;
const MAX_BUNDLE_BYTES = 512 * 1024 * 1024;
const NOT_A_BUNDLE = 'This is not a file Mend saved for a partner, or it was damaged on the way.';

export function encodeBundle(envelopes: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [MAGIC, Buffer.alloc(4)];
  parts[1]!.writeUInt32BE(envelopes.length, 0);
  for (const e of envelopes) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(e.length, 0);
    parts.push(length, e);
  }
  return Buffer.concat(parts);
}

export function decodeBundle(bytes: Buffer): Buffer[] {
  const bad = () => new MendError('damaged-file', NOT_A_BUNDLE);
  if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw bad();
  const count = bytes.readUInt32BE(MAGIC.length);
  if (count > MAX_ENVELOPES) throw bad();
  const out: Buffer[] = [];
  let at = MAGIC.length + 4;
  for (let i = 0; i < count; i += 1) {
    if (at + 4 > bytes.length) throw bad();
    const length = bytes.readUInt32BE(at);
    at += 4;
    if (length > MAX_ENVELOPE_BYTES || at + length > bytes.length) throw bad();
    out.push(bytes.subarray(at, at + length));
    at += length;
  }
  if (at !== bytes.length) throw bad();
  return out;
}

export interface BundleReport {
  envelopes: number;
  taken: number;
  duplicates: number;
  refused: RefusalReason[];
}

/** Writes the file (to a path main got from a save dialog); returns how many envelopes it holds. */
export function saveForPartner(exchange: Exchange, path: string): number {
  const envelopes = exchange.sendable().map((o) => Buffer.from(o.envelope, 'base64'));
  writeFileAtomically(path, encodeBundle(envelopes));
  return envelopes.length;
}

/** Takes in a file from the partner. A file none of whose envelopes is for this pairing is refused with the reason. */
export function openFromPartner(exchange: Exchange, path: string): BundleReport {
  if (statSync(path).size > MAX_BUNDLE_BYTES) throw new MendError('damaged-file', 'This file is larger than any Mend saves for a partner.');
  const envelopes = decodeBundle(readFileSync(path));
  const report: BundleReport = { envelopes: envelopes.length, taken: 0, duplicates: 0, refused: [] };
  let firstRefusal: string | null = null;
  for (const bytes of envelopes) {
    const outcome = exchange.receive(bytes);
    if ('taken' in outcome) report.taken += 1;
    else if (outcome.refused.reason === 'duplicate') report.duplicates += 1;
    else {
      report.refused.push(outcome.refused.reason);
      firstRefusal ??= outcome.refused.message;
    }
  }
  if (envelopes.length > 0 && report.taken + report.duplicates === 0 && firstRefusal) throw new MendError('damaged-file', firstRefusal);
  return report;
}
