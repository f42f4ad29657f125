// Property-based fuzzing of the IPC boundary, against the real services
// (createAppServices) with an unlocked workbook holding entries and a role:
// for every contract channel, at least NUM_RUNS generated requests that its
// schema rejects must each be answered invalid-request, promptly, without a
// throw, and the whole fuzz must leave no trace (entries, profile, the
// workbook's rows, other files, port calls, Object.prototype). Untrusted
// senders get the same treatment. Each run draws a new seed; a failure says
// which, to be run again with
// MEND_FUZZ_SEED=<seed> npx vitest run tests/unit/main/ipc-fuzz.test.ts
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../main/services/app-services.ts';
import type { AppServices, AppServicesOptions } from '../../../main/services/app-services.ts';
import { sameOriginMainFrame } from '../../../main/services/ipc/sender-policy.ts';
import type { SenderInfo } from '../../../main/services/ipc/sender-policy.ts';
import { CHANNELS, contract } from '../../../shared/contract/channels.ts';
import type { Channel } from '../../../shared/contract/channels.ts';
import { malformedRequests, senderUrl } from './malformed-requests.ts';
import type { Category } from './malformed-requests.ts';
import { makeTempDir, removeDir, withDatabase } from './helpers.ts';

/** Per channel and per sender property; `npm run test:faults` (MEND_FAULTS=long) runs 1,000, and each run draws a new seed. */
const NUM_RUNS = process.env.MEND_FAULTS === 'long' ? 1000 : 300;
/** Far above what an invalid request takes (microseconds); only a hang reaches it. */
const ANSWER_TIMEOUT_MS = 5_000;
const SEED = Number(process.env.MEND_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const APP_ORIGIN = 'mend://app';
const TRUSTED: SenderInfo = { id: 1, url: 'mend://app/index.html', isMainFrame: true };
const PASS = 'fuzz test passphrase';
const SOME_UUID = '6f1c3a7e-2b7d-4c1e-9a55-0d8f7f5b2a10';

/**
 * Requests each channel's schema accepts, the starting points for near-valid
 * mutations. A channel missing here is still fuzzed (from {}), but the first
 * test fails until it gets samples; so does a sample for a channel that no
 * longer exists. (Keyed by string, not Channel, so a contract change being made
 * alongside fails that test with a clear message rather than the type check.)
 */
const VALID_SAMPLES: Record<string, Record<string, unknown>[]> = {
  'app:status': [{}],
  'vault:create': [{ passphrase: 'long enough passphrase' }],
  'vault:unlock': [{ passphrase: 'x' }],
  'vault:lock': [{}],
  'vault:keepOlderCopy': [{}],
  'vault:changePassphrase': [{ current: 'x', next: 'long enough passphrase' }],
  'vault:partners': [{}],
  'vault:addPartner': [{ currentPassphrase: 'x', partnerPassphrase: 'long enough passphrase', myName: 'Sam', partnerName: 'Alex', partnerRole: 'H' }],
  'together:join': [{ passphrase: 'x' }],
  'together:end': [{}],
  'together:status': [{}],
  'together:newSharedKey': [{}],
  'profile:get': [{}],
  'profile:set': [{ role: 'H' }, { role: null }],
  'entries:list': [{}, { exerciseId: 'owning-it' }, { exerciseId: 'owning-it', limit: 20, cursor: `2026-03-01|2026-03-01T08:00:00.000Z|${SOME_UUID}` }, { from: '2026-02-01', to: '2026-03-01' }],
  'entries:overview': [{ today: '2026-03-01' }, { today: '2026-03-01', exerciseId: 'next-right-thing' }],
  'progress:figures': [{ today: '2026-03-01' }],
  'entries:get': [{ id: SOME_UUID }],
  'entries:save': [
    { exerciseId: 'next-right-thing', day: '2026-03-01', answers: { rightThing: 'Call at six' } },
    { id: SOME_UUID, exerciseId: 'owning-it', day: '2026-03-02', answers: { whatIDid: 'I broke a promise.' } },
  ],
  'entries:delete': [{ id: SOME_UUID }],
  'entries:search': [{ query: 'promise' }, { query: '' }],
  'entries:setPrivate': [{ id: SOME_UUID, keepPrivate: true }],
  'entries:setVisibility': [{ id: SOME_UUID, visibility: 'shared' }, { id: SOME_UUID, visibility: 'private' }],
  'summary:export': [
    {
      jobId: SOME_UUID,
      options: { from: '2026-03-01', to: '2026-03-31', exerciseIds: ['owning-it'], includePrivate: false, names: 'S. and A.', nextSession: 'Trust' },
      format: 'pdf',
    },
  ],
  'summary:job': [{ jobId: SOME_UUID }],
  'summary:cancel': [{ jobId: SOME_UUID }],
  'summary:context': [{}],
  'print:packet': [{ exerciseIds: ['owning-it', 'next-right-thing'], target: 'pdf' }],
  'backups:list': [{}],
  'backups:create': [{}],
  'backups:restore': [{ name: 'backup-2026-03-01T10-00-00Z.mend' }],
  'backups:remove': [{ name: 'backup-2026-03-01T10-00-00Z-before-restore.mend' }],
  'backups:findHolding': [{ recordId: SOME_UUID }],
  'backups:entryCopies': [{ id: SOME_UUID }],
  'backups:removeEntry': [{ id: SOME_UUID }],
  'backups:exportFile': [{}],
  'backups:importFile': [{ passphrase: 'x' }],
  'data:exportReadable': [{ format: 'markdown' }, { format: 'json' }],
  'device:status': [{}],
  'device:remember': [{ passphrase: 'x' }],
  'device:forget': [{}],
  'device:unlock': [{}],
  'settings:get': [{}],
  'settings:set': [{ idleLockMinutes: 5 }],
  'print:worksheet': [
    { exerciseId: 'owning-it', entryId: null, target: 'pdf' },
    { exerciseId: 'next-right-thing', entryId: SOME_UUID, target: 'printer' },
  ],
  'print:ready': [{}],
  'exchange:status': [{}],
  'exchange:answerSafety': [{ safe: true }, { safe: false }],
  'exchange:invite': [{}],
  'exchange:openInvitation': [{ text: 'mend-invite-1.x', partnerName: 'Alex' }],
  'exchange:confirm': [{}],
  'exchange:unpair': [{}],
  'exchange:chooseFolder': [{}],
  'exchange:setPace': [{ paused: true }, { noContact: false }, {}],
  'exchange:share': [{ entryId: SOME_UUID, shared: true }],
  'exchange:received': [{}],
  'exchange:sync': [{}],
  'exchange:saveForPartner': [{}],
  'exchange:openFromPartner': [{}],
  'exchange:entrySharing': [{ entryId: SOME_UUID }],
  'exchange:sendLetter': [{ entryId: SOME_UUID, lookedAt: '2026-03-01T10:00:00.000Z' }],
  'exchange:fromPartner': [{ exerciseId: 'owning-it' }, { exerciseId: 'next-right-thing' }],
  'exchange:together': [{}],
  'exchange:answerCheckIn': [{ checkIn: SOME_UUID, answers: { trust: '3', win: 'a walk', worry: '', request: '' } }],
  'exchange:confirmAgreement': [{ agreement: SOME_UUID, version: 1, digest: 'A'.repeat(43) }],
};

const samplesOf = (channel: Channel) => VALID_SAMPLES[channel] ?? [{}];

/** Every call into a port (printer, dialogs, keyring, preferences), by name. */
const portCalls: string[] = [];

/** Wraps a port so each method call is recorded before the fake answers. */
function recorded<T extends object>(name: string, port: T): T {
  return new Proxy(port, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        portCalls.push(`${name}.${String(key)}`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

function fakePorts(): Pick<AppServicesOptions, 'printer' | 'dialogs' | 'keyring' | 'preferences'> {
  let preferences = { idleLockMinutes: 5 as const } as ReturnType<AppServicesOptions['preferences']['read']>;
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    printer: recorded('printer', { print: async () => ({ status: 'saved' as const, path: '/x.pdf' }), markReady: () => undefined }),
    dialogs: recorded('dialogs', { chooseSavePath: async () => null, chooseOpenPath: async () => null }),
    keyring: recorded('keyring', { availability: () => ({ available: true as const }), encrypt: flip, decrypt: flip }),
    preferences: recorded('preferences', {
      read: () => ({ ...preferences }),
      write: (next: typeof preferences) => {
        preferences = next;
      },
    }),
  };
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A hash of every row of every table, read through a separate connection: the file's bytes may change with WAL checkpoints, its rows may not. */
function hashWorkbookRows(path: string): Record<string, string> {
  return withDatabase(
    path,
    (db) => {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
      return Object.fromEntries(
        tables.map(({ name }) => {
          const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all() as Record<string, unknown>[];
          const text = JSON.stringify(rows, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value));
          return [name, sha256(text)];
        }),
      );
    },
    { readOnly: true },
  );
}

/** Every file in the data folder with a hash of its bytes, except the workbook itself (compared by rows). */
function hashOtherFiles(dir: string, root = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, { [`${relative(root, path)}/`]: 'dir' }, hashOtherFiles(path, root));
    else if (!/^workbook\.mend(-wal|-shm)?$/.test(name)) out[relative(root, path)] = sha256(readFileSync(path));
  }
  return out;
}

const ownKeysOf = (o: object) => Reflect.ownKeys(o).map(String).sort();

function prototypeKeys() {
  return {
    object: ownKeysOf(Object.prototype),
    array: ownKeysOf(Array.prototype),
    function: ownKeysOf(Function.prototype),
    string: ownKeysOf(String.prototype),
  };
}

/** Rejects if `answer` has not settled after `ms`: a hang fails the property instead of the whole run. */
async function within<T>(answer: () => Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      Promise.resolve().then(answer),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The oracle for "exactly the trusted origin": the parser's own serialisation must start with it. */
function isExactlyOrigin(origin: string, url: string): boolean {
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return false;
  }
  const escaped = origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^${escaped}(?:[/?#]|$)`).test(href);
}

/**
 * fc.assert with one seed per property, derived from SEED so channels do not all
 * draw the same values, and a failure that says how to run it again.
 */
async function checkProperty<Ts>(property: fc.IRawProperty<Ts>, numRuns: number, label: string): Promise<void> {
  let seed = SEED;
  for (const ch of label) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  try {
    await fc.assert(property, { numRuns, seed });
  } catch (err) {
    const reproduce = `Reproduce with MEND_FUZZ_SEED=${SEED} npx vitest run tests/unit/main/ipc-fuzz.test.ts`;
    throw Object.assign(err instanceof Error ? err : new Error(String(err)), { message: `${(err as Error).message}\n${reproduce}` });
  }
}

describe('IPC fuzz against the real services', () => {
  let dir: string;
  let services: AppServices;
  const loggedErrors: string[] = [];
  const sent: Partial<Record<Channel, number>> = {};
  const validSkipped: Partial<Record<Channel, number>> = {};
  const byCategory: Partial<Record<Category, number>> = {};
  let before: ReturnType<typeof snapshot>;

  function snapshot() {
    const { vault } = services;
    return {
      unlocked: vault.isUnlocked,
      lockCount: vault.lockCount,
      entries: JSON.stringify(vault.journal().list()),
      profile: JSON.stringify(vault.profile().get()),
      rows: hashWorkbookRows(vault.path),
      otherFiles: hashOtherFiles(dir),
      portCalls: [...portCalls],
      prototypes: prototypeKeys(),
    };
  }

  beforeAll(async () => {
    dir = makeTempDir();
    services = createAppServices({
      dataDir: dir,
      appOrigin: APP_ORIGIN,
      ...fakePorts(),
      logError: (channel) => loggedErrors.push(channel),
    });
    const call = async (channel: Channel, request: unknown) => {
      const result = await services.route(channel, request, TRUSTED);
      if (!result.ok) throw new Error(`setup: ${channel} failed with ${result.error.code}`);
      return result.value;
    };
    await call('vault:create', { passphrase: PASS });
    await call('profile:set', { role: 'R' });
    await call('entries:save', { exerciseId: 'next-right-thing', day: '2026-03-01', answers: { rightThing: 'Call at six' } });
    await call('entries:save', { exerciseId: 'owning-it', day: '2026-03-02', answers: { whatIDid: 'I broke a promise.' } });
    portCalls.length = 0;
    before = snapshot();
    expect(JSON.parse(before.entries)).toHaveLength(2);
    expect(before.unlocked).toBe(true);
  });

  afterAll(() => {
    services?.vault.lock();
    removeDir(dir);
    const total = Object.values(sent).reduce((a, b) => a + b, 0);
    console.info(
      `[ipc-fuzz] seed ${SEED}: ${total} malformed requests over ${Object.keys(sent).length} channels; ` +
        `by kind ${JSON.stringify(byCategory)}; valid ones generated and not sent: ${JSON.stringify(validSkipped)}`,
    );
  });

  it('has valid samples for every channel, which the channel’s schema accepts', () => {
    expect(Object.keys(VALID_SAMPLES).filter((name) => !(CHANNELS as string[]).includes(name)), 'samples for channels not in the contract').toEqual([]);
    for (const channel of CHANNELS) {
      expect(VALID_SAMPLES[channel], `VALID_SAMPLES has no entry for ${channel}`).toBeDefined();
      for (const sample of samplesOf(channel)) {
        expect(contract[channel].request.safeParse(sample).success, `${channel} ${JSON.stringify(sample)}`).toBe(true);
      }
    }
  });

  it.each(CHANNELS)(`%s: ${NUM_RUNS} requests its schema rejects are each answered invalid-request, and change nothing`, async (channel) => {
    const schema = contract[channel].request;
    const requests = malformedRequests(samplesOf(channel)).filter(({ value }) => {
      const invalid = !schema.safeParse(value).success;
      if (!invalid) validSkipped[channel] = (validSkipped[channel] ?? 0) + 1;
      return invalid;
    });
    let count = 0;

    await checkProperty(
      fc.asyncProperty(requests, async ({ category, value }) => {
        // Only requests the schema rejects count; a valid one is never sent (it could change the workbook).
        expect(schema.safeParse(value).success).toBe(false);
        const result = await within(() => services.route(channel, value, TRUSTED), ANSWER_TIMEOUT_MS, channel);
        expect(result).toEqual({ ok: false, error: { code: 'invalid-request', message: expect.any(String) } });
        count += 1;
        byCategory[category] = (byCategory[category] ?? 0) + 1;
      }),
      NUM_RUNS,
      channel,
    );

    sent[channel] = count;
    expect(count).toBeGreaterThanOrEqual(NUM_RUNS);
    expect(snapshot()).toEqual(before);
    expect(loggedErrors).toEqual([]);
  }, 30_000);

  it('answers valid requests from untrusted senders with forbidden-sender, and changes nothing', async () => {
    const channelAndRequest = fc.constantFrom(...CHANNELS).chain((channel) => fc.tuple(fc.constant(channel), fc.constantFrom(...samplesOf(channel))));
    const untrusted = fc
      .record({ id: fc.integer({ min: 0, max: 10 }), url: senderUrl, isMainFrame: fc.boolean() })
      .filter((sender) => !(sender.isMainFrame && isExactlyOrigin(APP_ORIGIN, sender.url)));

    await checkProperty(
      fc.asyncProperty(channelAndRequest, untrusted, async ([channel, request], sender) => {
        const result = await within(() => services.route(channel, request, sender), ANSWER_TIMEOUT_MS, channel);
        expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender', message: expect.any(String) } });
      }),
      NUM_RUNS,
      'untrusted senders',
    );

    expect(snapshot()).toEqual(before);
    expect(loggedErrors).toEqual([]);
  }, 30_000);
});

describe.each(['mend://app', 'http://127.0.0.1:4173'])('sameOriginMainFrame(%s) under fuzzing', (origin) => {
  const isTrusted = sameOriginMainFrame(origin);

  it('accepts a sender exactly when it is the main frame of that origin', async () => {
    let accepted = 0;
    await checkProperty(
      fc.property(senderUrl, fc.boolean(), fc.integer(), (url, isMainFrame, id) => {
        const verdict = isTrusted({ id, url, isMainFrame });
        expect(verdict).toBe(isMainFrame && isExactlyOrigin(origin, url));
        if (verdict) accepted += 1;
      }),
      5_000,
      `sender ${origin}`,
    );
    // The generator reaches the accepted side too, so the property above is not only about refusals.
    if (origin === 'mend://app') expect(accepted).toBeGreaterThan(0);
  });

  it('accepts any path, query and fragment under that origin in the main frame, and none in a subframe', async () => {
    await checkProperty(
      fc.property(fc.webPath(), fc.webQueryParameters(), fc.webFragments(), fc.boolean(), (path, query, fragment, isMainFrame) => {
        const url = `${origin}${path.startsWith('/') ? path : `/${path}`}?${query}#${fragment}`;
        expect(isTrusted({ id: 1, url, isMainFrame })).toBe(isMainFrame);
      }),
      2_000,
      `paths ${origin}`,
    );
  });
});
