// The workbook's lifecycle: create, unlock, lock, change passphrase. It owns the
// data key while unlocked and wipes it on lock. One operation runs at a time.
import { createSecretKey, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { MendError } from '../../../shared/contract/result.ts';
import type { UnlockReport } from '../../../shared/contract/channels.ts';
import { assertKdfParamsAcceptable, deriveKey, newKdfParams } from '../crypto/kdf.ts';
import { Journal } from '../journal/journal.ts';
import type { LoadProgress } from '../journal/record-loader.ts';
import { createDatabase, ensureSchema, openDatabase, replaceHeader, rethrowStorageError, WORKBOOK_FILE } from './database.ts';
import { ProfileStore } from '../profile/profile-store.ts';
import { buildHeader, isDataKeyOf, newVaultId, parseHeader, unwrapDataKey } from './header.ts';
import type { HeaderBody } from './header.ts';
import { snapshotDatabase } from './snapshot.ts';

export interface VaultOptions {
  now?: () => Date;
  /** How far opening has got (records decrypted of all), while an unlock or a restore reads the workbook. */
  onOpenProgress?: (progress: LoadProgress) => void;
  /** The script of the thread that helps decrypt a large workbook (journal/record-worker.ts), if any. */
  recordWorker?: URL;
}

interface Unlocked {
  db: DatabaseSync;
  dataKey: Buffer;
  vaultId: string;
  journal: Journal;
  profile: ProfileStore;
}

export class Vault {
  readonly path: string;
  readonly #now: () => Date;
  readonly #onOpenProgress: ((progress: LoadProgress) => void) | undefined;
  readonly #recordWorker: URL | undefined;
  #open: Unlocked | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  /** Bumped by lock(), so an unlock still deriving its key when the user locks does not finish opening. */
  #lockCount = 0;

  constructor(dataDir: string, options: VaultOptions = {}) {
    this.path = join(dataDir, WORKBOOK_FILE);
    this.#now = options.now ?? (() => new Date());
    this.#onOpenProgress = options.onOpenProgress;
    this.#recordWorker = options.recordWorker;
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

  journal(): Journal {
    return this.#requireOpen().journal;
  }

  profile(): ProfileStore {
    return this.#requireOpen().profile;
  }

  #requireOpen(): Unlocked {
    if (!this.#open) throw new MendError('locked', 'Your workbook is locked. Please unlock it to continue.');
    return this.#open;
  }

  create(passphrase: string): Promise<void> {
    return this.#serial(async () => {
      if (this.exists()) throw new MendError('workbook-exists', 'A workbook already exists here; unlock it instead.');
      const vaultId = newVaultId();
      const kdf = newKdfParams();
      const dataKey = randomBytes(32);
      const passphraseKey = await deriveKey(passphrase, kdf);
      const header = buildHeader(vaultId, kdf, passphraseKey, dataKey);
      passphraseKey.fill(0);
      // Built under a temporary name and renamed, so a crash never leaves half a workbook.
      mkdirSync(dirname(this.path), { recursive: true });
      const temp = `${this.path}.creating`;
      rmSync(temp, { force: true });
      createDatabase(temp, header).close();
      renameSync(temp, this.path);
      await this.#adopt(openDatabase(this.path).db, dataKey, vaultId);
    });
  }

  unlock(passphrase: string): Promise<UnlockReport> {
    return this.#unlockWith(async (body) => {
      const passphraseKey = await deriveKey(passphrase, body.kdf);
      try {
        return unwrapDataKey(body, passphraseKey);
      } finally {
        passphraseKey.fill(0);
      }
    });
  }

  /**
   * Opens with a data key kept elsewhere (this device's keyring, for "remember on this
   * device"). Not reachable over IPC: only main's glue holds such a key.
   */
  unlockWithDataKey(dataKey: Buffer): Promise<UnlockReport> {
    return this.#unlockWith(async (body) => {
      if (!isDataKeyOf(body, dataKey)) {
        throw new MendError('wrong-passphrase', 'The key kept on this device no longer opens this workbook. Please type your passphrase.');
      }
      return Buffer.from(dataKey);
    });
  }

  /** A copy of the data key, for wrapping with this device's keyring. Only while unlocked. */
  copyDataKey(): Buffer {
    return Buffer.from(this.#requireOpen().dataKey);
  }

  #unlockWith(getDataKey: (body: HeaderBody) => Promise<Buffer>): Promise<UnlockReport> {
    // Read now, not when the queued task starts: a lock() made after this call must win.
    const lockCountAtStart = this.#lockCount;
    return this.#serial(async () => {
      this.#close();
      const { db, header } = openDatabase(this.path);
      try {
        const body = parseHeader(header);
        // Every way in, the passphrase or a kept key, refuses settings below the floor.
        assertKdfParamsAcceptable(body.kdf);
        const dataKey = await getDataKey(body);
        const checkpoint = this.#notLockedSince(lockCountAtStart);
        try {
          checkpoint();
          const journal = await this.#adopt(db, dataKey, body.vaultId, checkpoint);
          return { damaged: [...journal.damaged] };
        } catch (err) {
          if (!this.#open) dataKey.fill(0);
          throw err;
        }
      } catch (err) {
        if (!this.#open) db.close();
        throw err;
      }
    });
  }

  /** Forgets the key and every decrypted entry at once; safe to call when already locked. */
  lock(): void {
    this.#lockCount += 1;
    this.#close();
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.#serial(async () => {
      const open = this.#open;
      if (!open) throw new MendError('locked', 'Unlock your workbook before changing its passphrase.');
      const body = parseHeader(open.db.prepare('SELECT body, checksum FROM header WHERE id = 1').get() as never);
      // Check the current passphrase against the file, not just the session.
      const currentKey = await deriveKey(current, body.kdf);
      unwrapDataKey(body, currentKey).fill(0);
      currentKey.fill(0);
      const kdf = newKdfParams();
      const nextKey = await deriveKey(next, kdf);
      // Only the data key is re-wrapped; no entry is re-encrypted.
      try {
        replaceHeader(open.db, buildHeader(open.vaultId, kdf, nextKey, open.dataKey));
      } catch (err) {
        rethrowStorageError(err);
      } finally {
        nextKey.fill(0);
      }
    });
  }

  /** Writes a consistent copy of the open workbook (WAL included) to `path`, without holding the event loop. */
  async snapshotTo(path: string): Promise<void> {
    this.#requireOpen();
    try {
      await snapshotDatabase(this.path, path);
    } catch (err) {
      rmSync(path, { force: true });
      rethrowStorageError(err);
    }
  }

  /** The open workbook's key, to check that a backup is this workbook's and whole. */
  keyForCopiesOf(body: HeaderBody): Buffer {
    const open = this.#requireOpen();
    if (body.vaultId !== open.vaultId || !isDataKeyOf(body, open.dataKey)) {
      throw new MendError('damaged-file', 'This backup belongs to another workbook.');
    }
    return open.dataKey;
  }

  /**
   * Puts a verified copy in place of the workbook file and opens it with `dataKey`.
   * The caller has already kept a backup of the current state. The copy is copied,
   * never moved, so the backup it came from stays as it was.
   */
  replaceWithCopy(copyPath: string, dataKey: Buffer): Promise<UnlockReport> {
    const key = Buffer.from(dataKey);
    return this.#serial(async () => {
      const checkpoint = this.#notLockedSince(this.#lockCount);
      const temp = `${this.path}.restoring`;
      mkdirSync(dirname(this.path), { recursive: true });
      // Synchronous on purpose: no save can slip in between this copy and the close below.
      copyFileSync(copyPath, temp);
      this.#close();
      // A clean close folds the WAL into the file; any leftover WAL must not be applied to the copy.
      for (const side of ['-wal', '-shm']) rmSync(`${this.path}${side}`, { force: true });
      renameSync(temp, this.path);
      const { db, header } = openDatabase(this.path);
      try {
        const body = parseHeader(header);
        if (!isDataKeyOf(body, key)) throw new MendError('damaged-file', 'The restored copy could not be opened.');
        const journal = await this.#adopt(db, key, body.vaultId, checkpoint);
        return { damaged: [...journal.damaged] };
      } catch (err) {
        if (!this.#open) db.close();
        throw err;
      }
    });
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

  async #adopt(db: DatabaseSync, dataKey: Buffer, vaultId: string, checkpoint?: () => void): Promise<Journal> {
    ensureSchema(db);
    // The raw key is wiped on lock; the KeyObject copy is dropped with the journal and collected.
    const journal = await Journal.open(
      { db, dataKey: createSecretKey(dataKey), vaultId, now: this.#now },
      {
        ...(checkpoint ? { checkpoint } : {}),
        ...(this.#onOpenProgress ? { onProgress: this.#onOpenProgress } : {}),
        ...(this.#recordWorker ? { helper: { workerUrl: this.#recordWorker, path: this.path } } : {}),
      },
    );
    this.#open = { db, dataKey, vaultId, journal, profile: new ProfileStore({ db, dataKey, vaultId }) };
    return journal;
  }

  #close(): void {
    const open = this.#open;
    if (!open) return;
    this.#open = null;
    open.journal.forget();
    open.dataKey.fill(0);
    open.db.close();
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
