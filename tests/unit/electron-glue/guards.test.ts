// The decisions main's glue delegates (main/services/security, settings), read
// without Electron: the data folder override, debugging switches, what a
// window may request, the idle clock's fallback and the lock guard.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseDataDir, forbiddenDebugSwitch } from '../../../main/services/security/launch-guards.ts';
import { isAllowedRequest } from '../../../main/services/security/request-filter.ts';
import { guardAgainstLock } from '../../../main/services/security/lock-guard.ts';
import { IdleSource } from '../../../main/services/settings/idle-source.ts';
import { APP_ID } from '../../../main/app-identity.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('chooseDataDir', () => {
  it('honours an absolute MEND_DATA_DIR in an unpackaged build only', () => {
    expect(chooseDataDir({ MEND_DATA_DIR: '/tmp/mend-e2e' }, false)).toEqual({ kind: 'override', dir: '/tmp/mend-e2e' });
    expect(chooseDataDir({ MEND_DATA_DIR: '/tmp/mend-e2e' }, true)).toEqual({ kind: 'default' });
    expect(chooseDataDir({}, false)).toEqual({ kind: 'default' });
  });

  it('refuses a relative folder with a message', () => {
    expect(chooseDataDir({ MEND_DATA_DIR: 'relative/dir' }, false)).toMatchObject({ kind: 'refused', message: expect.stringContaining('absolute') });
  });
});

describe('forbiddenDebugSwitch', () => {
  it.each([['--remote-debugging-port=9222'], ['--remote-debugging-pipe'], ['--inspect'], ['--inspect-brk=0.0.0.0:9229'], ['--INSPECT-port=1']])('refuses %s in a packaged build', (arg) => {
    expect(forbiddenDebugSwitch(['/opt/Mend/mend', arg], true)).toBe(arg.split('=')[0]!.toLowerCase());
    expect(forbiddenDebugSwitch(['/opt/Mend/mend', arg], false)).toBeNull();
  });

  it('lets ordinary switches through', () => {
    expect(forbiddenDebugSwitch(['/opt/Mend/mend', '--no-sandbox-is-not-here', '--enable-logging', '--inspector'], true)).toBeNull();
  });
});

describe('isAllowedRequest', () => {
  it('lets mend://, data: and blob: through', () => {
    for (const url of ['mend://app/index.html', 'data:image/png;base64,AAAA', 'blob:mend://app/1f0c']) expect(isAllowedRequest(url, true)).toBe(true);
  });

  it('cancels everything that would leave the machine, or read it', () => {
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'wss://example.com/', 'file:///etc/passwd', 'ftp://example.com/', 'chrome://gpu', 'not a url']) {
      expect(isAllowedRequest(url, true)).toBe(false);
    }
  });

  it('allows devtools: only in an unpackaged build', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', false)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', true)).toBe(false);
  });
});

describe('IdleSource', () => {
  it('uses the system idle time once the system has reported one', () => {
    let now = 0;
    const source = new IdleSource(() => now);
    now = 400_000;
    expect(source.idleSeconds(12)).toBe(12);
    // A later 0 is real activity elsewhere, not a missing clock.
    expect(source.idleSeconds(0)).toBe(0);
  });

  it('falls back to input in Mend’s window where the system always answers 0 (Wayland)', () => {
    let now = 0;
    const source = new IdleSource(() => now);
    now = 299_000;
    expect(source.idleSeconds(0)).toBe(299);
    source.noteInput();
    now = 310_000;
    expect(source.idleSeconds(0)).toBe(11);
  });
});

describe('guardAgainstLock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('cancels once the lock count moves, and reads as locked from then on', () => {
    let locks = 3;
    const onLock = vi.fn();
    const guard = guardAgainstLock(() => locks, onLock, 100);
    vi.advanceTimersByTime(500);
    expect(onLock).not.toHaveBeenCalled();
    expect(guard.locked).toBe(false);
    locks = 4;
    vi.advanceTimersByTime(100);
    expect(onLock).toHaveBeenCalledOnce();
    expect(guard.locked).toBe(true);
    guard.stop();
  });

  it('sees a lock between two polls when asked', () => {
    let locks = 0;
    const onLock = vi.fn();
    const guard = guardAgainstLock(() => locks, onLock, 10_000);
    locks = 1;
    expect(guard.locked).toBe(true);
    expect(onLock).toHaveBeenCalledOnce();
    guard.stop();
  });
});

describe('the app id', () => {
  it('is the installer’s appId, so Windows ties notifications and the taskbar pin to Mend', () => {
    const yml = readFileSync(join(ROOT, 'build/electron-builder.yml'), 'utf8');
    expect(yml).toMatch(new RegExp(`^appId: ${APP_ID.replaceAll('.', '\\.')}$`, 'm'));
  });
});
