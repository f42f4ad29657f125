// The record worker as the app ships it: electron-vite builds it as a script of
// its own beside main's (out/main/record-worker.js), and main/index.ts names
// that file. Run here with Node on a small workbook, it must decrypt its part
// of the table (npm test builds before the unit tests; this builds nothing).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, expect, it } from 'vitest';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { recordKeysOf } from '../../../main/services/journal/record-keys.ts';
import { seedWorkbook } from '../../bench/seed-workbook.ts';
import { makeTempDir, readHeader, removeDir } from '../main/helpers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = makeTempDir();
afterAll(() => removeDir(dir));

it('is built where main/index.ts looks for it, and decrypts its part of a workbook', async () => {
  const named = /RECORD_WORKER_FILE = '\.\/([^']+)'/.exec(readFileSync(join(ROOT, 'main/index.ts'), 'utf8'))?.[1];
  expect(named).toBe('record-worker.js');
  const built = join(ROOT, 'out/main', named!);
  if (!existsSync(built)) expect.fail(`${built} is missing: run \`npm run build\` first (npm test does it before the unit tests).`);

  const vault = await seedWorkbook(dir, 50);
  const keys = recordKeysOf(vault.copyKeys(), false);
  vault.lock();
  const path = join(dir, WORKBOOK_FILE);
  const vaultId = (JSON.parse(readHeader(path).body) as { vaultId: string }).vaultId;
  let read = 0;
  const end = await new Promise<unknown>((done, fail) => {
    const worker = new Worker(pathToFileURL(built), { workerData: { path, keys, vaultId, range: { from: 1, to: 30 } } });
    worker.on('message', (m: Record<string, unknown>) => {
      if ('batch' in m) read += m.read as number;
      else done(m);
    });
    worker.on('error', fail);
  });
  expect(end).toEqual({ finished: true });
  expect(read).toBe(30);
});
