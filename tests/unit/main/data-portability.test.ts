// Copies of one's data through the real router: an encrypted copy saved to a
// chosen file and opened on "another computer" with its passphrase; the
// readable export (Markdown, JSON) written only where the user chose; cancels.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppServices } from '../../../main/services/app-services.ts';
import type { AppServices } from '../../../main/services/app-services.ts';
import type { Result } from '../../../shared/contract/result.ts';
import { READABLE_WARNING } from '../../../shared/export/readable-export.ts';
import { testPorts } from '../../support/test-ports.ts';
import type { ScriptedDialogs } from '../../support/test-ports.ts';
import { makeTempDir, removeDir } from './helpers.ts';

const PASS = 'portability passphrase';
const SENDER = { id: 1, url: 'mend://app/index.html', isMainFrame: true };
let dir: string;
let services: AppServices;
let dialogs: ScriptedDialogs;

function build(dataDir: string) {
  const ports = testPorts();
  const built = createAppServices({ dataDir, appOrigin: 'mend://app', ...ports, now: () => new Date('2026-11-21T10:00:00.000Z') });
  return { services: built, dialogs: ports.dialogs };
}
const ask = <T,>(s: AppServices, channel: string, request: unknown = {}) => s.route(channel, request, SENDER) as Promise<Result<T>>;

beforeEach(async () => {
  dir = makeTempDir();
  ({ services, dialogs } = build(join(dir, 'home')));
  await services.vault.create(PASS);
  services.vault.journal().save({ exerciseId: 'owning-it', day: '2026-11-20', answers: { whatIDid: 'I hid the second phone.', whatItCost: 'Your trust.' } });
  services.vault.journal().save({
    exerciseId: 'rebuilding-agreement',
    day: '2026-11-21',
    answers: { commitments: [{ who: 'i-will', commitment: 'Share my calendar' }], partnerOneSignature: { name: 'Sam', date: '2026-11-21' } },
  });
});
afterEach(() => {
  services.vault.lock();
  removeDir(dir);
});

describe('an encrypted copy to another computer', () => {
  it('is saved where the user chose and opens elsewhere with the passphrase', async () => {
    dialogs.nextSavePath = join(dir, 'carried.mend');
    expect(await ask(services, 'backups:exportFile')).toEqual({ ok: true, value: { status: 'saved', path: join(dir, 'carried.mend') } });
    expect(readFileSync(join(dir, 'carried.mend')).includes(Buffer.from('second phone'))).toBe(false);

    const elsewhere = build(join(dir, 'elsewhere'));
    elsewhere.dialogs.nextOpenPath = join(dir, 'carried.mend');
    const wrong = await ask(elsewhere.services, 'backups:importFile', { passphrase: 'not it' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(elsewhere.services.vault.exists()).toBe(false);

    expect(await ask(elsewhere.services, 'backups:importFile', { passphrase: PASS })).toEqual({ ok: true, value: { damaged: [] } });
    expect(elsewhere.services.vault.journal().list().map((e) => e.exerciseId).sort()).toEqual(['owning-it', 'rebuilding-agreement']);
    elsewhere.services.vault.lock();
    await elsewhere.services.vault.unlock(PASS);
    expect(elsewhere.services.vault.journal().list()).toHaveLength(2);
    elsewhere.services.vault.lock();
  });

  it('cancelling either dialog changes nothing', async () => {
    expect(await ask(services, 'backups:exportFile')).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await ask(services, 'backups:importFile', { passphrase: PASS })).toEqual({ ok: true, value: null });
    expect(services.vault.journal().list()).toHaveLength(2);
  });

  it('a file that is not a workbook is refused and the open workbook stays', async () => {
    writeFileSync(join(dir, 'notes.mend'), 'just some text');
    dialogs.nextOpenPath = join(dir, 'notes.mend');
    expect(await ask(services, 'backups:importFile', { passphrase: PASS })).toMatchObject({ ok: false, error: { code: 'damaged-file' } });
    expect(services.vault.journal().list()).toHaveLength(2);
  });

  it('importing over an open workbook keeps a backup of it first', async () => {
    dialogs.nextSavePath = join(dir, 'copy.mend');
    await ask(services, 'backups:exportFile');
    services.vault.journal().save({ exerciseId: 'owning-it', day: '2026-11-21', answers: { whatIDid: 'written after the copy' } });
    dialogs.nextOpenPath = join(dir, 'copy.mend');
    expect((await ask(services, 'backups:importFile', { passphrase: PASS })).ok).toBe(true);
    expect(services.vault.journal().list()).toHaveLength(2);
    const [safety] = services.backups.list();
    expect(safety).toBeDefined();
    await services.backups.restore(safety!.name);
    expect(services.vault.journal().list()).toHaveLength(3);
  });
});

describe('the readable export', () => {
  it('writes Markdown with the warning, labels and answers, readable by the user only', async () => {
    dialogs.nextSavePath = join(dir, 'entries.md');
    expect(await ask(services, 'data:exportReadable', { format: 'markdown' })).toMatchObject({ ok: true, value: { status: 'saved' } });
    const text = readFileSync(join(dir, 'entries.md'), 'utf8');
    expect(text).toContain(READABLE_WARNING);
    expect(text).toContain('## 7. Owning it: an apology without excuses');
    expect(text).toContain('**What I did**\n\nI hid the second phone.');
    expect(text).toContain('- Who: I will; Commitment: Share my calendar');
    expect(text).toMatch(/Confirmed by Sam on Saturday,? 21 November 2026/);
    expect(text.indexOf('Owning it')).toBeLessThan(text.indexOf('rebuilding agreement'));
    expect(statSync(join(dir, 'entries.md')).mode & 0o777).toBe(0o600);
  });

  it('writes JSON that parses, keyed by the questions as asked', async () => {
    dialogs.nextSavePath = join(dir, 'entries.json');
    await ask(services, 'data:exportReadable', { format: 'json' });
    const data = JSON.parse(readFileSync(join(dir, 'entries.json'), 'utf8'));
    expect(data.format).toBe('mend-readable-export');
    expect(data.warning).toBe(READABLE_WARNING);
    expect(data.exercises[0].entries[0].answers['What I did']).toBe('I hid the second phone.');
  });

  it('writes nothing when the dialog is cancelled, and needs the workbook open', async () => {
    expect(await ask(services, 'data:exportReadable', { format: 'json' })).toEqual({ ok: true, value: { status: 'cancelled' } });
    services.vault.lock();
    dialogs.nextSavePath = join(dir, 'locked.json');
    expect(await ask(services, 'data:exportReadable', { format: 'json' })).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(existsSync(join(dir, 'locked.json'))).toBe(false);
  });
});
