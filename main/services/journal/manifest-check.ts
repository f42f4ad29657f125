// What an unlock finds when it compares the rows it has just read with the
// manifests of the spaces it holds (manifest.ts), by kind:
//   missing   the manifest lists an entry that no row holds (or only a filler does);
//   older     the row holds an earlier version than the manifest lists;
//   unknown   a row of ours the manifest does not list (say, a deleted entry put
//             back from a backup), or a newer version than it lists: nobody wrote it;
//   altered   a row whose day in the clear (sort_key) is not its sealed day;
//   damaged   a row that does not open (record-reader.ts), named from the manifest.
// Each is named as well as the manifest allows (exercise and day, which it keeps
// even for rows whose day is hidden in the file). Rows of kind unknown are not
// shown; an older version is, since it is still the partner's own words. Nothing
// is deleted or written here.
import type { Entry } from '../../../shared/domain/entry.ts';
import type { LoadedRecords } from './record-loader.ts';
import type { Damaged } from './record-reader.ts';
import type { SpaceName } from './record-codec.ts';
import type { ManifestItem, ManifestRead } from './manifest.ts';

export interface ManifestFindings {
  /** Every record problem, the damaged ones included, named where the manifest knows them. */
  problems: Damaged[];
  /** Entries read that are not to be shown (kind unknown). */
  hidden: Set<string>;
  /** A manifest itself is missing or does not hold together: rows it cannot vouch for are not judged. */
  list?: 'missing' | 'damaged';
}

export interface SpaceToCheck {
  space: SpaceName;
  /** What was read; `absent` here means a manifest the slot's marker says exists is gone. */
  read: ManifestRead;
}

/** The entries read, by the space they opened in: each space's are walked once, not all entries per space. */
function entriesBySpace(entries: LoadedRecords['entries']): Map<SpaceName, Entry[]> {
  const bySpace = new Map<SpaceName, Entry[]>();
  for (const { entry, space } of entries) {
    const list = bySpace.get(space);
    if (list) list.push(entry);
    else bySpace.set(space, [entry]);
  }
  return bySpace;
}

const named = (id: string, item: ManifestItem, kind?: Damaged['kind']): Damaged => ({ id, day: item.day, exerciseId: item.exerciseId, ...(kind ? { kind } : {}) });

/** `alone`: a workbook for one, where a row no key of ours opens can only be damage or a row nobody wrote. */
export function checkRows(loaded: Pick<LoadedRecords, 'entries' | 'damaged' | 'foreign'>, spaces: readonly SpaceToCheck[], alone: boolean): ManifestFindings {
  const { damaged, foreign } = loaded;
  const unreadable = new Map([...damaged, ...foreign].map((d) => [d.id, d]));
  const hidden = new Set<string>();
  const found = new Map<string, Damaged>();
  let list: ManifestFindings['list'];
  const bySpace = entriesBySpace(loaded.entries);
  for (const { space, read } of spaces) {
    if (read.kind !== 'ok') list = read.kind === 'absent' && list !== 'damaged' ? 'missing' : 'damaged';
    if (read.kind === 'absent') continue;
    const manifest = read.manifest;
    // Rows a damaged manifest does not list may be in the part of it that was lost: they are not judged.
    const whole = read.kind === 'ok';
    const seen = new Set<string>();
    // Distinct rows read that the manifest lists: when that is all it lists, none of its entries is missing.
    let listed = 0;
    for (const entry of bySpace.get(space) ?? []) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      const expected = manifest.get(entry.id);
      if (expected) listed += 1;
      if (!expected) {
        if (whole) {
          hidden.add(entry.id);
          found.set(entry.id, { id: entry.id, day: entry.day, exerciseId: entry.exerciseId, kind: 'unknown' });
        }
      } else if (entry.updatedAt < expected.version) found.set(entry.id, named(entry.id, expected, 'older'));
      else if (entry.updatedAt > expected.version) {
        hidden.add(entry.id);
        found.set(entry.id, named(entry.id, expected, 'unknown'));
      }
    }
    if (listed === manifest.listed) continue;
    for (const [id, item] of manifest.entries()) {
      if (seen.has(id)) continue;
      const before = found.get(id);
      // An entry met in the other space that this one still lists: it was put back from before it moved.
      if (before?.kind === 'unknown') found.set(id, named(id, item, 'older'));
      else if (unreadable.has(id)) found.set(id, { ...named(id, item), ...(unreadable.get(id)!.tampered ? { tampered: true as const } : {}) });
      else found.set(id, named(id, item, 'missing'));
    }
  }
  // Damaged rows no manifest names keep what the file says of them. A row no key of ours opens is, alone, one
  // nobody wrote; for two, it is the other partner's (unless a manifest of ours lists it: then it is ours, damaged).
  for (const d of damaged) if (!found.has(d.id)) found.set(d.id, d);
  if (alone) for (const f of foreign) if (!found.has(f.id)) found.set(f.id, { ...f, kind: 'unknown' });
  // The day in the clear is not sealed: an edit to it is noticed against the sealed day, and the entry still shown.
  for (const { entry, altered } of loaded.entries) {
    if (altered && !found.has(entry.id)) found.set(entry.id, { id: entry.id, day: entry.day, exerciseId: entry.exerciseId, kind: 'altered' });
  }
  return { problems: [...found.values()], hidden, ...(list ? { list } : {}) };
}
