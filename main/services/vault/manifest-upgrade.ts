// Writing the manifests an opening built (journal/space-manifests.ts) and the
// unlocked partner's marker (header.ts, format 5) in one SQLite transaction: a
// kill leaves the file as it was, a format-4 workbook that the next opening
// upgrades again, or upgraded whole, with the marker vouching for manifests that
// are there. The marker is sealed under the partner's private key, so it needs
// no passphrase (an unlock with a key kept on this device upgrades too), and
// only they can write it: the other partner cannot drop it to pass a deleted
// manifest off as a workbook not upgraded yet.
import type { DatabaseSync } from 'node:sqlite';
import type { Journal } from '../journal/journal.ts';
import { inTransaction } from '../journal/private-slots.ts';
import { readHeader, replaceHeader } from './database.ts';
import { buildHeader, manifestMarkerOf, sealManifestMarker } from './header.ts';
import type { HeaderBody } from './header.ts';
import type { MemberKeys } from './member-keys.ts';

/** Writes what the journal's opening built, if anything; answers the header as it is now. A failure (a full disk) writes nothing: the next opening tries again. */
export function writePendingManifests(db: DatabaseSync, header: HeaderBody, keys: MemberKeys, journal: Journal): HeaderBody {
  const pending = journal.pendingManifests();
  if (!pending) return header;
  const slot = header.members.find((m) => m.id === keys.memberId);
  const before = slot ? manifestMarkerOf(header.vaultId, slot, keys.privateKey) : null;
  const marker = { shared: pending.marker.shared || before?.shared === true };
  // A format-1 header's slot is wrapped as format 1 only: it gains its marker when it is first sealed again.
  const mark = slot !== undefined && header.format !== 1 && (!before || before.shared !== marker.shared);
  try {
    inTransaction(db, () => {
      pending.write();
      if (mark) {
        const members = header.members.map((m) => (m.id === keys.memberId ? { ...m, manifest: sealManifestMarker(header.vaultId, keys, marker) } : m));
        replaceHeader(db, buildHeader(header.vaultId, members));
      }
    });
  } catch {
    return header;
  }
  pending.written();
  return mark ? readHeader(db) : header;
}
