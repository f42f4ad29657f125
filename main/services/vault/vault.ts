// The workbook's lifecycle: create (new-workbook.ts), unlock, lock, change
// passphrase (a key rotation: rotate-unlocked.ts, key-rotation.ts), add the
// second partner, put a copy in place (replace-with-copy.ts), together sessions
// (together-in-workbook.ts). Opening on a connection with keys in hand is
// open-unlocked.ts. While unlocked it holds the unlocked partner's keys (their
// private key and the shared key; unlocked-workbook.ts) and wipes them on lock.
// One operation runs at a time.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import type { Partners, TogetherStatus, UnlockReport } from '../../../shared/contract/channels.ts';
import { assertKdfParamsAcceptable } from '../crypto/kdf.ts';
import type { Journal, SaveContext } from '../journal/journal.ts';
import type { LoadProgress } from '../journal/record-loader.ts';
import type { Verifiers } from '../journal/record-proof.ts';
import type { ProfileStore } from '../profile/profile-store.ts';
import type { SealedSettings } from '../settings/sealed-settings.ts';
import { addPartner } from './add-partner.ts';
import type { AddPartnerInput } from './add-partner.ts';
import { checkpointAndClose, openDatabase, readHeader, WORKBOOK_FILE } from './database.ts';
import { parseHeader, slotOfKeys } from './header.ts';
import type { HeaderBody } from './header.ts';
import type { IdentityView } from './identity-check.ts';
import { sealCopyUnder, settleAtUnlock, withNewPassphrase } from './key-rotation.ts';
import type { SlotSealing } from './key-rotation.ts';
import { copyKeys, wipeKeys } from './member-keys.ts';
import type { MemberKeys } from './member-keys.ts';
import { createWorkbookFile } from './new-workbook.ts';
import { confirmOwnPassphrase, openAnySlotKeepingKey } from './open-slot.ts';
import { openUnlocked } from './open-unlocked.ts';
import { replaceWithCopy } from './replace-with-copy.ts';
import { SOURCE_RESEAL_WORKER } from './reseal-off-thread.ts';
import { acceptAsNewest, advanceOnLock, changedSinceOpen, isOlderThanSeen } from './rollback-guard.ts';
import type { SeenGenerations } from './rollback-guard.ts';
import { rotateUnlocked, upgradeUnlocked } from './rotate-unlocked.ts';
import type { RotationSettings } from './rotate-unlocked.ts';
import { markRotationStep } from './rotation-steps.ts';
import { SeenGenerationsFile } from './seen-generations.ts';
import { snapshotOrNothing } from './snapshot.ts';
import { joinTogether, saveContextOf, togetherStatusOf } from './together-in-workbook.ts';
import { guardedOf } from './unlocked-workbook.ts';
import type { UnlockedWorkbook } from './unlocked-workbook.ts';
import { keysForCopyOf, rawRowsOf } from './workbook-copy.ts';

export interface VaultOptions {
  now?: () => Date;
  /** How far opening has got (records decrypted of all), while an unlock or a restore reads the workbook. */
  onOpenProgress?: (progress: LoadProgress) => void;
  /** The script of the thread that helps decrypt a large workbook (journal/record-worker.ts), if any. */
  recordWorker?: URL;
  /** This computer's memory of each workbook's newest generation (rollback-guard.ts); a file in the data folder by default. */
  seenGenerations?: SeenGenerations;
  /** Where the data folder's backups are, which a key rotation seals again; `backups` in the data folder by default. */
  backupsDir?: string;
  /** The script of the thread that seals rows again in a key rotation (vault/reseal-worker.ts; its source by default); null: main does. */
  resealWorker?: URL | null;
}

export class Vault {
  readonly path: string;
  readonly #now: () => Date;
  readonly #onOpenProgress: ((progress: LoadProgress) => void) | undefined;
  readonly #recordWorker: URL | undefined;
  readonly #seen: SeenGenerations;
  /** What a key rotation's re-seal needs besides the workbook: the backups' folder, and where progress goes. */
  readonly #settle: RotationSettings;
  #open: UnlockedWorkbook | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  /** Bumped by lock(), so an unlock still deriving its key when the user locks does not finish opening. */
  #lockCount = 0;

  constructor(dataDir: string, options: VaultOptions = {}) {
    this.path = join(dataDir, WORKBOOK_FILE);
    this.#now = options.now ?? (() => new Date());
    this.#onOpenProgress = options.onOpenProgress;
    this.#recordWorker = options.recordWorker;
    this.#seen = options.seenGenerations ?? new SeenGenerationsFile(dataDir);
    const resealWorker = options.resealWorker === undefined ? SOURCE_RESEAL_WORKER : options.resealWorker;
    this.#settle = {
      backupsDir: options.backupsDir ?? join(dataDir, 'backups'),
      ...(options.onOpenProgress ? { onProgress: options.onOpenProgress } : {}),
      ...(resealWorker ? { resealHelper: { url: resealWorker, path: this.path } } : {}),
    };
  }

  exists(): boolean {
    return existsSync(this.path);
  }

  /** How many times lock() has been called; lets a delayed fallback lock see that a lock already happened. */
  get lockCount(): number {
    return this.#lockCount;
  }

  get isUnlocked(): boolean {
    return this.#open !== null;
  }

  /** Whether the workbook on disk is for two (its header has two slots); readable while locked. */
  isForTwo(): boolean {
    if (this.#open) return this.#open.header.members.length === 2;
    if (!this.exists()) return false;
    try {
      const { db, header } = openDatabase(this.path);
      db.close();
      return parseHeader(header).members.length === 2;
    } catch {
      return false;
    }
  }

  journal(): Journal {
    return this.#requireOpen().journal;
  }

  profile(): ProfileStore {
    return this.#requireOpen().profile;
  }

  /** Where a service keeps a small value of the unlocked partner's, sealed under their private key (e.g. the last summary). */
  ownSealedSettings(): { settings: SealedSettings; privateKey: Buffer; memberId: string } {
    const { db, header, keys } = this.#requireOpen();
    return { settings: { db, vaultId: header.vaultId }, privateKey: keys.privateKey, memberId: keys.memberId };
  }

  #requireOpen(): UnlockedWorkbook {
    if (!this.#open) throw new MendError('locked', 'Your workbook is locked. Please unlock it to continue.');
    return this.#open;
  }

  create(passphrase: string): Promise<void> {
    return this.#serial(async () => {
      if (this.exists()) throw new MendError('workbook-exists', 'A workbook already exists here; unlock it instead.');
      const keys = await createWorkbookFile(this.path, passphrase);
      const { db } = openDatabase(this.path);
      await this.#adopt(db, readHeader(db), keys);
    });
  }

  /** Opens with whichever partner's passphrase this is. */
  unlock(passphrase: string): Promise<UnlockReport> {
    return this.#unlockWith((body) => openAnySlotKeepingKey(body, passphrase));
  }

  /**
   * Opens with a partner's keys kept elsewhere (this device's keyring, for "remember
   * on this device"). Not reachable over IPC: only main's glue holds such keys.
   */
  unlockWithKeys(keys: MemberKeys): Promise<UnlockReport> {
    return this.#unlockWith(async (body) => {
      if (!slotOfKeys(body, keys)) {
        throw new MendError('wrong-passphrase', 'The key kept on this device no longer opens this workbook. Please type your passphrase.');
      }
      // No passphrase key here, so a slot from before format 3 stays as it is until a passphrase unlock.
      return { keys: copyKeys(keys) };
    });
  }

  /** A copy of the unlocked partner's keys, for wrapping with this device's keyring. Only while unlocked. */
  copyKeys(): MemberKeys {
    return copyKeys(this.#requireOpen().keys);
  }

  #unlockWith(getKeys: (body: HeaderBody) => Promise<{ keys: MemberKeys; passphraseKey?: Buffer }>): Promise<UnlockReport> {
    // Read now, not when the queued task starts: a lock() made after this call must win.
    const lockCountAtStart = this.#lockCount;
    return this.#serial(async () => {
      this.#close();
      const { db, header } = openDatabase(this.path);
      try {
        const body = parseHeader(header);
        // Every way in, the passphrase or a kept key, refuses settings below the floor.
        for (const slot of body.members) assertKdfParamsAcceptable(slot.kdf);
        let { keys, passphraseKey } = await getKeys(body); // eslint-disable-line prefer-const
        const checkpoint = this.#notLockedSince(lockCountAtStart);
        try {
          checkpoint();
          // A rotation a kill interrupted, or a shared key the other partner sealed to this one, is finished first.
          keys = await settleAtUnlock(db, body, keys, { ...(passphraseKey ? { passphraseKey } : {}), ...this.#settle, checkpoint });
          const { journal, identities } = await this.#adopt(db, readHeader(db), keys, checkpoint);
          if (passphraseKey && identities.upgrade) {
            try {
              upgradeUnlocked(this.#requireOpen(), passphraseKey, identities);
            } catch {
              // One transaction that did not commit (a full disk, say): the workbook is open as it was, and the
              // next unlock tries again. Nothing is signed with a key the header does not publish.
            }
          }
          const older = isOlderThanSeen(this.#guarded(), this.#seen);
          return { ...journal.report, ...(older ? { olderThanLastOpened: true } : {}) };
        } catch (err) {
          if (!this.#open) wipeKeys(keys);
          throw err;
        } finally {
          passphraseKey?.fill(0);
        }
      } catch (err) {
        if (!this.#open) db.close();
        throw err;
      }
    });
  }

  /** Retires keys (rotate-unlocked.ts): new private and shared keys under a new passphrase, or (`sealing` null) a new shared key. */
  #rotate(sealing: SlotSealing | null): Promise<void> {
    return rotateUnlocked(this.#requireOpen(), sealing, this.#settle, this.#notLockedSince(this.#lockCount));
  }

  /** Whose signatures the open workbook believes: what copies of it (backups) are checked with. */
  verifiers(): Verifiers {
    return this.#requireOpen().identities.verifiers;
  }

  /** Forgets the keys, every decrypted entry and any together session at once; safe to call when already locked. */
  lock(): void {
    this.#lockCount += 1;
    this.#close();
  }

  /** Resolves when `passphrase` is the unlocked partner's own; before something as weighty as "remember on this device". */
  confirmPassphrase(passphrase: string): Promise<void> {
    return this.#serial(async () => {
      const { db, keys } = this.#requireOpen();
      await confirmOwnPassphrase(db, keys, passphrase);
    });
  }

  /** Changes the unlocked partner's passphrase, retiring their private key and the shared key (key-rotation.ts). */
  changePassphrase(current: string, next: string): Promise<void> {
    return this.#serial(async () => {
      const open = this.#open;
      if (!open) throw new MendError('locked', 'Unlock your workbook before changing its passphrase.');
      markRotationStep('confirm');
      await confirmOwnPassphrase(open.db, open.keys, current);
      await withNewPassphrase(next, (sealing) => this.#rotate(sealing));
    });
  }

  /** A new shared key, asked for by both partners in a together session; each takes it in at their next unlock. */
  rotateSharedKey(): Promise<void> {
    return this.#serial(async () => {
      const open = this.#requireOpen();
      if (!open.together.active) throw new MendError('invalid-request', 'A new shared key needs both of you here, in a together session.');
      await this.#rotate(null);
    });
  }

  /** Sets the workbook up for two: the second partner gets their own passphrase, role and private space. */
  addPartner(input: AddPartnerInput): Promise<Partners> {
    return this.#serial(async () => {
      const open = this.#requireOpen();
      const keys = await addPartner(open.db, readHeader(open.db), open.keys, input);
      const { db } = open;
      // Reopened as a workbook for two: the journal now hides private rows among fillers.
      this.#detach();
      await this.#adopt(db, readHeader(db), keys);
      return this.partners();
    });
  }

  /** The partners of the open workbook, by id (one, or two). */
  memberIds(): string[] {
    return this.#requireOpen().header.members.map((m) => m.id);
  }

  /** Who is in this workbook, by name, and which of them is unlocked. */
  partners(): Partners {
    const open = this.#requireOpen();
    const { names } = open;
    return {
      forTwo: open.header.members.length === 2,
      me: open.keys.memberId,
      partners: open.header.members.map((m, i) => ({ id: m.id, name: names[m.id] ?? (i === 0 ? 'First partner' : 'Second partner') })),
    };
  }

  /** One partner confirms they are here, with their own passphrase, for a together session. */
  joinTogether(passphrase: string): Promise<TogetherStatus> {
    return this.#serial(() => {
      const open = this.#requireOpen();
      return joinTogether(open, passphrase, () => this.#open === open);
    });
  }

  endTogether(): TogetherStatus {
    this.#requireOpen().together.end();
    return this.togetherStatus();
  }

  togetherStatus(): TogetherStatus {
    return togetherStatusOf(this.#requireOpen());
  }

  /** What a save may sign: both partners while a together session is on. */
  saveContext(): SaveContext {
    return saveContextOf(this.#requireOpen());
  }

  /** Writes a consistent copy of the open workbook (WAL included) to `path`, without holding the event loop. */
  async snapshotTo(path: string): Promise<void> {
    this.#requireOpen();
    await snapshotOrNothing(this.path, path);
  }

  /** Rows exactly as stored (nonce and ciphertext), to compare a copy's unreadable rows with the workbook's. */
  rawRows(ids: readonly string[]): Map<string, Buffer> {
    return rawRowsOf(this.#requireOpen().db, ids);
  }

  /** The unlocked partner's keys, to check that a backup is this workbook's and whole. */
  keysForCopiesOf(body: HeaderBody): MemberKeys {
    return keysForCopyOf(this.#requireOpen(), body);
  }

  /** A copy of this workbook under keys since retired (opened with an old passphrase) sealed under today's, before an import (key-rotation.ts). */
  sealCopyUnderLiveKeys(path: string, from: MemberKeys, copyVaultId: string): Promise<void> {
    const { header, keys } = this.#requireOpen();
    return sealCopyUnder(path, { vaultId: header.vaultId, keys }, from, copyVaultId);
  }

  /** Puts a verified copy in place of the workbook file and opens it with `keys` (replace-with-copy.ts: a restore, an import). */
  replaceWithCopy(copyPath: string, keys: MemberKeys, copyVaultId?: string): Promise<UnlockReport> {
    const held = copyKeys(keys);
    return this.#serial(() =>
      replaceWithCopy(
        {
          path: this.path,
          live: this.#open,
          close: () => this.#close(),
          adopt: (db, header, adoptKeys, checkpoint, acceptRows) => this.#adopt(db, header, adoptKeys, checkpoint, acceptRows),
          isOpen: () => this.#open !== null,
          acceptAsNewest: () => acceptAsNewest(this.#guarded(), this.#seen),
          checkpoint: this.#notLockedSince(this.#lockCount),
        },
        copyPath,
        held,
        copyVaultId,
      ),
    );
  }

  /**
   * Throws once lock() has been called since `lockCount` was read. Opening checks it after the KDF
   * and between the slices of decrypting the records, which give the loop (and so lock()) a turn.
   */
  #notLockedSince(lockCount: number): () => void {
    return () => {
      if (this.#lockCount !== lockCount) throw new MendError('locked', 'The workbook was locked while it was opening.');
    };
  }

  async #adopt(db: DatabaseSync, header: HeaderBody, keys: MemberKeys, checkpoint?: () => void, acceptRows = false): Promise<{ journal: Journal; identities: IdentityView }> {
    this.#open = await openUnlocked(db, header, keys, {
      path: this.path,
      now: this.#now,
      acceptRows,
      ...(checkpoint ? { checkpoint } : {}),
      ...(this.#onOpenProgress ? { onProgress: this.#onOpenProgress } : {}),
      ...(this.#recordWorker ? { recordWorker: this.#recordWorker } : {}),
    });
    return this.#open;
  }

  /** Forgets what is unlocked, leaving the database open (for a reopen on the same connection). */
  #detach(): UnlockedWorkbook | null {
    const open = this.#open;
    if (!open) return null;
    this.#open = null;
    open.journal.forget();
    open.together.end();
    wipeKeys(open.keys);
    return open;
  }

  /**
   * Keeps an older copy of the workbook that the unlock report called older than the one last
   * opened here, at the user's word: it becomes the newest, and the question is not asked again.
   */
  keepOlderCopy(): void {
    acceptAsNewest(this.#guarded(), this.#seen);
  }

  #guarded() {
    return guardedOf(this.#requireOpen());
  }

  #close(): void {
    // Before the keys are wiped: a workbook changed since it opened goes up one generation.
    if (this.#open && changedSinceOpen(this.#open.db)) advanceOnLock(this.#guarded(), this.#seen);
    // After that check: remembering what was verified is not a change to the workbook's content.
    this.#open?.journal.keepVerified();
    const open = this.#detach();
    if (open) checkpointAndClose(open.db);
  }

  /** Runs `task` as one vault operation: never beside an unlock, a rotation or a restore (backups/backup-store.ts). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.#serial(task);
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
