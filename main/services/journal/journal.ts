// The unlocked journal: every entry the unlocked partner may read (their own
// private ones and the shared ones) decrypted once at unlock and held in memory
// (never written anywhere in the clear), with each change sealed and committed
// to SQLite before it is acknowledged. The other partner's private rows are
// neither opened nor counted.
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import type { Entry, SaveEntryRequest, Visibility } from '../../../shared/domain/entry.ts';
import { getExercise } from '../../../shared/exercises/catalog.ts';
import { exerciseDraftSchema } from '../../../shared/exercises/answer-schema.ts';
import { keepOrDropSignatures, signTogether } from '../../../shared/together/sign-together.ts';
import type { Signer } from '../../../shared/together/sign-together.ts';
import { rethrowStorageError } from '../vault/database.ts';
import { decodeRow, encodeFiller, encodeRecord, plaintextSize, sortKeyDay } from './record-codec.ts';
import type { RecordRow } from './record-codec.ts';
import type { RecordKeys, SpaceKey } from './record-keys.ts';
import { inTransaction, newFillers, PrivateSlots, upsertRow } from './private-slots.ts';
import type { SlotChange } from './private-slots.ts';
import { readRecords } from './read-records.ts';
import type { Damaged } from './read-records.ts';

export type { Damaged };

export interface JournalOptions {
  db: DatabaseSync;
  /** The unlocked partner's space keys, made once per unlock. */
  keys: RecordKeys;
  vaultId: string;
  /** The unlocked partner. */
  memberId: string;
  /** The workbook's first partner, who wrote every entry that has no author. */
  firstMemberId: string;
  /** A workbook for two: private rows are hidden among fillers and the other partner's rows are skipped. */
  forTwo: boolean;
  now: () => Date;
}

/** What a save may do beyond the request: sign the parts of an exercise done together. */
export interface SaveContext {
  /** Both partners, in the order they confirmed, while a together session is on. */
  together?: readonly [Signer, Signer];
}

const newestFirst = (a: Entry, b: Entry) =>
  b.day.localeCompare(a.day) || b.updatedAt.localeCompare(a.updatedAt);

export class Journal {
  readonly #opts: JournalOptions;
  readonly #entries = new Map<string, Entry>();
  readonly #damaged: Damaged[] = [];
  readonly #slots = new PrivateSlots();
  /** Rows that open with none of our keys: the other partner's private space (fillers included). */
  #otherRows = 0;

  constructor(opts: JournalOptions) {
    this.#opts = opts;
    const { rows, unreadable } = readRecords(opts.db);
    this.#damaged.push(...unreadable);
    for (const row of rows) this.#load(row);
  }

  #load(row: RecordRow): void {
    const decoded = decodeRow(this.#opts.keys, this.#opts.vaultId, row);
    switch (decoded.kind) {
      case 'entry': {
        const { entry, space } = decoded;
        // The key a row opens with is its visibility, whatever the sealed copy says.
        const visibility: Visibility = space === 'shared' ? 'shared' : 'private';
        this.#entries.set(entry.id, { ...entry, visibility, author: entry.author ?? this.#opts.firstMemberId });
        if (space === 'mine') this.#slots.apply({ entries: 1, size: plaintextSize(row.ciphertext.length) });
        return;
      }
      case 'filler':
        this.#slots.apply({ added: [row.id] });
        return;
      case 'foreign':
        // In a workbook for two a row none of our keys opens is, by design, indistinguishable
        // from the other partner's; alone, it can only be damage.
        if (this.#opts.forTwo) {
          this.#otherRows += 1;
          return;
        }
        this.#damaged.push({ id: row.id, day: sortKeyDay(row.sort_key) });
        return;
      case 'damaged':
        this.#damaged.push({ id: row.id, day: sortKeyDay(row.sort_key) });
    }
  }

  /** Records that could not be read at unlock: skipped and reported, never deleted. */
  get damaged(): readonly Damaged[] {
    return this.#damaged;
  }

  /** Rows of this partner's private space (entries and fillers), for tests of what the other partner can count. */
  get privateRowCount(): number {
    return this.#slots.total;
  }

  list(exerciseId?: string): Entry[] {
    const all = [...this.#entries.values()];
    return (exerciseId ? all.filter((e) => e.exerciseId === exerciseId) : all).sort(newestFirst);
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
    const now = this.#opts.now().toISOString();
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
    return previous ? this.#rewrite(entry) : this.#insert(entry);
  }

  /** Marks an entry to stay out of counselor summaries (or lifts the mark). */
  setPrivate(id: string, keepPrivate: boolean): Entry {
    const { keepPrivate: _old, ...rest } = this.#getOwn(id);
    return this.#rewrite(keepPrivate ? { ...rest, keepPrivate: true } : rest);
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
      this.#commit(() => {
        upsertRow(db, this.#rowOf(moved, shared));
        filler.forEach((row) => upsertRow(db, row));
      }, { added: filler.map((r) => r.id), entries: -1 });
    } else {
      // The entry's row joins the private space; one filler leaves it (grown first if none is left).
      const row = this.#rowOf(moved, this.#mine);
      const { id: fillerId, growth } = this.#slots.planTake(this.#mine, vaultId);
      this.#commit(() => {
        growth.forEach((g) => upsertRow(db, g));
        db.prepare('DELETE FROM records WHERE id = ?').run(fillerId);
        upsertRow(db, row);
      }, { added: growth.map((g) => g.id), removed: [fillerId], entries: 1, size: plaintextSize(row.ciphertext.length) });
    }
    this.#entries.set(id, moved);
    return moved;
  }

  delete(id: string): void {
    const entry = this.#getOwn(id);
    const { db, vaultId } = this.#opts;
    if (this.#opts.forTwo && entry.visibility === 'private') {
      // The row stays, as a filler: the space's size says nothing about deletions.
      const filler = encodeFiller(this.#mine, vaultId, id, plaintextSize(this.#rowOf(entry, this.#mine).ciphertext.length));
      this.#commit(() => upsertRow(db, filler), { added: [id], entries: -1 });
    } else {
      this.#commit(() => db.prepare('DELETE FROM records WHERE id = ?').run(id), entry.visibility === 'private' ? { entries: -1 } : {});
    }
    this.#entries.delete(id);
  }

  /** Drops every decrypted entry from memory (called on lock). */
  forget(): void {
    this.#entries.clear();
  }

  get #mine(): SpaceKey {
    return this.#opts.keys.mine;
  }

  #requireSharedSpace(): SpaceKey {
    const shared = this.#opts.keys.shared;
    if (!this.#opts.forTwo || !shared) throw new MendError('invalid-request', 'Sharing an entry needs a workbook set up for two.');
    return shared;
  }

  #rowOf(entry: Entry, space: SpaceKey): RecordRow {
    return encodeRecord(space, this.#opts.vaultId, entry, { hidden: this.#opts.forTwo && entry.visibility === 'private' });
  }

  #insert(draft: Entry): Entry {
    const { db, vaultId } = this.#opts;
    if (draft.visibility === 'shared') {
      const entry = { ...draft, id: randomUUID() };
      this.#commit(() => upsertRow(db, this.#rowOf(entry, this.#requireSharedSpace())), {});
      this.#entries.set(entry.id, entry);
      return entry;
    }
    if (!this.#opts.forTwo) {
      const entry = { ...draft, id: randomUUID() };
      const row = this.#rowOf(entry, this.#mine);
      this.#commit(() => upsertRow(db, row), { entries: 1, size: plaintextSize(row.ciphertext.length) });
      this.#entries.set(entry.id, entry);
      return entry;
    }
    // A new private entry takes a filler's row (the space grows a step first if none is left).
    const { id, growth } = this.#slots.planTake(this.#mine, vaultId);
    const entry = { ...draft, id };
    const row = this.#rowOf(entry, this.#mine);
    this.#commit(() => {
      growth.forEach((g) => upsertRow(db, g));
      upsertRow(db, row);
    }, { added: growth.map((g) => g.id), removed: [id], entries: 1, size: plaintextSize(row.ciphertext.length) });
    this.#entries.set(entry.id, entry);
    return entry;
  }

  #rewrite(entry: Entry): Entry {
    const space = entry.visibility === 'shared' ? this.#requireSharedSpace() : this.#mine;
    const row = this.#rowOf(entry, space);
    this.#commit(() => upsertRow(this.#opts.db, row), {});
    this.#entries.set(entry.id, entry);
    return entry;
  }

  /** Writes in one transaction, then updates what the journal knows of its private space. */
  #commit(write: () => void, change: SlotChange): void {
    try {
      inTransaction(this.#opts.db, write);
    } catch (err) {
      rethrowStorageError(err);
    }
    this.#slots.apply(change);
  }
}
