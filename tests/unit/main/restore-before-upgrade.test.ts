// A backup made before the upgrade to format 3 (the committed format-2 fixture,
// a snapshot made by format 2's own code) holds every shared record unsigned. A
// restore keeps the live header, which publishes the partners' public keys; it
// must still show every entry, by its right author (restore-signatures.ts puts
// back the signed form each partner's upgrade made), and must not let the other
// partner pass an unsigned record off as someone's by slipping it into an old
// backup.
import { randomUUID } from 'node:crypto';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupStore } from '../../../main/services/backups/backup-store.ts';
import { encodeRecord } from '../../../main/services/journal/record-codec.ts';
import { spaceKeyOf } from '../../../main/services/journal/record-keys.ts';
import { upsertRow } from '../../../main/services/journal/private-slots.ts';
import { FORMAT_VERSION, parseHeader } from '../../../main/services/vault/header.ts';
import { openAnySlot } from '../../../main/services/vault/open-slot.ts';
import { Vault } from '../../../main/services/vault/vault.ts';
import type { Entry } from '../../../shared/domain/entry.ts';
import fixtures from '../../fixtures/workbooks/fixtures.json' with { type: 'json' };
import { makeTempDir, readHeader, removeDir, withDatabase } from './helpers.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/workbooks', fixtures.forTwo.file);
const OLD_BACKUP = 'backup-2026-11-01T10-00-00-000Z.mend';
const { Sam, Alex } = fixtures.forTwo.passphrases;

const textOf = (e: Entry) => String(e.answers.whatIDid ?? e.answers.oneWin ?? (e.answers.commitments as { commitment: string }[] | undefined)?.[0]?.commitment);
/** Each entry the unlocked partner sees, as "text by author name". */
const seen = (vault: Vault) => {
  const names = Object.fromEntries(vault.partners().partners.map((p, i) => [p.id, i === 0 ? 'Sam' : 'Alex']));
  return vault
    .journal()
    .list()
    .map((e) => `${textOf(e)} by ${names[e.author!]}`)
    .sort();
};

const SAM_SEES = ['Alex shared by Alex', 'Sam alone before Alex joined by Sam', 'Sam private by Sam', 'Sam shared by Sam', 'Talk on Sundays by Sam', 'We walked by Sam'];
const ALEX_SEES = ['Alex private by Alex', 'Alex shared by Alex', 'Sam shared by Sam', 'Talk on Sundays by Sam', 'We walked by Sam'];

/** A data folder holding the format-2 fixture as its workbook and, untouched, as a backup made that day. */
function folderWithOldBackup(): { dir: string; vault: Vault; backups: BackupStore; backupPath: string } {
  const dir = makeTempDir();
  cpSync(FIXTURE, join(dir, 'workbook.mend'));
  mkdirSync(join(dir, 'backups'));
  const backupPath = join(dir, 'backups', OLD_BACKUP);
  cpSync(FIXTURE, backupPath);
  const vault = new Vault(dir);
  return { dir, vault, backups: new BackupStore({ vault, dir: join(dir, 'backups'), keep: 20 }), backupPath };
}

async function unlockAndSee(vault: Vault, passphrase: string) {
  const report = await vault.unlock(passphrase);
  return { report, entries: seen(vault) };
}

describe('restoring a backup from before the upgrade to format 3', () => {
  let dir: string | undefined;
  afterEach(() => removeDir(dir));

  it('after one partner’s upgrade: every entry shows, by its author, for both partners', async () => {
    const f = folderWithOldBackup();
    dir = f.dir;
    expect(await unlockAndSee(f.vault, Sam)).toEqual({ report: { damaged: [] }, entries: SAM_SEES });
    expect(parseHeader(readHeader(join(dir, 'workbook.mend'))).format).toBe(FORMAT_VERSION);
    expect(await f.backups.restore(OLD_BACKUP)).toEqual({ damaged: [] });
    expect(seen(f.vault)).toEqual(SAM_SEES);
    f.vault.lock();
    expect(await unlockAndSee(f.vault, Sam)).toEqual({ report: { damaged: [] }, entries: SAM_SEES });
    f.vault.lock();
    expect(await unlockAndSee(f.vault, Alex)).toEqual({ report: { damaged: [] }, entries: ALEX_SEES });
    f.vault.lock();
  }, 60_000);

  it('after both partners’ upgrades, restored by either: every entry shows, by its author', async () => {
    const f = folderWithOldBackup();
    dir = f.dir;
    await f.vault.unlock(Sam);
    f.vault.lock();
    await f.vault.unlock(Alex);
    expect(parseHeader(readHeader(join(dir, 'workbook.mend'))).members.every((m) => m.identity)).toBe(true);
    // Alex restores: Sam's records come back in the form Sam's upgrade signed, Alex's in Alex's.
    expect(await f.backups.restore(OLD_BACKUP)).toEqual({ damaged: [] });
    expect(seen(f.vault)).toEqual(ALEX_SEES);
    f.vault.lock();
    expect(await unlockAndSee(f.vault, Sam)).toEqual({ report: { damaged: [] }, entries: SAM_SEES });
    expect(await f.backups.restore(OLD_BACKUP)).toEqual({ damaged: [] });
    expect(seen(f.vault)).toEqual(SAM_SEES);
    f.vault.lock();
    expect(await unlockAndSee(f.vault, Alex)).toEqual({ report: { damaged: [] }, entries: ALEX_SEES });
    f.vault.lock();
  }, 90_000);

  it('an unsigned record slipped into the old backup by the other partner is still refused', async () => {
    const f = folderWithOldBackup();
    dir = f.dir;
    const header = parseHeader(readHeader(f.backupPath));
    const samId = header.members[0]!.id;
    // Alex's script, with Alex's keys: words put in Sam's mouth, unsigned, in the format-2 backup.
    const alexKeys = await openAnySlot(header, Alex);
    const at = '2026-11-20T10:00:00.000Z';
    const forged: Entry = { id: randomUUID(), exerciseId: 'owning-it', day: '2026-11-20', answers: { whatIDid: 'forged as Sam' }, visibility: 'shared', author: samId, createdAt: at, updatedAt: at };
    withDatabase(f.backupPath, (db) => upsertRow(db, encodeRecord(spaceKeyOf(alexKeys.sharedKey!), header.vaultId, forged, { hidden: false })));
    // Sam upgrades, then restores that backup alone: the forged record is not provably Sam's, so it stays out.
    await f.vault.unlock(Sam);
    expect(await f.backups.restore(OLD_BACKUP)).toEqual({ damaged: [] });
    expect(withDatabase(join(dir, 'workbook.mend'), (db) => db.prepare('SELECT id FROM records WHERE id = ?').get(forged.id), { readOnly: true })).toBeUndefined();
    // Restored together, the whole backup comes back: the forged record has no signed twin, so it is nobody's words.
    await f.vault.joinTogether(Sam);
    await f.vault.joinTogether(Alex);
    // (The restore then hides every row's day, as format 5 does: the forged record's too, still unsigned; later reports have no day.)
    expect(await f.backups.restore(OLD_BACKUP)).toEqual({ damaged: [{ id: forged.id, day: '2026-11-20', tampered: true }] });
    expect(seen(f.vault)).toEqual(SAM_SEES);
    f.vault.lock();
    // Alex's upgrade signs only Alex's own records: still not Sam's words, for either partner.
    for (const passphrase of [Alex, Sam]) {
      const { report, entries } = await unlockAndSee(f.vault, passphrase);
      expect(report.damaged).toEqual([{ id: forged.id, day: null, tampered: true }]);
      expect(entries.some((e) => e.startsWith('forged'))).toBe(false);
      f.vault.lock();
    }
  }, 90_000);
});
