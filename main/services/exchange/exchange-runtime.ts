// The exchange as the app runs it: one Exchange and one FolderTransport per
// data folder, watching the shared folder while the workbook is unlocked and
// stopping at lock (app-services.ts wraps the unlock and lock channels with
// start and stop).
import type { Vault } from '../vault/vault.ts';
import { Exchange } from './exchange.ts';
import { FolderTransport } from './folder-transport.ts';

export class ExchangeRuntime {
  readonly exchange: Exchange;
  readonly folder: FolderTransport;
  readonly #vault: Vault;

  constructor(vault: Vault, now: () => Date, envelopeWorker?: URL) {
    this.#vault = vault;
    this.exchange = new Exchange(vault, { now, ...(envelopeWorker ? { envelopeWorker } : {}) });
    this.folder = new FolderTransport(this.exchange);
  }

  /** Starts watching the shared folder, if one is chosen; safe to call again (after choosing another). */
  start(): void {
    if (!this.#vault.isUnlocked) return;
    // A run that fails because the workbook locked (idle, suspend) ends the watch; any other failure (the folder
    // gone for a while) is tried again at the next event or poll.
    this.folder.watch(
      () => {},
      30_000,
      () => {
        if (!this.#vault.isUnlocked) this.stop();
      },
    );
  }

  /** Sends the entry's new version (it was saved while shared), then writes it to the folder. */
  resend(entryId: string): void {
    this.exchange.share(entryId);
    void this.folder.sync().catch(() => {});
  }

  /** Sends a tombstone for an entry deleted while shared. */
  withdraw(entryId: string): void {
    this.exchange.withdraw(entryId);
    void this.folder.sync().catch(() => {});
  }

  stop(): void {
    this.folder.stop();
  }
}
