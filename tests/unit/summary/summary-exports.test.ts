// Exporting the summary through the real router: nothing to export is refused
// with a clear message; a cancelled PDF job saves nothing; Markdown is written
// only where chosen; the print view gets the model of the job being printed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createAppServices } from '../../../main/services/app-services.ts';
import type { AppServices } from '../../../main/services/app-services.ts';
import type { PrintJob } from '../../../main/services/print/printer.ts';
import type { Result } from '../../../shared/contract/result.ts';
import { testPorts } from '../../support/test-ports.ts';
import type { ScriptedDialogs } from '../../support/test-ports.ts';
import { makeTempDir, removeDir } from '../main/helpers.ts';

const SENDER = { id: 1, url: 'mend://app/index.html', isMainFrame: true };
const OPTIONS = { from: '2026-11-01', to: '2026-11-30', exerciseIds: ['owning-it'], includePrivate: false, names: '', nextSession: 'A note' };
let dir: string;
let services: AppServices;
let dialogs: ScriptedDialogs;
let pending: { job: PrintJob; finish: () => void }[];

beforeEach(async () => {
  dir = makeTempDir();
  pending = [];
  const ports = testPorts();
  dialogs = ports.dialogs;
  // A printer that waits, like a real one printing a long document, until finished or cancelled.
  const printer = {
    print: (job: PrintJob) =>
      new Promise<{ status: 'saved'; path: string }>((resolve, reject) => {
        pending.push({ job, finish: () => resolve({ status: 'saved', path: '/tmp/summary.pdf' }) });
        job.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      }),
    markReady: () => undefined,
  };
  services = createAppServices({ dataDir: dir, appOrigin: 'mend://app', ...ports, printer });
  await services.vault.create('summary export passphrase');
  services.vault.journal().save({ exerciseId: 'owning-it', day: '2026-11-10', answers: { whatIDid: 'Exported words' } });
});
afterEach(() => {
  services.vault.lock();
  removeDir(dir);
});
const ask = <T,>(channel: string, request: unknown) => services.route(channel, request, SENDER) as Promise<Result<T>>;

describe('summary export', () => {
  it('refuses an empty selection with a clear message', async () => {
    const result = await ask('summary:export', { jobId: randomUUID(), format: 'pdf', options: { ...OPTIONS, from: '2026-12-01', to: '2026-12-02' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/nothing to export/) } });
    expect(pending).toEqual([]);
  });

  it('prints the PDF with page numbers from a route whose job serves the model, and can be cancelled', async () => {
    const jobId = randomUUID();
    const exporting = ask('summary:export', { jobId, format: 'pdf', options: OPTIONS });
    await new Promise((r) => setTimeout(r, 10));
    expect(pending[0]?.job).toMatchObject({ route: `#/print/summary?job=${jobId}`, target: 'pdf', pageNumbers: true });
    const model = await ask<{ sections: { entries: { answers: { whatIDid: string } }[] }[] }>('summary:job', { jobId });
    expect(model.ok && model.value.sections[0]?.entries[0]?.answers.whatIDid).toBe('Exported words');
    expect(await ask('summary:cancel', { jobId })).toEqual({ ok: true, value: null });
    expect(await exporting).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await ask('summary:job', { jobId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('a finished PDF job reports where it was saved', async () => {
    const exporting = ask('summary:export', { jobId: randomUUID(), format: 'pdf', options: OPTIONS });
    await new Promise((r) => setTimeout(r, 10));
    pending[0]!.finish();
    expect(await exporting).toEqual({ ok: true, value: { status: 'saved', path: '/tmp/summary.pdf' } });
  });

  it('writes Markdown only where the user chose', async () => {
    expect(await ask('summary:export', { jobId: randomUUID(), format: 'markdown', options: OPTIONS })).toEqual({ ok: true, value: { status: 'cancelled' } });
    dialogs.nextSavePath = join(dir, 'summary.md');
    expect(await ask('summary:export', { jobId: randomUUID(), format: 'markdown', options: OPTIONS })).toEqual({ ok: true, value: { status: 'saved', path: join(dir, 'summary.md') } });
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('Exported words');
    dialogs.nextSavePath = join(dir, 'no-such-folder', 'summary.md');
    expect(await ask('summary:export', { jobId: randomUUID(), format: 'markdown', options: OPTIONS })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/could not write the file there/) } });
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });
});
