// @vitest-environment jsdom
// The unlock's notices never decide alone (issue 15): the report of entries
// missing, older, unknown or damaged offers "Keep it as it is" beside looking in
// the backups, and the notice of an older copy offers "Not now" beside keeping
// it and restoring the newest backup. Keeping as it is or not now closes the
// notice and calls nothing in main: nothing is changed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import { DamagedNotice } from '../../../renderer/src/components/DamagedNotice.tsx';
import { OlderCopyNotice } from '../../../renderer/src/components/OlderCopyNotice.tsx';

const ID = '6f1c3a7e-2b7d-4c1e-9a55-0d8f7f5b2a10';
const kinds: UnlockReport['damaged'] = [
  { id: ID, day: '2026-11-20', exerciseId: 'owning-it', kind: 'missing' },
  { id: `${ID.slice(0, -1)}1`, day: '2026-11-21', exerciseId: 'owning-it', kind: 'older' },
  { id: `${ID.slice(0, -1)}2`, day: null, kind: 'unknown' },
  { id: `${ID.slice(0, -1)}3`, day: null },
];

/** Every call to main, recorded: none may happen when the user keeps things as they are. */
function stubMain() {
  const calls: string[] = [];
  const answer = (name: string, value: unknown) => vi.fn(() => (calls.push(name), Promise.resolve({ ok: true, value })));
  window.mend = {
    backups: { findHolding: answer('findHolding', null), restore: answer('restore', { damaged: [] }), list: answer('list', []) },
    vault: { keepOlderCopy: answer('keepOlderCopy', null) },
  } as never;
  return calls;
}

afterEach(cleanup);

describe('the unlock report offers the choices', () => {
  for (const damaged of [[kinds[0]!], [kinds[1]!], [kinds[2]!], [kinds[3]!], kinds]) {
    it(`${damaged.map((d) => d.kind ?? 'damaged').join(', ')}: "Keep it as it is" closes it and changes nothing`, () => {
      const calls = stubMain();
      const restored = vi.fn();
      render(<DamagedNotice damaged={damaged} onRestored={restored} />);
      const notice = screen.getByRole('alert');
      if (damaged.some((d) => d.kind !== 'unknown')) expect(screen.getByRole('button', { name: /Look for (it|them) in a backup/ })).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Keep it as it is' }));
      expect(notice.isConnected).toBe(false);
      expect(calls).toEqual([]);
      expect(restored).not.toHaveBeenCalled();
    });
  }

  it('a list of entries that is itself missing: the same choice', () => {
    const calls = stubMain();
    render(<DamagedNotice damaged={[]} recordList="missing" onRestored={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Keep it as it is' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('an older copy: "Not now" beside keeping it and restoring the newest backup; not now calls nothing', () => {
    const calls = stubMain();
    render(<OlderCopyNotice onRestored={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Restore the newest backup' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keep this copy' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls).toEqual([]);
  });
});
