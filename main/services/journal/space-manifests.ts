// The manifests of the spaces the unlocked partner holds (their private space,
// and in a workbook for two the shared one): read and checked at opening against
// the rows just decrypted (manifest-check.ts), then kept in memory and updated in
// the same transaction as every save and delete (journal.ts).
//
// A space with no manifest yet (a workbook of format 4, a partner's first unlock
// after the workbook became one for two) gets one built from its rows at this
// opening, written by the caller with the slot's marker in one transaction
// (vault/manifest-upgrade.ts); a file with damage gets none until it opens whole.
// A manifest the marker vouches for that is missing, or one that does not hold
// together, is reported and left as it is (saves do not touch it), until the
// partner takes the workbook as it is (`acceptRows`, also after a restore).
import type { KeyObject } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ManifestMarker } from '../vault/header.ts';
import { checkRows } from './manifest-check.ts';
import type { ManifestFindings, SpaceToCheck } from './manifest-check.ts';
import { itemOf, SpaceManifest } from './manifest.ts';
import type { ManifestChange, ManifestItem } from './manifest.ts';
import { HIDDEN_DAY, hiddenAndPadded, PAD_BLOCK } from './record-codec.ts';
import type { RecordRow, SpaceName } from './record-codec.ts';
import type { RecordKeys, SpaceKey } from './record-keys.ts';
import type { LoadedEntry, LoadedRecords } from './record-loader.ts';

export interface ManifestOptions {
  db: DatabaseSync;
  vaultId: string;
  memberId: string;
  forTwo: boolean;
  keys: RecordKeys;
  /** The unlocked partner's marker (vault/header.ts): which of their spaces must have a manifest. Null: none yet. */
  marker: ManifestMarker | null;
  /** List the rows as they are now, whatever the manifests say (after a restore, or at the partner's word). */
  acceptRows?: boolean;
}

export type SpaceChanges = readonly (readonly [SpaceName, ManifestChange])[];

export interface PendingManifests {
  /** The marker the slot gains once they are written. */
  marker: ManifestMarker;
  /** Writes them (inside the caller's transaction). */
  write: () => void;
  /** After the commit: they are kept up to date from now on. */
  written: () => void;
}

export class SpaceManifests {
  readonly #opts: ManifestOptions;
  readonly #live = new Map<SpaceName, SpaceManifest>();
  readonly #pending = new Map<SpaceName, SpaceManifest>();

  private constructor(opts: ManifestOptions) {
    this.#opts = opts;
  }

  /** Reads and checks the manifests against what the opening read; builds those still to make. */
  static open(opts: ManifestOptions, loaded: LoadedRecords, recover?: (ids: readonly string[]) => LoadedEntry[]): { manifests: SpaceManifests; findings: ManifestFindings } {
    const manifests = new SpaceManifests(opts);
    const spaces: SpaceName[] = opts.forTwo && opts.keys.shared ? ['mine', 'shared'] : ['mine'];
    // Opening writes nothing to a file it reports as damaged: a manifest is built only from a whole file.
    const whole = loaded.damaged.length === 0 && (opts.forTwo || loaded.foreign.length === 0);
    const toCheck: SpaceToCheck[] = [];
    for (const space of spaces) {
      const name = manifests.#nameOf(space);
      const fresh = () => manifests.#pending.set(space, SpaceManifest.fresh(name, itemsOf(loaded, space)));
      // A restore or an import wrote this file just now from a copy the partner chose: its rows are listed as they
      // are, damaged or not (what does not open stays reported as such at every unlock).
      if (opts.acceptRows) {
        fresh();
        continue;
      }
      const read = SpaceManifest.read(opts.db, opts.vaultId, manifests.#keyOf(space), name);
      const vouched = space === 'mine' ? opts.marker !== null : opts.marker?.shared === true;
      if (read.kind === 'absent' && !vouched) {
        if (whole) fresh();
        continue;
      }
      toCheck.push({ space, read });
      if (read.kind === 'ok') manifests.#live.set(space, read.manifest);
    }
    let findings = checkRows(loaded, toCheck, !opts.forTwo);
    // A damaged page can hide rows from the table's scan that a lookup by id still reaches: what the manifest
    // says is missing is looked for once more, by id, before it is reported.
    const missing = findings.problems.filter((p) => p.kind === 'missing').map((p) => p.id);
    const found = missing.length > 0 && recover ? recover(missing) : [];
    if (found.length > 0) {
      loaded.entries.push(...found);
      findings = checkRows(loaded, toCheck, !opts.forTwo);
    }
    return { manifests, findings };
  }

  #nameOf(space: SpaceName): string {
    return space === 'shared' ? 'shared' : this.#opts.memberId;
  }

  #keyOf(space: SpaceName): KeyObject {
    const key = space === 'shared' ? this.#opts.keys.shared?.key : this.#opts.keys.mine.key;
    if (!key) throw new Error('no key for that space');
    return key;
  }

  /** After a key rotation: manifests are sealed under these keys from now on (the rotation sealed the old ones again). */
  useKeys(keys: RecordKeys): void {
    this.#opts.keys = keys;
  }

  /** Manifests built at this opening, to write with the slot's marker; null when there are none. */
  pending(): PendingManifests | null {
    if (this.#pending.size === 0) return null;
    const { db, vaultId, forTwo } = this.#opts;
    const built = [...this.#pending];
    // Either space may have been built: the marker vouches for both once each has a manifest, written or kept.
    const has = (space: SpaceName) => this.#pending.has(space) || this.#live.has(space);
    return {
      marker: { shared: forTwo && has('shared') },
      write: () => {
        // Format 5 also hides the day and the exact length of every row of ours written before it.
        hideOlderRows(db, vaultId, [this.#opts.keys.mine, ...(this.#opts.keys.shared ? [this.#opts.keys.shared] : [])]);
        for (const [space, manifest] of built) manifest.writeAll(db, vaultId, this.#keyOf(space));
      },
      written: () => {
        for (const [space, manifest] of built) this.#live.set(space, manifest);
        this.#pending.clear();
      },
    };
  }

  /** What `changes` write to the manifests kept up to date, inside the caller's transaction, and then take in. */
  prepare(changes: SpaceChanges): { write: () => void; apply: () => void } {
    const steps = [...this.#live].flatMap(([space, manifest]) => {
      const mine = changes.filter(([s]) => s === space).map(([, change]) => change);
      return mine.length > 0 ? [{ space, step: manifest.prepare(mine) }] : [];
    });
    const { db, vaultId } = this.#opts;
    return {
      write: () => steps.forEach(({ space, step }) => step.write(db, vaultId, this.#keyOf(space))),
      apply: () => steps.forEach(({ step }) => step.apply()),
    };
  }
}

/** Rows that show a day or an unpadded length, sealed again hidden and padded (record-codec.ts); others' rows stay as they are. */
function hideOlderRows(db: DatabaseSync, vaultId: string, spaces: readonly SpaceKey[]): void {
  const shown = db.prepare(`SELECT id, sort_key, tag, nonce, ciphertext FROM records WHERE sort_key != ${HIDDEN_DAY} OR (length(ciphertext) - 16) % ${PAD_BLOCK} != 0`).all() as unknown as RecordRow[];
  const update = db.prepare('UPDATE records SET sort_key = ?, nonce = ?, ciphertext = ? WHERE id = ?');
  for (const row of shown) {
    const hidden = hiddenAndPadded(spaces, vaultId, row);
    if (hidden) update.run(hidden.sort_key, hidden.nonce, hidden.ciphertext, hidden.id);
  }
}

function itemsOf(loaded: LoadedRecords, space: SpaceName): [string, ManifestItem][] {
  return loaded.entries.filter((e) => e.space === space).map(({ entry }) => [entry.id, itemOf(entry)]);
}
