// Workbooks of earlier formats, made by those formats' own code (the committed
// fixtures, tests/fixtures/workbooks/), open as they are and gain their
// manifests (format 5) at their first whole opening: each partner's spaces at
// that partner's unlock, in one transaction with their slot's marker. A failure
// inside that transaction leaves the file as it was, and the next unlock
// upgrades it. From then on a deleted row is reported missing.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SpaceManifest } from '../../../main/services/journal/manifest.ts';
import { WORKBOOK_FILE } from '../../../main/services/vault/database.ts';
import { FORMAT_VERSION, parseHeader } from '../../../main/services/vault/header.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import format4 from '../../fixtures/workbooks/format-4.json' with { type: 'json' };
import format2 from '../../fixtures/workbooks/fixtures.json' with { type: 'json' };
import { makeTempDir, readHeader, removeDir, withDatabase } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/workbooks');
let dir: string | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  removeDir(dir);
});

const cases = [
  { file: format4.solo.file, passphrases: [format4.solo.passphrase], from: 4 },
  { file: format4.forTwo.file, passphrases: [format4.forTwo.passphrases.Sam, format4.forTwo.passphrases.Alex], from: 4 },
  { file: 'format-3-for-two.mend', passphrases: [format2.forTwo.passphrases.Sam, format2.forTwo.passphrases.Alex], from: 3 },
  { file: format2.solo.file, passphrases: [format2.solo.passphrase], from: 2 },
];

function fixture(file: string): { vault: Vault; path: string } {
  dir = makeTempDir();
  cpSync(join(FIXTURES, file), join(dir, WORKBOOK_FILE));
  return { vault: new Vault(dir), path: join(dir, WORKBOOK_FILE) };
}

const header = (path: string) => parseHeader(readHeader(path));
const listed = (vault: Vault) => vault.journal().list().map((e) => `${e.id} ${e.updatedAt} ${JSON.stringify(e.answers)}`).sort();

describe('earlier formats gain their manifests', () => {
  for (const { file, passphrases, from } of cases) {
    it(`${file} (format ${from}): each partner's unlock upgrades their spaces, entries as they were; then a deleted row is reported`, async () => {
      const { vault, path } = fixture(file);
      expect(header(path).format).toBe(from);
      const seen = new Map<string, string[]>();
      for (const passphrase of passphrases) {
        const report = await vault.unlock(passphrase);
        expect(report).toEqual({ damaged: [] });
        seen.set(passphrase, listed(vault));
        expect(seen.get(passphrase)!.length).toBeGreaterThan(0);
        vault.lock();
      }
      const upgraded = header(path);
      expect(upgraded.format).toBe(FORMAT_VERSION);
      expect(upgraded.members.every((m) => m.manifest !== undefined)).toBe(true);
      // Opened again: the same entries, nothing reported.
      for (const passphrase of passphrases) {
        expect(await vault.unlock(passphrase)).toEqual({ damaged: [] });
        expect(listed(vault)).toEqual(seen.get(passphrase));
        vault.lock();
      }
      // The first partner's newest entry deleted from the file: reported missing, by name.
      await vault.unlock(passphrases[0]!);
      const victim = vault.journal().list()[0]!;
      vault.lock();
      withDatabase(path, (db) => db.prepare('DELETE FROM records WHERE id = ?').run(victim.id));
      const report = await vault.unlock(passphrases[0]!);
      expect(report.damaged).toEqual([{ id: victim.id, day: victim.day, exerciseId: victim.exerciseId, kind: 'missing' }]);
      vault.lock();
    }, 180_000);
  }

  it('a failure inside the upgrade’s transaction leaves the format-4 file as it was; the next unlock upgrades it', async () => {
    const { vault, path } = fixture(format4.solo.file);
    const before = { header: readHeader(path), settings: withDatabase(path, (db) => db.prepare('SELECT key FROM settings ORDER BY key').all()) };
    const real = SpaceManifest.prototype.writeAll;
    let calls = 0;
    vi.spyOn(SpaceManifest.prototype, 'writeAll').mockImplementation(function (this: SpaceManifest, ...args) {
      real.apply(this, args);
      calls += 1;
      // The manifest is written; the marker in the header is not yet: a "kill" between the two.
      throw new Error('killed inside the transaction');
    });
    expect(await vault.unlock(format4.solo.passphrase)).toEqual({ damaged: [] });
    vault.lock();
    expect(calls).toBe(1);
    expect(readHeader(path)).toEqual(before.header);
    expect(withDatabase(path, (db) => db.prepare("SELECT key FROM settings WHERE key NOT LIKE 'generation' ORDER BY key").all())).toEqual(
      (before.settings as { key: string }[]).filter((s) => s.key !== 'generation'),
    );
    vi.restoreAllMocks();
    expect(await vault.unlock(format4.solo.passphrase)).toEqual({ damaged: [] });
    vault.lock();
    expect(header(path).format).toBe(FORMAT_VERSION);
    expect(readFileSync(path).length).toBeGreaterThan(0);
  }, 120_000);
});
