// The file's schema, checked before anything is read from it. SQLite keeps a
// file's triggers, views and table definitions inside the file itself, so a
// changed file could make saves vanish (a `BEFORE UPDATE … RAISE(IGNORE)`
// trigger), answer reads from a view, or hand back rows of another shape, and
// `CREATE TABLE IF NOT EXISTS` would accept any of it. So the schema must be
// exactly Mend's own: today's tables and indexes, or the earlier forms that an
// upgrade still brings up to date (`ensureSchema` in database.ts). Anything else
// is named and the file is not opened; nothing in it is changed.
import { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';

interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/**
 * SQL as SQLite stores it, made comparable: white space folded, and none kept
 * next to punctuation, so "( id …\n  , tag BLOB) STRICT" (how ALTER TABLE ADD
 * COLUMN rewrites a definition) compares by its words alone.
 */
export function normalizeSql(sql: string): string {
  return sql
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),])\s*/g, '$1')
    .trim();
}

/** Every object that `sql` creates, read back from a scratch database. */
function objectsCreatedBy(sql: string): SchemaRow[] {
  const scratch = new DatabaseSync(':memory:');
  try {
    scratch.exec(sql);
    return scratch.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as unknown as SchemaRow[];
  } finally {
    scratch.close();
  }
}

/** Mend's records table as made before rows carried tags; upgraded by adding the column. */
const RECORDS_BEFORE_TAGS = `CREATE TABLE records (
    id TEXT PRIMARY KEY,
    sort_key INTEGER NOT NULL,
    nonce BLOB NOT NULL,
    ciphertext BLOB NOT NULL
  ) STRICT;`;

export interface SchemaAllowlist {
  /** For each object name: its type, its table, and each definition it may have. */
  objects: Map<string, { type: string; table: string; sql: Set<string | null> }>;
  /** Objects every workbook has had from its first format; the rest `ensureSchema` adds. */
  required: readonly string[];
}

/**
 * Built from the very statements that make a workbook (`current`), so it cannot drift from
 * them, plus the records table's earlier forms: as first made, and after the tag column was added.
 */
export function schemaAllowlist(current: string): SchemaAllowlist {
  const objects: SchemaAllowlist['objects'] = new Map();
  const allow = (row: SchemaRow) => {
    const known = objects.get(row.name) ?? { type: row.type, table: row.tbl_name, sql: new Set<string | null>() };
    known.sql.add(row.sql === null ? null : normalizeSql(row.sql));
    objects.set(row.name, known);
  };
  objectsCreatedBy(current).forEach(allow);
  objectsCreatedBy(RECORDS_BEFORE_TAGS).forEach(allow);
  objectsCreatedBy(`${RECORDS_BEFORE_TAGS} ALTER TABLE records ADD COLUMN tag BLOB;`).forEach(allow);
  return { objects, required: ['header', 'records'] };
}

/** What is wrong with a schema, in words for the user, or null when it is exactly Mend's own. */
export function schemaProblem(db: DatabaseSync, allowlist: SchemaAllowlist): string | null {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as unknown as SchemaRow[];
  for (const row of rows) {
    if (row.type === 'trigger') return 'a trigger, which can make saves fail without a word';
    if (row.type === 'view') return 'a view, which can show something other than what was saved';
    const known = allowlist.objects.get(row.name);
    const what = row.type === 'index' ? 'an index' : row.type === 'table' ? 'a table' : `an object (${row.type})`;
    if (!known || known.type !== row.type || known.table !== row.tbl_name) return `${what} that Mend never makes`;
    if (!known.sql.has(row.sql === null ? null : normalizeSql(row.sql))) return `${what} of a shape Mend never makes (${row.name})`;
  }
  return null;
}

/** Whether the objects every Mend workbook has are there at all. */
function hasRequiredObjects(db: DatabaseSync, allowlist: SchemaAllowlist): boolean {
  const present = new Set((db.prepare('SELECT name FROM sqlite_schema').all() as { name: string }[]).map((r) => r.name));
  return allowlist.required.every((name) => present.has(name));
}

/** Refuses a file whose schema is not Mend's own, before anything is read from it. */
export function assertMendSchema(db: DatabaseSync, allowlist: SchemaAllowlist): void {
  const problem = schemaProblem(db, allowlist);
  if (problem !== null) {
    throw new MendError(
      'damaged-file',
      `This workbook file holds ${problem}, so it has been changed outside Mend. ` +
        'Mend has not opened it and has changed nothing in it. Your backups are not affected.',
    );
  }
  if (!hasRequiredObjects(db, allowlist)) throw new MendError('damaged-file', 'This file is not a Mend workbook, or it is damaged. Nothing has been changed in it.');
}
