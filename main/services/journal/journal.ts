// The unlocked journal: every entry the unlocked partner may read (their own
// private ones and the shared ones) decrypted once at unlock, a slice at a time,
// and checked against the manifests (journal-opening.ts, which also assembles the
// unlock report), held in memory (never written anywhere in the clear), indexed
// for listing (entry-index.ts), with each change sealed and committed to SQLite
// with the manifests before it is acknowledged. The other partner's private rows
// are neither opened nor counted.
import { randomUUID } from 'node:crypto';
import { MendError } from '../../../shared/contract/result.ts';
import type { Entry, SaveEntryRequest, Visibility } from '../../../shared/domain/entry.ts';
import { getExercise } from '../../../shared/exercises/catalog.ts';
import { exerciseDraftSchema } from '../../../shared/exercises/answer-schema.ts';
import { keepOrDropSignatures, signTogether } from '../../../shared/together/sign-together.ts';
import type { Signer } from '../../../shared/together/sign-together.ts';
import { rethrowStorageError } from '../vault/database.ts';
import type { EntryIndex } from './entry-index.ts';
import type { DayRange, EntryPage } from './entry-index.ts';
import { encodeRecord, plaintextSize } from './record-codec.ts';
import type { RecordRow, RecordSigning } from './record-codec.ts';
import type { RecordSigner } from './record-proof.ts';
import type { SharedSigning } from './shared-signing.ts';
import type { RecordKeys, SpaceKey } from './record-keys.ts';
import { dropEntryRow, inTransaction, newFillers, upsertRow } from './private-slots.ts';
import type { PrivateSlots, SlotChange } from './private-slots.ts';
import { writeVerified } from './verified-records.ts';
import type { Damaged } from './record-reader.ts';
import { itemOf } from './manifest.ts';
import type { PendingManifests, SpaceChanges, SpaceManifests } from './space-manifests.ts';
import type { SpaceName } from './record-codec.ts';
import { openRecords, verifiedPlaceOf } from './journal-opening.ts';
import type { JournalLoading, JournalOptions, OpenedRecords, UnlockReport } from './journal-opening.ts';

export type { Damaged, JournalLoading, JournalOptions, UnlockReport };

/** What a save may do beyond the request: sign the parts of an exercise done together. */
export interface SaveContext {
  /** Both partners, in the order they confirmed, while a together session is on. */
  together?: readonly [Signer, Signer];
  /** The signing keys of the partners of that session, who sign their confirmations (record-proof.ts). */
  present?: Readonly<Record<string, RecordSigner>>;
}

export class Journal {
  readonly #opts: JournalOptions;
  readonly #entries: EntryIndex;
  readonly #report: UnlockReport;
  readonly #slots: PrivateSlots;
  readonly #signing: SharedSigning;
  readonly #manifests: SpaceManifests;
  /** The shared records believed at opening, by digest: what the partner's cache of verified records keeps (verified-records.ts). */
  readonly #verifiedAtOpen: readonly string[];
  /** What the cache held at opening: written again only if that changed. */
  readonly #verifiedKept: ReadonlySet<string>;

  /** Reads and decrypts every record, a slice at a time, checks them against the manifests (journal-opening.ts), and opens the journal on them. */
  static async open(opts: JournalOptions, loading: JournalLoading = {}): Promise<Journal> {
    return new Journal(opts, await openRecords(opts, loading));
  }

  /**
   * Keeps the digests of the shared records believed at opening, for the next unlock; called as the workbook locks
   * (opening writes nothing). A failure (a full disk) costs only time: the next unlock verifies them again.
   */
  keepVerified(): void {
    const verifiers = this.#opts.keys.verifiers;
    if (!verifiers) return;
    try {
      writeVerified(verifiedPlaceOf(this.#opts), verifiers, this.#verifiedAtOpen, this.#verifiedKept);
    } catch {
      // See above.
    }
  }

  private constructor(opts: JournalOptions, opened: OpenedRecords) {
    this.#opts = opts;
    this.#entries = opened.index;
    this.#report = opened.report;
    this.#slots = opened.slots;
    this.#signing = opened.signing;
    this.#manifests = opened.manifests;
    this.#verifiedAtOpen = opened.verifiedAtOpen;
    this.#verifiedKept = opened.verifiedKept;
  }

  /**
   * What the unlock found wrong with the records, by kind (manifest-check.ts): damaged rows (skipped), and what
   * the manifest says is missing, older or written by nobody. Reported, never deleted.
   */
  get damaged(): readonly Damaged[] {
    return this.#report.damaged;
  }

  /** What the unlock report says of the records (a copy). */
  get report(): UnlockReport {
    return { ...this.#report, damaged: [...this.#report.damaged] };
  }

  /** The manifest of a space this partner holds is itself missing or damaged (then it is left as it is). */
  get recordList(): UnlockReport['recordList'] {
    return this.#report.recordList;
  }

  /** Manifests built at this opening (a workbook of format 4, or rows taken as they are), for the caller to write. */
  pendingManifests(): PendingManifests | null {
    return this.#manifests.pending();
  }

  /** Rows of this partner's private space (entries and fillers), for tests of what the other partner can count. */
  get privateRowCount(): number {
    return this.#slots.total;
  }

  /** Newest day first (shared/domain/entry-order.ts), optionally of some days only; a copy the caller may keep. */
  list(exerciseId?: string, days?: DayRange): Entry[] {
    return this.#entries.list(exerciseId, days);
  }

  /** A page of `list(exerciseId, days)`: up to `limit` entries after `cursor`. */
  page(exerciseId: string | undefined, limit: number, cursor?: string, days?: DayRange): EntryPage {
    return this.#entries.page(exerciseId, limit, cursor, days);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** list(exerciseId) read lazily, for work that may stop early or read a slice at a time (search). */
  newestFirst(exerciseId?: string): Iterable<Entry> {
    return this.#entries.newestFirst(exerciseId);
  }

  /** One exercise's entries in order, without a copy, for work in main that only reads them at once (the overview). */
  entriesOf(exerciseId: string): readonly Entry[] {
    return this.#entries.ofExercise(exerciseId);
  }

  get(id: string): Entry {
    const entry = this.#entries.get(id);
    if (!entry) throw new MendError('not-found', 'That entry no longer exists.');
    return entry;
  }

  /** An entry only its author may change (in a together session, either partner may edit a shared check-in or agreement). */
  #getOwn(id: string, context: SaveContext = {}): Entry {
    const entry = this.get(id);
    const doneTogether = context.together && entry.visibility === 'shared' && getExercise(entry.exerciseId).together;
    const mayEdit = entry.author === this.#opts.memberId || doneTogether;
    if (!mayEdit) throw new MendError('invalid-request', 'Only the partner who wrote this entry can change it.');
    return entry;
  }

  save(request: SaveEntryRequest, context: SaveContext = {}): Entry {
    const exercise = getExercise(request.exerciseId);
    const checked = exerciseDraftSchema(exercise).safeParse(request.answers);
    if (!checked.success) {
      throw new MendError('invalid-request', checked.error.issues[0]?.message ?? 'These answers do not fit this exercise.');
    }
    let previous = request.id ? this.#getOwn(request.id, context) : undefined;
    if (previous && previous.exerciseId !== request.exerciseId) {
      throw new MendError('invalid-request', 'An entry cannot move to another exercise.');
    }
    const answers = checked.data as Entry['answers'];
    const together = context.together && exercise.together ? context.together : undefined;
    // Done together, it is both partners' entry: a page one of them began alone is shared first.
    if (together && previous?.visibility === 'private') previous = this.setVisibility(previous.id, 'shared');
    const signed = together
      ? signTogether(exercise, answers, together, this.#opts.now(), previous)
      : keepOrDropSignatures(exercise, previous, answers, { stampedFieldsLocked: this.#opts.forTwo });
    // Done together, it is both partners' entry: shared. Otherwise only me, unless asked.
    const visibility = previous?.visibility ?? (together ? 'shared' : (request.visibility ?? 'private'));
    if (visibility === 'shared') this.#requireSharedSpace();
    const now = laterThan(this.#opts.now().toISOString(), previous?.updatedAt);
    const entry: Entry = {
      id: previous?.id ?? '',
      exerciseId: request.exerciseId,
      day: request.day,
      answers: signed.answers,
      visibility,
      author: previous?.author ?? this.#opts.memberId,
      ...(signed.signedBy ? { signedBy: signed.signedBy } : {}),
      ...(previous?.keepPrivate ? { keepPrivate: true } : {}),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    return previous ? this.#rewrite(entry, context.present) : this.#insert(entry, context.present);
  }

  /** Marks an entry to stay out of counselor summaries (or lifts the mark). */
  setPrivate(id: string, keepPrivate: boolean): Entry {
    const { keepPrivate: _old, ...rest } = this.#getOwn(id);
    // A new version, so the record as it was cannot be put back unseen (manifest.ts).
    const updated = { ...rest, updatedAt: laterThan(this.#opts.now().toISOString(), rest.updatedAt) };
    return this.#rewrite(keepPrivate ? { ...updated, keepPrivate: true } : updated);
  }

  /** Moves an entry between "only me" and "shared": it is sealed again under the other space's key. */
  setVisibility(id: string, visibility: Visibility): Entry {
    const entry = this.#getOwn(id);
    if (entry.visibility === visibility) return entry;
    if (entry.signedBy && visibility === 'private') {
      throw new MendError('invalid-request', 'You both signed this entry, so it stays shared. Change it together to remove the signatures first.');
    }
    const moved: Entry = { ...entry, visibility };
    const { db, vaultId } = this.#opts;
    if (visibility === 'shared') {
      const shared = this.#requireSharedSpace();
      // The row leaves the private space; a new filler keeps that space's size.
      const filler = newFillers(this.#mine, vaultId, 1, this.#slots.sizes);
      const { row, signing } = this.#sharedRow(moved, shared);
      this.#commit(() => {
        upsertRow(db, row);
        filler.forEach((f) => upsertRow(db, f));
      }, { added: filler.map((r) => r.id), entries: -1 }, [moves('mine', id, null), moves('shared', id, moved)]);
      this.#signing.wrote(moved, signing);
    } else {
      // The entry's row joins the private space; one filler leaves it (grown first if none is left).
      const row = this.#rowOf(moved, this.#mine);
      const { id: fillerId, growth } = this.#slots.planTake(this.#mine, vaultId);
      this.#commit(() => {
        growth.forEach((g) => upsertRow(db, g));
        db.prepare('DELETE FROM records WHERE id = ?').run(fillerId);
        upsertRow(db, row);
      }, { added: growth.map((g) => g.id), removed: [fillerId], entries: 1, size: plaintextSize(row.ciphertext.length) }, [moves('shared', id, null), moves('mine', id, moved)]);
      this.#signing.wrote(moved, undefined);
    }
    this.#entries.put(moved);
    return moved;
  }

  delete(id: string): void {
    const entry = this.#getOwn(id);
    const { db, vaultId } = this.#opts;
    if (this.#opts.forTwo && entry.visibility === 'private') {
      const inSpace = { space: this.#mine, ciphertextLength: this.#rowOf(entry, this.#mine).ciphertext.length };
      this.#commit(() => dropEntryRow(db, vaultId, id, inSpace), { added: [id], entries: -1 }, [moves('mine', id, null)]);
    } else {
      this.#commit(() => dropEntryRow(db, vaultId, id, null), entry.visibility === 'private' ? { entries: -1 } : {}, [moves(spaceOf(entry), id, null)]);
    }
    this.#entries.remove(id);
  }

  /** Drops every decrypted entry from memory (called on lock). */
  forget(): void {
    this.#entries.clear();
  }

  /** After a key rotation (vault/key-rotation.ts): what is written from now on is sealed under these keys. */
  useKeys(keys: RecordKeys): void {
    this.#opts.keys = keys;
    this.#manifests.useKeys(keys);
  }

  get #mine(): SpaceKey {
    return this.#opts.keys.mine;
  }

  #requireSharedSpace(): SpaceKey {
    const shared = this.#opts.keys.shared;
    if (!this.#opts.forTwo || !shared) throw new MendError('invalid-request', 'Sharing an entry needs a workbook set up for two.');
    return shared;
  }

  /** A private row: never signed (only its author can open it). Every row hides its day and is padded (HIDDEN). */
  #rowOf(entry: Entry, space: SpaceKey): RecordRow {
    return encodeRecord(space, this.#opts.vaultId, entry, HIDDEN);
  }

  /** A shared row, signed by its author (and the confirmations of its together stamps). */
  #sharedRow(entry: Entry, shared: SpaceKey, present?: SaveContext['present']): { row: RecordRow; signing: RecordSigning | undefined } {
    const signing = this.#signing.signingOf(entry, present);
    return { row: encodeRecord(shared, this.#opts.vaultId, entry, HIDDEN, signing), signing };
  }

  /**
   * The partner's first unlock in format 3 gave them a signing key: from now on they sign, and
   * the rows they had yet to sign are written again signed (by the caller, in the transaction
   * that seals their identity into the header: vault/identity-upgrade.ts).
   */
  signWith(signer: RecordSigner): { rows: RecordRow[]; written: () => void } {
    const shared = this.#opts.keys.shared;
    const unsigned = shared ? this.#signing.unsigned(this.#entries.newestFirst(), this.#opts.firstMemberId, signer) : [];
    const rows = unsigned.map(({ entry, signing }) => encodeRecord(shared!, this.#opts.vaultId, entry, HIDDEN, signing));
    const written = () => {
      // Only once the header publishes the key: a record signed with a key nobody can check would read as forged.
      this.#signing.useSigner(signer);
      for (const { entry, signing } of unsigned) this.#signing.wrote(entry, signing);
    };
    return { rows, written };
  }

  #insert(draft: Entry, present?: SaveContext['present']): Entry {
    const { db, vaultId } = this.#opts;
    if (draft.visibility === 'shared') {
      const entry = { ...draft, id: randomUUID() };
      const { row, signing } = this.#sharedRow(entry, this.#requireSharedSpace(), present);
      this.#commit(() => upsertRow(db, row), {}, [moves('shared', entry.id, entry)]);
      this.#signing.wrote(entry, signing);
      this.#entries.put(entry);
      return entry;
    }
    if (!this.#opts.forTwo) {
      const entry = { ...draft, id: randomUUID() };
      const row = this.#rowOf(entry, this.#mine);
      this.#commit(() => upsertRow(db, row), { entries: 1, size: plaintextSize(row.ciphertext.length) }, [moves('mine', entry.id, entry)]);
      this.#entries.put(entry);
      return entry;
    }
    // A new private entry takes a filler's row (the space grows a step first if none is left).
    const { id, growth } = this.#slots.planTake(this.#mine, vaultId);
    const entry = { ...draft, id };
    const row = this.#rowOf(entry, this.#mine);
    this.#commit(() => {
      growth.forEach((g) => upsertRow(db, g));
      upsertRow(db, row);
    }, { added: growth.map((g) => g.id), removed: [id], entries: 1, size: plaintextSize(row.ciphertext.length) }, [moves('mine', id, entry)]);
    this.#entries.put(entry);
    return entry;
  }

  #rewrite(entry: Entry, present?: SaveContext['present']): Entry {
    if (entry.visibility === 'shared') {
      const { row, signing } = this.#sharedRow(entry, this.#requireSharedSpace(), present);
      this.#commit(() => upsertRow(this.#opts.db, row), {}, [moves('shared', entry.id, entry)]);
      this.#signing.wrote(entry, signing);
    } else {
      const row = this.#rowOf(entry, this.#mine);
      this.#commit(() => upsertRow(this.#opts.db, row), {}, [moves('mine', entry.id, entry)]);
    }
    this.#entries.put(entry);
    return entry;
  }

  /** Writes the rows and the manifests of the spaces they are in, in one transaction, then updates what the journal knows. */
  #commit(write: () => void, change: SlotChange, listed: SpaceChanges): void {
    const manifests = this.#manifests.prepare(listed);
    try {
      inTransaction(this.#opts.db, () => {
        write();
        manifests.write();
      });
    } catch (err) {
      rethrowStorageError(err);
    }
    manifests.apply();
    this.#slots.apply(change);
  }
}

/** Since format 5 every row hides its day and is padded to a size step, alone or for two (docs/DATA.md). */
const HIDDEN = { hidden: true } as const;

const spaceOf = (entry: Entry): SpaceName => (entry.visibility === 'shared' ? 'shared' : 'mine');
const moves = (space: SpaceName, id: string, entry: Entry | null) => [space, { id, item: entry ? itemOf(entry) : null }] as const;

/** `now`, or a millisecond past `previous` if the clock has not moved past it: each version is later than the one before. */
function laterThan(now: string, previous: string | undefined): string {
  if (previous === undefined || now > previous) return now;
  const after = Date.parse(previous) + 1;
  return Number.isFinite(after) ? new Date(after).toISOString() : now;
}
