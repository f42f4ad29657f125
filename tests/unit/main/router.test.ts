// The IPC router as the app builds it (createAppServices): sender checks,
// request validation for every channel, the happy path end to end, and errors
// that never carry entry text out.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppServices, logErrorKindOnly } from '../../../main/services/app-services.ts';
import type { AppServices } from '../../../main/services/app-services.ts';
import { testPorts } from '../../support/test-ports.ts';
import { createRouter } from '../../../main/services/ipc/router.ts';
import type { Handlers } from '../../../main/services/ipc/router.ts';
import type { SenderInfo } from '../../../main/services/ipc/sender-policy.ts';
import type { PrintJob, WorksheetPrinter } from '../../../main/services/print/printer.ts';
import { CHANNELS, contract } from '../../../shared/contract/channels.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import { makeTempDir, removeDir } from './helpers.ts';
import { SOME_UUID, VALID, WRONG } from './channel-samples.ts';

const TRUSTED: SenderInfo = { id: 1, url: 'mend://app/index.html#/home', isMainFrame: true };
const PASS = 'router test passphrase';

function fakePrinter() {
  const jobs: PrintJob[] = [];
  const ready: number[] = [];
  const printer: WorksheetPrinter = {
    print: async (job) => {
      jobs.push(job);
      return { status: 'saved', path: '/x.pdf' };
    },
    markReady: (senderId) => {
      ready.push(senderId);
    },
  };
  return { printer, jobs, ready };
}


/** Malformed for every channel. */
const MALFORMED = (): unknown[] => [
  null,
  undefined,
  'a string',
  42,
  [],
  [{}],
  { unexpected: 1 },
  JSON.parse('{"__proto__":{"polluted":true}}'),
];

describe('the router built by createAppServices', () => {
  let dir: string;
  let services: AppServices;
  let printing: ReturnType<typeof fakePrinter>;
  const route = (channel: unknown, request: unknown, sender: SenderInfo = TRUSTED) =>
    services.route(channel, request, sender);

  beforeAll(() => {
    dir = makeTempDir();
    printing = fakePrinter();
    services = createAppServices({ dataDir: dir, appOrigin: 'mend://app', ...testPorts(), printer: printing.printer });
  });

  afterAll(() => {
    services?.vault.lock();
    removeDir(dir);
  });

  describe('before any workbook exists', () => {
    it('answers unknown-channel for names not in the contract, including prototype keys', async () => {
      for (const channel of ['nope:nothing', 'entries:drop', '__proto__', 'toString', 'constructor', 42, null]) {
        const result = await route(channel, {});
        expect(result, String(channel)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      }
    });

    it.each([
      ['a subframe of the app origin', { id: 1, url: 'mend://app/index.html', isMainFrame: false }],
      ['evil://app/', { id: 1, url: 'evil://app/', isMainFrame: true }],
      ['mend://app.evil/', { id: 1, url: 'mend://app.evil/', isMainFrame: true }],
      ['mend://evil/', { id: 1, url: 'mend://evil/', isMainFrame: true }],
      ['http://127.0.0.1/', { id: 1, url: 'http://127.0.0.1/', isMainFrame: true }],
      ['file:///etc/passwd', { id: 1, url: 'file:///etc/passwd', isMainFrame: true }],
      ['data:text/html,x', { id: 1, url: 'data:text/html,x', isMainFrame: true }],
      ['not a url', { id: 1, url: 'not a url', isMainFrame: true }],
      ['mend://user:pw@app/', { id: 1, url: 'mend://user:pw@app/', isMainFrame: true }],
    ])('refuses an untrusted sender (%s) with forbidden-sender, on every channel', async (_name, sender) => {
      for (const channel of CHANNELS) {
        const result = await route(channel, VALID[channel], sender);
        expect(result, channel).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      }
      expect(services.vault.exists()).toBe(false);
    });

    it('accepts the trusted sender (control for the refusals above)', async () => {
      expect(await route('app:status', {})).toEqual({ ok: true, value: { workbookExists: false, unlocked: false } });
    });

    it.each(CHANNELS)('refuses malformed requests on %s with invalid-request, before any handler runs', async (channel) => {
      expect(contract[channel].request.safeParse(VALID[channel]).success).toBe(true);
      const bad = [...MALFORMED(), ...WRONG[channel], { ...VALID[channel], extra: 1 }];
      for (const request of bad) {
        const result = await route(channel, request);
        expect(result, `${channel} ${JSON.stringify(request)}`).toMatchObject({
          ok: false,
          error: { code: 'invalid-request' },
        });
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(services.vault.exists()).toBe(false);
      expect(printing.jobs).toEqual([]);
      expect(printing.ready).toEqual([]);
    });

    it('names the offending field in an invalid-request message', async () => {
      const result = await route('entries:get', { id: 'not-a-uuid' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain('(id)');
    });

    it('answers locked for entries and printing while there is no open workbook', async () => {
      for (const [channel, request] of [
        ['entries:list', {}],
        ['entries:get', { id: SOME_UUID }],
        ['entries:save', VALID['entries:save']],
        ['entries:delete', { id: SOME_UUID }],
        ['print:worksheet', VALID['print:worksheet']],
      ] as const) {
        expect(await route(channel, request), channel).toMatchObject({ ok: false, error: { code: 'locked' } });
      }
      expect(await route('vault:unlock', { passphrase: PASS })).toMatchObject({ ok: false, error: { code: 'no-workbook' } });
    });
  });

  describe('the happy path, in order', () => {
    let entry: Entry;
    let letter: Entry;
    const answerText = 'Call my sister back at six';

    it('creates the workbook', async () => {
      expect(await route('vault:create', { passphrase: PASS })).toEqual({ ok: true, value: null });
      expect(await route('app:status', {})).toEqual({ ok: true, value: { workbookExists: true, unlocked: true } });
    });

    it('saves, lists and gets an entry', async () => {
      const saved = await route('entries:save', {
        exerciseId: 'next-right-thing',
        day: '2026-03-01',
        answers: { rightThing: answerText },
      });
      expect(saved.ok).toBe(true);
      if (!saved.ok) return;
      entry = saved.value as Entry;
      expect(entry).toMatchObject({ exerciseId: 'next-right-thing', day: '2026-03-01', answers: { rightThing: answerText } });

      expect(await route('entries:list', {})).toEqual({ ok: true, value: { entries: [entry], nextCursor: null } });
      expect(await route('entries:list', { exerciseId: 'owning-it' })).toEqual({ ok: true, value: { entries: [], nextCursor: null } });
      expect(await route('entries:get', { id: entry.id })).toEqual({ ok: true, value: entry });
      expect(await route('entries:get', { id: SOME_UUID })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    });

    it('never lets a "__proto__" answer key pollute prototypes or reach the stored entry', async () => {
      const answers = JSON.parse('{"__proto__":{"polluted":true},"rightThing":"proto test"}');
      const result = await route('entries:save', { exerciseId: 'next-right-thing', day: '2026-03-03', answers });

      // Zod drops a "__proto__" record key rather than rejecting it; either outcome is safe.
      if (result.ok) {
        const saved = result.value as Entry;
        expect(Object.keys(saved.answers)).toEqual(['rightThing']);
        expect(Object.getPrototypeOf(saved.answers)).toBe(Object.prototype);
        expect(await route('entries:delete', { id: saved.id })).toEqual({ ok: true, value: null });
      } else {
        expect(result.error.code).toBe('invalid-request');
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });

    it('passes the journal’s own validation errors through (an over-long short answer)', async () => {
      const result = await route('entries:save', {
        exerciseId: 'next-right-thing',
        day: '2026-03-01',
        answers: { rightThing: 'a'.repeat(501) },
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    });

    it('prints a filled-in worksheet through the printer, with a file name that quotes no answer', async () => {
      const result = await route('print:worksheet', { exerciseId: 'next-right-thing', entryId: entry.id, target: 'pdf' });

      expect(result).toEqual({ ok: true, value: { status: 'saved', path: '/x.pdf' } });
      expect(printing.jobs).toHaveLength(1);
      const job = printing.jobs[0]!;
      expect(job.route).toBe(`#/print/worksheet/next-right-thing?entry=${entry.id}`);
      expect(job.target).toBe('pdf');
      expect(job.suggestedFileName).toMatch(/\.pdf$/);
      expect(job.suggestedFileName).not.toContain(answerText);
      for (const word of answerText.split(' ').filter((w) => w.length > 3)) {
        expect(job.suggestedFileName).not.toContain(word);
      }
    });

    it('offers neutral file names that never name the exercise (they show in folders and recent lists)', async () => {
      const answers = [
        await route('print:worksheet', { exerciseId: 'next-right-thing', entryId: entry.id, target: 'pdf' }),
        await route('print:worksheet', { exerciseId: 'next-right-thing', entryId: null, target: 'pdf' }),
        await route('print:packet', { exerciseIds: ['next-right-thing'], target: 'pdf' }),
      ];
      expect(answers.map((a) => a.ok)).toEqual([true, true, true]);
      expect(printing.jobs.slice(-3).map((job) => job.suggestedFileName)).toEqual(['Mend worksheet (filled in).pdf', 'Mend worksheet (blank).pdf', 'Mend worksheets (blank).pdf']);
    });

    it('prints a blank worksheet with no entry in the route', async () => {
      const result = await route('print:worksheet', { exerciseId: 'owning-it', entryId: null, target: 'printer' });
      expect(result.ok).toBe(true);
      expect(printing.jobs.at(-1)).toMatchObject({ route: '#/print/worksheet/owning-it', target: 'printer' });
    });

    it('refuses to print an entry under another exercise’s worksheet, without printing', async () => {
      const jobsBefore = printing.jobs.length;
      const result = await route('print:worksheet', { exerciseId: 'owning-it', entryId: entry.id, target: 'pdf' });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });

      const saved = await route('entries:save', {
        exerciseId: 'owning-it',
        day: '2026-03-02',
        answers: { whatIDid: 'I broke a promise.' },
      });
      letter = (saved as { value: Entry }).value;
      const other = await route('print:worksheet', { exerciseId: 'next-right-thing', entryId: letter.id, target: 'printer' });
      expect(other).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(printing.jobs).toHaveLength(jobsBefore);
    });

    it('forwards print:ready to the printer with the sender’s id', async () => {
      const result = await route('print:ready', {}, { ...TRUSTED, id: 7 });
      expect(result).toEqual({ ok: true, value: null });
      expect(printing.ready).toEqual([7]);
    });

    it('locks, reports the state, and refuses entries until unlocked again', async () => {
      expect(await route('vault:lock', {})).toEqual({ ok: true, value: null });
      expect(await route('app:status', {})).toEqual({ ok: true, value: { workbookExists: true, unlocked: false } });
      expect(await route('entries:list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });

      expect(await route('vault:unlock', { passphrase: PASS })).toEqual({ ok: true, value: { damaged: [] } });
      const listed = await route('entries:list', {});
      expect(listed.ok && (listed.value as { entries: Entry[] }).entries.map((e) => e.id).sort()).toEqual([entry.id, letter.id].sort());
    });

    it('deletes an entry', async () => {
      expect(await route('entries:delete', { id: letter.id })).toEqual({ ok: true, value: null });
      expect(await route('entries:get', { id: letter.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await route('vault:create', { passphrase: PASS })).toMatchObject({ ok: false, error: { code: 'workbook-exists' } });
    });
  });
});

describe('unexpected errors in a handler', () => {
  let dir: string;
  let handlers: Handlers;

  beforeAll(() => {
    dir = makeTempDir();
    const services = createAppServices({ dataDir: dir, appOrigin: 'mend://app', ...testPorts() });
    handlers = {
      ...services.handlers,
      'entries:list': () => {
        throw new Error('SECRET-TEXT from an entry');
      },
      'entries:get': async () => {
        throw Object.assign(new TypeError('SECRET-TEXT again'), { stack: 'SECRET-TEXT in the stack' });
      },
      'entries:delete': () => {
        throw 'SECRET-TEXT thrown as a string';
      },
    };
  });

  afterEach(() => vi.restoreAllMocks());

  afterAll(() => removeDir(dir));

  it('become code internal with a generic message, and the log callback gets the channel', async () => {
    const logError = vi.fn();
    const route = createRouter(handlers, () => true, logError);

    const result = await route('entries:list', {}, TRUSTED);

    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('SECRET-TEXT');
    expect(logError).toHaveBeenCalledTimes(1);
    expect(logError.mock.calls[0]?.[0]).toBe('entries:list');
    expect(logError.mock.calls[0]?.[1]).toBeInstanceOf(Error);
  });

  it.each([
    ['entries:list', {}],
    ['entries:get', { id: SOME_UUID }],
    ['entries:delete', { id: SOME_UUID }],
  ] as const)('are logged by logErrorKindOnly without their message (%s)', async (channel, request) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const route = createRouter(handlers, () => true, logErrorKindOnly);

    const result = await route(channel, request, TRUSTED);

    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('SECRET-TEXT');
    expect(consoleError).toHaveBeenCalled();
    const printed = consoleError.mock.calls.map((args) => args.map(String).join(' ')).join('\n');
    expect(printed).toContain(channel);
    expect(printed).not.toContain('SECRET-TEXT');
  });

  it('still answer MendErrors with their own code and message (not internal, not logged)', async () => {
    const logError = vi.fn();
    const route = createRouter(handlers, () => true, logError);

    const result = await route('vault:unlock', { passphrase: 'anything' }, TRUSTED);

    expect(result).toMatchObject({ ok: false, error: { code: 'no-workbook' } });
    expect(logError).not.toHaveBeenCalled();
  });
});
