// How long copies of an entry stay in Mend's folder, said before a delete. The
// rotating backups are replaced one a day at most (a backup is made at an unlock
// when the newest is a day old: BackupStore.createIfDue), and the oldest beyond
// `keep` is removed; so the newest backup holding the entry, at place i (0 the
// newest), goes with the (keep - i)-th backup made after the newest, no sooner
// than keep - i days after it, later if Mend is not opened every day. A backup
// kept from before a restore never rotates away: it stays until the user removes it.
import type { BackupInfo, EntryCopies } from '../../../shared/contract/channels.ts';

const DAY_MS = 86_400_000;

/** `backups` newest first (BackupStore.list); `holds` says whether one holds the entry. */
export function entryCopiesOf(backups: readonly BackupInfo[], holds: (backup: BackupInfo) => boolean, keep: number): EntryCopies {
  const rotating = backups.filter((b) => !b.beforeRestore);
  const kept = backups.filter((b) => b.beforeRestore);
  const holding = rotating.flatMap((b, place) => (holds(b) ? [place] : []));
  const newest = rotating[0];
  const first = holding[0];
  const goneBy = newest && first !== undefined ? new Date(Date.parse(newest.createdAt) + Math.max(1, keep - first) * DAY_MS).toISOString() : null;
  return { rotating: holding.length, rotatingGoneBy: goneBy, keptFromRestore: kept.filter(holds).length };
}
