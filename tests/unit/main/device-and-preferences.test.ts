// "Remember on this device" and app preferences, through the real router.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppServices } from '../../../main/services/app-services.ts';
import type { AppServices } from '../../../main/services/app-services.ts';
import { shouldAutoLock } from '../../../main/services/settings/idle-policy.ts';
import type { Result } from '../../../shared/contract/result.ts';
import { testPorts } from '../../support/test-ports.ts';
import { makeTempDir, removeDir } from './helpers.ts';

const PASS = 'device test passphrase';
const SENDER = { id: 1, url: 'mend://app/index.html', isMainFrame: true };
let dir: string;
let services: AppServices;
const ask = (channel: string, request: unknown = {}) => services.route(channel, request, SENDER) as Promise<Result<unknown>>;

function build(backend: 'secure' | 'basic_text') {
  services = createAppServices({ dataDir: dir, appOrigin: 'mend://app', ...testPorts(backend) });
}

beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  services.vault.lock();
  removeDir(dir);
});

describe('remember on this device', () => {
  it('keeps the key wrapped by the keyring, unlocks without the passphrase, and can forget', async () => {
    build('secure');
    await services.vault.create(PASS);
    const key = services.vault.copyKeys();
    // An unlocked screen is not enough: the passphrase is asked for, and a wrong one keeps nothing.
    expect(await ask('device:remember', {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await ask('device:remember', { passphrase: 'not my passphrase' })).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(existsSync(join(dir, 'device-key.bin'))).toBe(false);
    expect(await ask('device:remember', { passphrase: PASS })).toEqual({ ok: true, value: { remembered: true, available: true } });
    expect(readFileSync(join(dir, 'device-key.bin')).includes(key.privateKey)).toBe(false);
    await ask('vault:lock');
    expect(await ask('device:unlock')).toEqual({ ok: true, value: { damaged: [] } });
    expect(services.vault.isUnlocked).toBe(true);
    expect(await ask('device:forget')).toEqual({ ok: true, value: { remembered: false, available: true } });
    await ask('vault:lock');
    expect(await ask('device:unlock')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('is refused, with the reason, where the keyring is plain text', async () => {
    build('basic_text');
    await services.vault.create(PASS);
    const status = await ask('device:status');
    expect(status).toMatchObject({ ok: true, value: { remembered: false, available: false, reason: expect.stringMatching(/no secure keyring/) } });
    expect(await ask('device:remember', { passphrase: PASS })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no secure keyring/) } });
    expect(existsSync(join(dir, 'device-key.bin'))).toBe(false);
  });

  it('is forgotten when the passphrase changes', async () => {
    build('secure');
    await services.vault.create(PASS);
    await ask('device:remember', { passphrase: PASS });
    expect(await ask('vault:changePassphrase', { current: PASS, next: 'a brand new passphrase' })).toEqual({ ok: true, value: null });
    expect(await ask('device:status')).toMatchObject({ ok: true, value: { remembered: false } });
  });
});

describe('preferences', () => {
  it('default to locking after 5 idle minutes, reminders off, the system theme, and keep what is chosen', async () => {
    build('secure');
    const defaults = {
      idleLockMinutes: 5,
      reminders: { enabled: false, morning: '08:30', evening: '21:00', weeklyDay: 0, weeklyTime: '19:00' },
      appearance: { theme: 'system', textSize: 'normal' },
      hideFromScreenCapture: true,
    };
    expect(await ask('settings:get')).toEqual({ ok: true, value: defaults });
    const chosen = { ...defaults, idleLockMinutes: 15, reminders: { ...defaults.reminders, enabled: true, morning: '07:15' } };
    expect(await ask('settings:set', chosen)).toEqual({ ok: true, value: chosen });
    expect(await ask('settings:set', { ...chosen, idleLockMinutes: 7 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await ask('settings:set', { ...chosen, reminders: { ...chosen.reminders, morning: '25:00' } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await ask('settings:get')).toEqual({ ok: true, value: chosen });
    // A change to one preference leaves the others as they are.
    expect(await ask('settings:set', { idleLockMinutes: 30 })).toEqual({ ok: true, value: { ...chosen, idleLockMinutes: 30 } });
    expect(await ask('settings:set', { appearance: { theme: 'dark', textSize: 'large' } })).toMatchObject({ ok: true, value: { appearance: { theme: 'dark', textSize: 'large' } } });
    expect(await ask('settings:set', { appearance: { theme: 'purple', textSize: 'large' } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it.each([
    [299, 'idle', 5, false],
    [300, 'idle', 5, true],
    [10, 'locked', 30, true],
    [10, 'active', 1, false],
    [61, 'unknown', 1, true],
  ] as const)('after %i idle seconds (%s) with a %i-minute limit, lock: %s', (seconds, state, minutes, expected) => {
    expect(shouldAutoLock(seconds, state, minutes)).toBe(expected);
  });
});
