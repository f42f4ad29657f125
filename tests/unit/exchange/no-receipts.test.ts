// The receiver sets the pace, and nothing tells the author what the receiver
// did: every kind of envelope either side can send is opened and its fields
// listed, and none says read, seen, delivered, typing, online or where or on
// what it was written. Taking an envelope in, and showing what arrived, send
// nothing back. The exchange raises no notification of its own: the only one
// in Mend is the reminder, which says "Time for your workbook".
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEnvelope } from '../../../main/services/exchange/envelope.ts';
import { ExchangeStore } from '../../../main/services/exchange/exchange-store.ts';
import { REMINDER_BODY } from '../../../main/services/reminders/reminder-runner.ts';
import { cleanup, deliver, envelopesOf, pairedAndConfirmed, saveEntry } from './exchange-kit.ts';
import type { Partner } from './exchange-kit.ts';

const FORBIDDEN = /read|seen|receipt|deliver|typing|online|presence|last.?active|opened|device|host|user|machine|ip|locat|address|timezone/i;
const ALLOWED_FIELDS: Record<string, string[]> = {
  '': ['v', 'pairing', 'author', 'kind', 'item', 'version', 'sentAt', 'body'],
  confirm: [],
  pace: ['noContact'],
  entry: ['exerciseId', 'day', 'answers', 'createdAt', 'updatedAt'],
  tombstone: [],
  answer: ['checkIn', 'checkInVersion', 'answers', 'answers.trust', 'answers.win', 'answers.worry', 'answers.request'],
  agree: ['agreement', 'agreementVersion', 'digest'],
};

let a: Partner, b: Partner;
/** Every envelope a side holds to send, held back or not. */
const outbox = (p: Partner) => {
  const { settings, privateKey, memberId } = p.vault.ownSealedSettings();
  return new ExchangeStore(settings, privateKey, memberId).allOutgoing();
};
const seen: { kind: string; fields: string[] }[] = [];
const fieldsOf = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value).flatMap(([k, v]) => [prefix + k, ...(prefix === '' && k === 'answers' ? [] : fieldsOf(v, `${prefix}${k}.`))])
    : [];

function collect(from: Partner): void {
  const seeds = from.vault.copyKeys().identity!;
  for (const bytes of envelopesOf(from)) {
    const { payload } = openEnvelope(bytes, seeds.agree);
    const { body, ...top } = payload;
    seen.push({ kind: '', fields: Object.keys({ ...top, body }) }, { kind: payload.kind, fields: fieldsOf(body) });
  }
}

beforeAll(async () => {
  [a, b] = await pairedAndConfirmed();
  const checkIn = a.vault.journal().save({ exerciseId: 'weekly-check-in', day: '2026-03-02', answers: { oneWin: 'a walk' } }).id;
  const agreement = a.vault.journal().save({ exerciseId: 'rebuilding-agreement', day: '2026-03-02', answers: { commitments: [{ who: 'i-will', commitment: 'call first' }] } }).id;
  const gone = saveEntry(a, 'soon withdrawn');
  for (const id of [checkIn, agreement, gone]) a.exchange.share(id);
  a.exchange.withdraw(gone);
  a.exchange.setNoContact(true);
  a.exchange.setNoContact(false);
  deliver(a, b);
  b.exchange.answerCheckIn(checkIn, { trust: '', win: 'yes', worry: '', request: '' });
  const { version, digest } = b.exchange.together()!.agreements[0]!;
  b.exchange.confirmAgreement(agreement, version, digest);
  b.exchange.setNoContact(true);
  collect(a);
  collect(b);
}, 60_000);
afterAll(() => cleanup(a, b));

describe('no read receipts, no presence', () => {
  it('sends every kind, and none carries a field beyond the format’s own', () => {
    expect(new Set(seen.map((s) => s.kind))).toEqual(new Set(Object.keys(ALLOWED_FIELDS)));
    for (const { kind, fields } of seen) {
      for (const field of fields) expect(ALLOWED_FIELDS[kind], `${kind || 'payload'} has ${field}`).toContain(field);
      expect(fields.filter((f) => FORBIDDEN.test(f.split('.').pop()!) && !ALLOWED_FIELDS[kind]!.includes(f))).toEqual([]);
    }
  });

  it('taking envelopes in and showing them writes nothing to send back', () => {
    // Something new from each side: Alex confirms the agreement (before Blair's "no contact" reaches Alex).
    const { version, digest } = a.exchange.together()!.agreements[0]!;
    a.exchange.confirmAgreement(a.exchange.together()!.agreements[0]!.id, version, digest);
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const before = JSON.stringify(outbox(to));
      expect(deliver(from, to).some((o) => 'taken' in o)).toBe(true);
      to.exchange.received();
      to.exchange.together();
      to.exchange.status();
      expect(JSON.stringify(outbox(to))).toBe(before);
    }
  });

  it('raises no notification: the reminder’s words are the only ones Mend shows', () => {
    const dir = resolve(import.meta.dirname, '../../../main/services/exchange');
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/Notification|from 'electron'/);
    expect(REMINDER_BODY).toBe('Time for your workbook');
  });
});
