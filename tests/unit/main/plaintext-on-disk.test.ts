// Nothing the user types may reach the disk in the clear: not the entries (in
// the database, its WAL or its shared-memory file), and not the passphrase.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { Vault } from '../../../main/services/vault/vault.ts';
import { makeTempDir, readAllFiles, removeDir } from './helpers.ts';

/** Names the files (and encodings) in which `needle` occurs. */
function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  const files = readAllFiles(dir);
  expect(files.length).toBeGreaterThan(0);
  for (const { path, bytes } of files) {
    for (const encoding of ['utf8', 'utf16le'] as const) {
      if (bytes.includes(Buffer.from(needle, encoding))) hits.push(`${path} (${encoding})`);
    }
  }
  return hits;
}

describe('what reaches the disk', () => {
  let dir: string | undefined;

  afterEach(() => {
    removeDir(dir);
    dir = undefined;
  });

  it('holds no entry text and no passphrase in any file, before and after lock', async () => {
    dir = makeTempDir();
    const passphrase = `PASSPHRASE-${randomUUID()}`;
    const marker = `MARKER-${randomUUID()}`;
    const vault = new Vault(dir);
    await vault.create(passphrase);
    const journal = vault.journal();

    const daily = journal.save({
      exerciseId: 'next-right-thing',
      day: '2026-03-01',
      answers: { rightThing: `${marker} right`, wrongThing: `${marker} wrong`, didI: 'yes', whatHelped: `${marker} helped` },
    });
    journal.save({
      exerciseId: 'owning-it',
      day: '2026-03-02',
      answers: {
        whatIDid: `${marker} did`,
        whatItCost: `${marker} cost`,
        whatIChanged: `${marker} changed`,
        whatIAsk: `${marker} ask`,
        whatIDontDemand: `${marker} demand`,
      },
    });
    journal.save({ ...daily, answers: { ...daily.answers, whatHelped: `${marker} helped, updated` } });

    // The marker search itself is sound: it finds the marker when it is there.
    expect(Buffer.from(`xx${marker}xx`, 'utf8').includes(Buffer.from(marker, 'utf8'))).toBe(true);

    const whileOpen = readAllFiles(dir).map((f) => f.path);
    expect(whileOpen.some((p) => p.endsWith('-wal'))).toBe(true);
    expect(filesContaining(dir, marker)).toEqual([]);
    expect(filesContaining(dir, passphrase)).toEqual([]);

    vault.lock();
    expect(filesContaining(dir, marker)).toEqual([]);
    expect(filesContaining(dir, passphrase)).toEqual([]);

    // And the entries really were stored (encrypted) in those files.
    await vault.unlock(passphrase);
    expect(vault.journal().list()).toHaveLength(2);
    expect(vault.journal().get(daily.id).answers.whatHelped).toBe(`${marker} helped, updated`);
    vault.lock();
    expect(filesContaining(dir, marker)).toEqual([]);
    expect(filesContaining(dir, passphrase)).toEqual([]);
  });
});
