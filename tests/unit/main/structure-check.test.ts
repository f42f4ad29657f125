// The quick_check of a copy, made on a thread of its own (vault/structure-check.ts):
// it finds the same damage as the check on main did, it holds main's loop for
// none of it, and if no thread can be started the check is still made, on main.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { copyStructureIsSound, structureIsSound } from '../../../main/services/vault/structure-check.ts';

const dir = mkdtempSync(join(tmpdir(), 'mend-structure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file with a table and an index over it, in rollback-journal mode like a copy. */
function makeFile(name: string): string {
  const path = join(dir, name);
  const db = new DatabaseSync(path);
  db.exec('PRAGMA page_size = 4096; CREATE TABLE t (id INTEGER PRIMARY KEY, k INTEGER NOT NULL); CREATE INDEX t_by_k ON t (k);');
  const insert = db.prepare('INSERT INTO t (k) VALUES (?)');
  db.exec('BEGIN');
  for (let i = 0; i < 5000; i++) insert.run((i * 7919) % 5000);
  db.exec('COMMIT');
  db.close();
  return path;
}

/** Scrambles the middle of the index's pages only: a full read of the table would never notice. */
function damageIndex(path: string): void {
  const db = new DatabaseSync(path, { readOnly: true });
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 't_by_k'").get() as { rootpage: number };
  const pages = (db.prepare("SELECT pageno FROM dbstat WHERE name = 't_by_k' AND pagetype = 'leaf'").all() as { pageno: number }[]).map((p) => p.pageno);
  db.close();
  const bytes = readFileSync(path);
  const page = pages.find((p) => p !== rootpage) ?? rootpage;
  for (let i = 200; i < 900; i++) bytes[(page - 1) * 4096 + i] = (bytes[(page - 1) * 4096 + i]! + 37) & 0xff;
  writeFileSync(path, bytes);
}

describe('the structure check of a copy', () => {
  it('is ok for a sound file and not for one whose index is damaged, off main’s thread as on it', async () => {
    const sound = makeFile('sound.db');
    const damaged = makeFile('damaged.db');
    damageIndex(damaged);
    expect(await copyStructureIsSound(sound)).toBe(true);
    expect(await copyStructureIsSound(damaged)).toBe(false);
    const db = new DatabaseSync(damaged, { readOnly: true });
    expect(structureIsSound(db)).toBe(false);
    db.close();
    expect(await copyStructureIsSound(join(dir, 'missing.db'))).toBe(false);
  });

  it('is still made, on main, when no thread can be started', async () => {
    const damaged = makeFile('damaged-2.db');
    damageIndex(damaged);
    const noThreads = () => {
      throw new Error('no threads here');
    };
    expect(await copyStructureIsSound(makeFile('sound-2.db'), noThreads)).toBe(true);
    expect(await copyStructureIsSound(damaged, noThreads)).toBe(false);
  });
});
