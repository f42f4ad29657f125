// The contract table and the `window.mend` API built from it.
import { describe, expect, it, vi } from 'vitest';
import { createMendApi } from '../../../shared/contract/client.ts';
import type { Invoke, Subscribe } from '../../../shared/contract/client.ts';
import { CHANNELS, EVENT_NAMES, contract, isChannel, isEventName } from '../../../shared/contract/channels.ts';
import type { Channel } from '../../../shared/contract/channels.ts';

const NAME = /^[a-z]+:[a-z][A-Za-z]*$/;

function build() {
  const invoke = vi.fn<Invoke>(async () => ({ ok: true, value: null }));
  const unsubscribe = vi.fn();
  const subscribe = vi.fn<Subscribe>(() => unsubscribe);
  const mend = createMendApi(invoke, subscribe);
  return { mend, invoke, subscribe, unsubscribe };
}

/** The function the API exposes for a channel, looked up by its namespace and method. */
function methodFor(mend: object, channel: Channel): unknown {
  const [namespace, method] = channel.split(':') as [string, string];
  return (mend as Record<string, Record<string, unknown> | undefined>)[namespace]?.[method];
}

describe('CHANNELS', () => {
  it('lists every contract entry, each named namespace:method', () => {
    expect(CHANNELS.length).toBeGreaterThan(0);
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
    for (const channel of CHANNELS) expect(channel).toMatch(NAME);
    for (const event of EVENT_NAMES) expect(event).toMatch(NAME);
  });

  it('has no two channels with the same name, and no namespace that would clash with mend.on', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
    expect(new Set(CHANNELS.map((c) => c.toLowerCase())).size).toBe(CHANNELS.length);
    expect(CHANNELS.map((c) => c.split(':')[0])).not.toContain('on');
  });

  it('isChannel / isEventName accept only own names, not prototype keys', () => {
    for (const channel of CHANNELS) expect(isChannel(channel)).toBe(true);
    for (const name of ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'nope:nothing', '', 42, null]) {
      expect(isChannel(name)).toBe(false);
      expect(isEventName(name)).toBe(false);
    }
    expect(isEventName('app:command')).toBe(true);
  });
});

describe('createMendApi', () => {
  it('builds the named domain functions', () => {
    const { mend } = build();
    expect(typeof mend.vault.create).toBe('function');
    expect(typeof mend.vault.unlock).toBe('function');
    expect(typeof mend.vault.changePassphrase).toBe('function');
    expect(typeof mend.entries.save).toBe('function');
    expect(typeof mend.entries.list).toBe('function');
    expect(typeof mend.print.worksheet).toBe('function');
    expect(typeof mend.app.status).toBe('function');
  });

  it('has exactly one function per channel, and nothing else besides on()', () => {
    const { mend } = build();
    const built: string[] = [];
    for (const [namespace, group] of Object.entries(mend)) {
      if (namespace === 'on') continue;
      for (const [method, fn] of Object.entries(group as Record<string, unknown>)) {
        expect(typeof fn).toBe('function');
        built.push(`${namespace}:${method}`);
      }
    }
    expect(built.sort()).toEqual([...CHANNELS].sort());
    expect(typeof mend.on).toBe('function');
  });

  it.each(CHANNELS)('%s calls invoke with that exact channel and the request as given', async (channel) => {
    const { mend, invoke } = build();
    const request = { marker: `request for ${channel}` };
    const fn = methodFor(mend, channel) as (req: unknown) => Promise<unknown>;

    const result = await fn(request);

    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith(channel, request);
    expect(invoke.mock.calls[0]?.[1]).toBe(request);
    expect(result).toEqual({ ok: true, value: null });
  });

  it('passes typed calls straight through (entries.save, vault.changePassphrase, print.worksheet)', async () => {
    const { mend, invoke } = build();
    const save = { exerciseId: 'next-right-thing', day: '2026-03-01', answers: { rightThing: 'x' } };
    await mend.entries.save(save);
    await mend.vault.changePassphrase({ current: 'old passphrase', next: 'new passphrase' });
    await mend.print.worksheet({ exerciseId: 'owning-it', entryId: null, target: 'pdf' });

    expect(invoke.mock.calls).toEqual([
      ['entries:save', save],
      ['vault:changePassphrase', { current: 'old passphrase', next: 'new passphrase' }],
      ['print:worksheet', { exerciseId: 'owning-it', entryId: null, target: 'pdf' }],
    ]);
  });

  it('sends {} when a request is left out', async () => {
    const { mend, invoke } = build();
    await (mend.vault.lock as unknown as () => Promise<unknown>)();
    expect(invoke).toHaveBeenCalledWith('vault:lock', {});
  });

  it('returns the envelope invoke answers with, errors included', async () => {
    const invoke = vi.fn<Invoke>(async () => ({ ok: false, error: { code: 'locked', message: 'Locked.' } }));
    const mend = createMendApi(invoke, vi.fn<Subscribe>());
    expect(await mend.entries.list({})).toEqual({ ok: false, error: { code: 'locked', message: 'Locked.' } });
  });

  it('on(app:command) subscribes and hands back the unsubscribe function', () => {
    const { mend, subscribe, unsubscribe } = build();
    const listener = vi.fn();

    const stop = mend.on('app:command', listener);

    expect(subscribe).toHaveBeenCalledTimes(1);
    expect(subscribe).toHaveBeenCalledWith('app:command', listener);
    expect(stop).toBe(unsubscribe);
  });

  it('on() throws for an unknown event, without subscribing', () => {
    const { mend, subscribe } = build();
    for (const name of ['nope', '__proto__', 'toString', 'app:status']) {
      expect(() => mend.on(name as never, vi.fn())).toThrow(TypeError);
    }
    expect(subscribe).not.toHaveBeenCalled();
  });
});

describe('createMendApi with channels asked early', () => {
  it('asks app:status at once, and hands that answer to the first call only', async () => {
    const answers = [{ ok: true, value: 'first' }, { ok: true, value: 'second' }] as const;
    let n = 0;
    const invoke = vi.fn<Invoke>(async () => answers[n++]!);
    const mend = createMendApi(invoke, vi.fn<Subscribe>(), { early: ['app:status'] });

    expect(invoke.mock.calls).toEqual([['app:status', {}]]);
    expect(await mend.app.status({})).toEqual({ ok: true, value: 'first' });
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(await mend.app.status({})).toEqual({ ok: true, value: 'second' });
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  it('asks again for a call with a request of its own, and leaves other channels alone', async () => {
    const invoke = vi.fn<Invoke>(async () => ({ ok: true, value: null }));
    const mend = createMendApi(invoke, vi.fn<Subscribe>(), { early: ['entries:list'] });
    await mend.entries.list({ exerciseId: 'owning-it' });
    await mend.vault.lock({});
    expect(invoke.mock.calls).toEqual([
      ['entries:list', {}],
      ['entries:list', { exerciseId: 'owning-it' }],
      ['vault:lock', {}],
    ]);
  });

  it('does not leave an early failure unhandled, and gives it to whoever asks', async () => {
    const invoke = vi.fn<Invoke>(() => Promise.reject(new Error('no handler')));
    const mend = createMendApi(invoke, vi.fn<Subscribe>(), { early: ['app:status'] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(mend.app.status({})).rejects.toThrow('no handler');
  });
});
