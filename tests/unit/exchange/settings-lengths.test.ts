// What the settings table shows someone holding the workbook file without any
// key: each value's ciphertext length only to a 256-byte step. Every sealed
// setting is padded (crypto/padding.ts), so no row tells the length of a name,
// a role, or an item the exchange sent or received. (The number of the
// exchange's rows is another matter: docs/SECURITY.md says what it shows.)
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { PAD_STEP } from '../../../main/services/crypto/padding.ts';
import { withDatabase } from '../main/helpers.ts';
import { cleanup, deliver, pairedAndConfirmed, saveEntry } from './exchange-kit.ts';
import type { Partner } from './exchange-kit.ts';

const TAG_BYTES = 16;
const settingsRows = (p: Partner) =>
  withDatabase(join(p.dir, WORKBOOK_FILE), (db) => db.prepare('SELECT key, ciphertext FROM settings').all(), { readOnly: true }) as { key: string; ciphertext: Uint8Array }[];

let a: Partner, b: Partner;
beforeAll(async () => {
  [a, b] = await pairedAndConfirmed();
}, 60_000);
afterAll(() => cleanup(a, b));

describe('the settings table, to someone without a key', () => {
  it('shows every sealed value’s length only to a 256-byte step, in both workbooks after an exchange', () => {
    for (const words of ['ok', 'a longer entry '.repeat(20), 'x'.repeat(450)]) a.exchange.share(saveEntry(a, words));
    deliver(a, b);
    expect(b.exchange.received().length).toBe(3);
    for (const p of [a, b]) {
      const rows = settingsRows(p);
      expect(rows.some((r) => r.key.includes(':in:') || r.key.includes(':out:'))).toBe(true);
      const off = rows.filter((r) => (r.ciphertext.length - TAG_BYTES) % PAD_STEP !== 0).map((r) => `${r.key}: ${r.ciphertext.length}`);
      expect(off).toEqual([]);
    }
  }, 60_000);

  it('still reads every value back (the padding is white space JSON ignores)', () => {
    expect(b.exchange.received().map((r) => r.answers.rightThing).sort()).toEqual(['a longer entry '.repeat(20), 'ok', 'x'.repeat(450)]);
    expect(a.exchange.status().pairing?.partnerName).toBe('Blair');
  });
});
