// Composition root of the services for one data folder. Electron's main and
// the browser test harness both build the app through this, so what the tests
// exercise is what ships; only the ports (printer, dialogs, keyring,
// preferences) and the sender's origin differ.
import { join } from 'node:path';
import type { EventName, EventOf } from '../../shared/contract/channels.ts';
import { BackupStore } from './backups/backup-store.ts';
import { RememberedKey } from './device/remembered-key.ts';
import type { Keyring } from './device/remembered-key.ts';
import type { FileDialogs } from './files/file-dialogs.ts';
import { ExchangeRuntime } from './exchange/exchange-runtime.ts';
import { withExchangeLifecycle } from './exchange/exchange-lifecycle.ts';
import { createHandlers } from './handlers/index.ts';
import { createRouter } from './ipc/router.ts';
import type { ErrorLog, Handlers, Router } from './ipc/router.ts';
import { sameOriginMainFrame } from './ipc/sender-policy.ts';
import type { WorksheetPrinter } from './print/printer.ts';
import type { PreferencesPort } from './settings/preferences-port.ts';
import { SummaryExports } from './summary/summary-exports.ts';
import { EntrySearch } from './search/entry-search.ts';
import { throttledProgress } from './vault/open-progress.ts';
import { Vault } from './vault/vault.ts';

export interface AppServicesOptions {
  dataDir: string;
  /** Origin the UI is served from: mend://app in Electron. */
  appOrigin: string;
  printer: WorksheetPrinter;
  dialogs: FileDialogs;
  keyring: Keyring;
  preferences: PreferencesPort;
  now?: () => Date;
  logError?: ErrorLog;
  /** Sends an event of the contract to the UI (Electron: the main window's webContents). */
  emit?: EventSink;
  /**
   * The script of the thread that helps decrypt a large workbook at unlock: by default
   * journal/record-worker.ts itself (Node runs it from the sources); the app passes its
   * built file. null: main decrypts alone.
   */
  recordWorker?: URL | null;
  /** The script of the thread that seals rows again in a key rotation: vault/reseal-worker.ts by default; the app passes its built file. */
  resealWorker?: URL | null;
  /** The script of the thread that opens many envelopes from the other computer: exchange/envelope-worker.ts by default; the app passes its built file. */
  envelopeWorker?: URL;
}

const SOURCE_RECORD_WORKER = new URL('./journal/record-worker.ts', import.meta.url);

export type EventSink = <E extends EventName>(event: E, payload: EventOf<E>) => void;

export interface AppServices {
  vault: Vault;
  backups: BackupStore;
  rememberedKey: RememberedKey;
  /** The handlers behind the router (tests wrap them to inject failures). */
  handlers: Handlers;
  route: Router;
}

/** Logs the kind of failure only: never a message, which could quote user text. */
export const logErrorKindOnly: ErrorLog = (channel, err) => {
  const e = err as { name?: string; code?: string };
  console.error(`[mend] ${channel} failed: ${e?.name ?? 'Error'}${e?.code ? ` (${e.code})` : ''}`);
};

export function createAppServices(options: AppServicesOptions): AppServices {
  const now = options.now ?? (() => new Date());
  const logError = options.logError ?? logErrorKindOnly;
  const emit = options.emit ?? (() => undefined);
  const recordWorker = options.recordWorker === undefined ? SOURCE_RECORD_WORKER : options.recordWorker;
  const vault = new Vault(options.dataDir, {
    now,
    onOpenProgress: throttledProgress((progress) => emit('vault:progress', progress)),
    ...(recordWorker ? { recordWorker } : {}),
    ...(options.resealWorker !== undefined ? { resealWorker: options.resealWorker } : {}),
  });
  const backups = new BackupStore({ vault, dir: join(options.dataDir, 'backups'), now });
  const rememberedKey = new RememberedKey(join(options.dataDir, 'device-key.bin'), options.keyring);
  const summaries = new SummaryExports({ vault, printer: options.printer, dialogs: options.dialogs, now });
  const exchange = new ExchangeRuntime(vault, now, options.envelopeWorker);
  const handlers = withExchangeLifecycle(
    createHandlers({ vault, backups, rememberedKey, summaries, search: new EntrySearch(), printer: options.printer, dialogs: options.dialogs, exchange, preferences: options.preferences, now, logError }),
    exchange,
  );
  const route = createRouter(handlers, sameOriginMainFrame(options.appOrigin), logError);
  return { vault, backups, rememberedKey, handlers, route };
}
