// Looking at shared records as an attacker with one partner's keys would: the
// raw rows, opened with the shared key, and the signatures they carry; and
// writing one, as a script with those keys could.
import { join } from 'node:path';
import { open } from '../../../main/services/crypto/aead.ts';
import { encodeRecord } from '../../../main/services/journal/record-codec.ts';
import type { RecordRow } from '../../../main/services/journal/record-codec.ts';
import { spaceKeyOf } from '../../../main/services/journal/record-keys.ts';
import type { Proof } from '../../../main/services/journal/record-proof.ts';
import { upsertRow } from '../../../main/services/journal/private-slots.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { parseHeader } from '../../../main/services/vault/header.ts';
import type { MemberKeys } from '../../../main/services/vault/member-keys.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { readHeader, withDatabase } from './helpers.ts';

const rowsOf = (dir: string) =>
  withDatabase(join(dir, WORKBOOK_FILE), (db) => db.prepare('SELECT id, sort_key, tag, nonce, ciphertext FROM records').all(), { readOnly: true }) as unknown as RecordRow[];

/** Every shared record's text, who its stamps name, and its proof, read raw with the shared key. */
export function sharedProofs(dir: string, keys: MemberKeys): { id: string; text: string; signedBy: string[]; proof: Proof }[] {
  const vaultId = parseHeader(readHeader(join(dir, WORKBOOK_FILE))).vaultId;
  const out: { id: string; text: string; signedBy: string[]; proof: Proof }[] = [];
  for (const row of rowsOf(dir)) {
    let value: Entry & { proof?: Proof };
    try {
      const plain = open(keys.sharedKey!, { nonce: Buffer.from(row.nonce), ciphertext: Buffer.from(row.ciphertext) }, `mend/record/v1|${vaultId}|${row.id}`);
      value = JSON.parse(plain.toString('utf8')) as Entry & { proof?: Proof };
    } catch {
      continue;
    }
    const a = value.answers;
    const text = String(a.whatIDid ?? a.oneWin ?? (a.commitments as { commitment: string }[] | undefined)?.[0]?.commitment ?? '');
    out.push({ id: row.id, text, signedBy: (value.signedBy ?? []).map((s) => s.memberId), proof: value.proof ?? {} });
  }
  return out;
}

/** Writes `entry` (with any `proof` field it carries) straight into the shared space with the shared key, as a script holding one partner's keys can. */
export function writeSharedRaw(dir: string, keys: MemberKeys, entry: Entry): void {
  const vaultId = parseHeader(readHeader(join(dir, WORKBOOK_FILE))).vaultId;
  const row = encodeRecord(spaceKeyOf(keys.sharedKey!), vaultId, entry, { hidden: false });
  withDatabase(join(dir, WORKBOOK_FILE), (db) => upsertRow(db, row));
}
