// Only the main frame of the app's own origin may call main.
import { describe, expect, it } from 'vitest';
import { sameOriginMainFrame } from '../../../main/services/ipc/sender-policy.ts';

type Row = [url: string, isMainFrame: boolean, accepted: boolean];

const TABLES: Record<string, Row[]> = {
  'mend://app': [
    ['mend://app/index.html', true, true],
    ['mend://app/index.html#/home', true, true],
    ['mend://app/', true, true],
    ['mend://app/index.html#/print/worksheet/owning-it?entry=x', true, true],
    ['mend://app/index.html', false, false],
    ['evil://app/', true, false],
    ['mend://app.evil/', true, false],
    ['mend://evil/', true, false],
    ['mend://evil/mend://app/', true, false],
    ['mend://app:8080/', true, false],
    ['mend://user:pw@app/', true, false],
    ['mend://user@app/', true, false],
    ['http://app/', true, false],
    ['http://127.0.0.1/', true, false],
    ['file:///etc/passwd', true, false],
    ['data:text/html,x', true, false],
    ['about:blank', true, false],
    ['not a url', true, false],
    ['', true, false],
  ],
  'http://127.0.0.1:4173': [
    ['http://127.0.0.1:4173/', true, true],
    ['http://127.0.0.1:4173/index.html#/home', true, true],
    ['http://127.0.0.1:4173/index.html', false, false],
    ['http://127.0.0.1:4174/', true, false],
    ['http://127.0.0.1/', true, false],
    ['http://127.0.0.1:80/', true, false],
    ['https://127.0.0.1:4173/', true, false],
    ['ws://127.0.0.1:4173/', true, false],
    ['http://localhost:4173/', true, false],
    ['http://127.0.0.2:4173/', true, false],
    ['http://user:pw@127.0.0.1:4173/', true, false],
    ['http://127.0.0.1.evil.com:4173/', true, false],
    ['mend://app/', true, false],
    ['not a url', true, false],
  ],
};

describe.each(Object.entries(TABLES))('sameOriginMainFrame(%s)', (origin, rows) => {
  const isTrusted = sameOriginMainFrame(origin);

  it.each(rows)('%s (main frame: %s) -> accepted: %s', (url, isMainFrame, accepted) => {
    expect(isTrusted({ id: 1, url, isMainFrame })).toBe(accepted);
  });
});

describe('sameOriginMainFrame with malformed sender info', () => {
  const isTrusted = sameOriginMainFrame('mend://app');

  it('rejects a sender whose url is not a string', () => {
    expect(isTrusted({ id: 1, url: undefined as unknown as string, isMainFrame: true })).toBe(false);
    expect(isTrusted({ id: 1, url: { toString: () => 'mend://app/' } as unknown as string, isMainFrame: true })).toBe(false);
  });
});
