// What the handlers work with: the services of one data folder and the ports
// that Electron (or a test harness) provides.
import type { BackupStore } from '../backups/backup-store.ts';
import type { RememberedKey } from '../device/remembered-key.ts';
import type { FileDialogs } from '../files/file-dialogs.ts';
import type { ExchangeRuntime } from '../exchange/exchange-runtime.ts';
import type { ErrorLog } from '../ipc/router.ts';
import type { WorksheetPrinter } from '../print/printer.ts';
import type { PreferencesPort } from '../settings/preferences-port.ts';
import type { SummaryExports } from '../summary/summary-exports.ts';
import type { EntrySearch } from '../search/entry-search.ts';
import type { Vault } from '../vault/vault.ts';

export interface HandlerDeps {
  vault: Vault;
  backups: BackupStore;
  rememberedKey: RememberedKey;
  printer: WorksheetPrinter;
  summaries: SummaryExports;
  search: EntrySearch;
  dialogs: FileDialogs;
  exchange: ExchangeRuntime;
  preferences: PreferencesPort;
  now: () => Date;
  logError: ErrorLog;
}
