// The memory of the last summary: after a saved export only its dates and when
// are kept, sealed under the exporting partner's private key (not readable in
// the file, nor by the other partner); the next summary marks what is new and
// offers the days after it. A cancelled export remembers nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import type { SummaryContextInfo } from '../../../shared/contract/channels.ts';
import { isNewSince, rangeSince } from '../../../shared/summary/last-summary.ts';
import { ask, owning, PASS_B, workbookForTwo } from '../main/two-partners-kit.ts';
import type { Book } from '../main/two-partners-kit.ts';
import { removeDir } from '../main/helpers.ts';

const OPTIONS = { from: '2026-11-01', to: '2026-11-30', exerciseIds: ['owning-it'], includePrivate: false, names: '', nextSession: 'Fridays' };
let book: Book;
afterEach(() => {
  book.services.vault.lock();
  removeDir(book.dir);
});

const exportMarkdown = async (name: string) => {
  book.dialogs.nextSavePath = join(book.dir, name);
  const result = await ask(book, 'summary:export', { jobId: randomUUID(), format: 'markdown', options: OPTIONS });
  expect(result).toMatchObject({ ok: true, value: { status: 'saved' } });
  return readFileSync(join(book.dir, name), 'utf8');
};
const contextOf = async () => {
  const result = await ask<SummaryContextInfo>(book, 'summary:context');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('the last summary, remembered', () => {
  it('is sealed per partner, marks what is new, and is nowhere in the clear', async () => {
    book = await workbookForTwo();
    const { vault } = book.services;
    expect(await contextOf()).toEqual({ role: null, lastSummary: null });
    // Cancelled: nothing remembered.
    expect(await ask(book, 'summary:export', { jobId: randomUUID(), format: 'markdown', options: OPTIONS })).toMatchObject({ ok: true, value: { status: 'cancelled' } });
    expect((await contextOf()).lastSummary).toBeNull();

    const first = await exportMarkdown('first.md');
    expect(first).not.toContain('Since the last summary');
    const remembered = (await contextOf()).lastSummary;
    expect(remembered).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });

    vault.journal().save(owning('WRITTEN-AFTER the first summary'));
    const second = await exportMarkdown('second.md');
    expect(second).toContain('**Since the last summary:** The last summary covered Sunday, 1 November 2026 to Monday, 30 November 2026');
    expect(second).toMatch(/### [^\n]* — New\n\n\*\*What I did\*\*\n\nWRITTEN-AFTER/);
    expect(second.match(/ — New\n/g)).toHaveLength(1);

    // In the file: one sealed value under an opaque name; no date of it in the clear.
    const raw = new DatabaseSync(vault.path, { readOnly: true });
    const rows = raw.prepare("SELECT key, ciphertext FROM settings WHERE key LIKE 'last-summary:%'").all() as { key: string; ciphertext: Uint8Array }[];
    raw.close();
    expect(rows).toHaveLength(1);
    expect(Buffer.from(rows[0]!.ciphertext).toString('latin1')).not.toMatch(/2026-11/);
    expect(readFileSync(vault.path).toString('latin1')).not.toContain('2026-11-30');

    // The other partner has no last summary of their own, and cannot read Sam's.
    vault.lock();
    await vault.unlock(PASS_B);
    expect((await contextOf()).lastSummary).toBeNull();
  });
});

describe('what counts as new, and the days offered', () => {
  const last = { from: '2026-11-01', to: '2026-11-30', madeOn: '2026-12-01', exportedAt: '2026-12-01T10:00:00.000Z' };
  it('an entry begun after the export is new; one begun before is not', () => {
    expect(isNewSince(last, { createdAt: '2026-12-01T10:00:01.000Z' })).toBe(true);
    expect(isNewSince(last, { createdAt: '2026-12-01T09:59:59.000Z' })).toBe(false);
    expect(isNewSince(null, { createdAt: '2030-01-01T00:00:00.000Z' })).toBe(false);
  });
  it('offers the day after the last summary ended, to today', () => {
    expect(rangeSince(last, '2026-12-14')).toEqual({ from: '2026-12-01', to: '2026-12-14' });
    expect(rangeSince({ ...last, to: '2026-12-14' }, '2026-12-14')).toEqual({ from: '2026-12-14', to: '2026-12-14' });
  });
});
